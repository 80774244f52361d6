import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { ContractOverview } from "@/features/contracts/components/contract-overview";
import { EvaluationForm, PaymentForm, StatusForms, TrancheScheduleForm } from "@/features/contracts/components/manage-forms";
import { getContractHeader } from "@/features/contracts/header";
import { getContract, managedContract } from "@/features/contracts/queries";
import { isOpen } from "@/features/contracts/rules";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "服务项目" };

export default async function BureauContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [header, contract] = await Promise.all([getContractHeader(actor, id), getContract(actor, id)]);
  if (!header || !contract) notFound();
  const manage = contract.canManage ? managedContract(contract) : null;
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base="/bureau/contracts" current="overview" />
      {manage && isOpen(contract.status) && (
        <div className="flex justify-end"><ButtonLink href={`/bureau/contracts/${id}/edit`}>修改项目信息</ButtonLink></div>
      )}
      <ContractOverview contract={contract} stationHref={(s) => `/bureau/stations/${s}`} />
      {manage && (
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="记录拨付"><PaymentForm contract={manage} /></Card>
          <Card title="评估通过日期"><EvaluationForm contract={manage} /></Card>
          <Card title="调整拨付计划"><TrancheScheduleForm contract={manage} /></Card>
          <Card title="项目状态"><StatusForms contract={manage} /></Card>
        </div>
      )}
    </div>
  );
}
