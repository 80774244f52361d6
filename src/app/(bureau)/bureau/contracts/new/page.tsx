import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { ContractForm } from "@/features/contracts/components/contract-form";
import { contractFormOptions } from "@/features/contracts/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "新建服务项目" };

export default async function NewContractPage() {
  const actor = await requireActor();
  const options = await contractFormOptions(actor);
  if (!options) notFound();
  return (
    <>
      <PageHeader title="新建服务项目" description="按服务项目协议书填写；保存后按 65% / 20% / 其余 生成拨付计划，可再调整" />
      <Card><ContractForm options={options} /></Card>
    </>
  );
}
