import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { ContractForm } from "@/features/contracts/components/contract-form";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { getContractHeader } from "@/features/contracts/header";
import { contractFormOptions, contractFormValues, getContract } from "@/features/contracts/queries";
import { isOpen } from "@/features/contracts/rules";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "修改服务项目" };

export default async function EditContractPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const [header, contract, options] = await Promise.all([getContractHeader(actor, id), getContract(actor, id, "contract:manage"), contractFormOptions(actor)]);
  if (!header || !contract || !options || !isOpen(contract.status)) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base="/bureau/contracts" current="overview" />
      <Card title="修改项目信息">
        <p className="mb-4 text-sm text-slate-600">修改项目金额时，尚无拨付记录的批次按原比例重新计算（第二笔为 20%，第三笔为其余）。</p>
        <ContractForm contract={contractFormValues(contract)} options={options} />
      </Card>
    </div>
  );
}
