import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { UserCreateForm } from "@/features/users/components/user-create-form";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "新建账号" };

export default async function NewBureauUserPage() {
  const actor = await requireActor();
  if (!can(actor, "user:manage")) notFound();
  return (
    <>
      <PageHeader title="新建账号" description="账号属于本区；创建后在账号详情中授予角色。" />
      <Card><UserCreateForm basePath="/bureau/users" /></Card>
    </>
  );
}
