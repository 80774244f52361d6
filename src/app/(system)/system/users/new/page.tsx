import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { UserCreateForm } from "@/features/users/components/user-create-form";
import { districtOptions } from "@/features/users/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "新建账号" };

export default async function NewSystemUserPage() {
  const actor = await requireActor();
  if (!can(actor, "user:manage")) notFound();
  return (
    <>
      <PageHeader title="新建账号" description="选择账号所属的区（县）；创建后在账号详情中授予角色。" />
      <Card><UserCreateForm basePath="/system/users" districts={await districtOptions(actor)} /></Card>
    </>
  );
}
