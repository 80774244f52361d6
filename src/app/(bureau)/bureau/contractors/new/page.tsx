import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { ContractorForm } from "@/features/contractors/components/contractor-form";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "新增承接机构" };

export default async function NewContractorPage() {
  const actor = await requireActor();
  if (!can(actor, "contractor:manage")) notFound();
  return (
    <>
      <PageHeader title="新增承接机构" description="按民政部门核发的社会组织登记证书填写" />
      <Card><ContractorForm /></Card>
    </>
  );
}
