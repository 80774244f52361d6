import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ChangeRequestForm } from "@/features/change-requests/components/change-request-form";
import { changeRequestNumber } from "@/features/change-requests/labels";
import { newChangeRequestContext } from "@/features/change-requests/queries";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { getContractHeader } from "@/features/contracts/header";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "新建项目变更申请" };

const BASE = "/contractor/contracts";

export default async function NewChangeRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.changes) notFound();
  const context = await newChangeRequestContext(actor, id);
  if (!context) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="changes" />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">新建项目变更申请（{changeRequestNumber(context.nextNumber)}）</h2>
        <ButtonLink href={`${BASE}/${id}/changes`}>返回列表</ButtonLink>
      </div>
      <Card>
        {context.contract.status === "ACTIVE" ? (
          <>
            <p className="mb-4 text-sm text-slate-500">先保存为草稿，核对无误后在申请页提交审核。提交后由项目督导填写审核意见，再由区民政局审批。</p>
            <ChangeRequestForm contractId={id} defaultFiler={actor.name} />
          </>
        ) : (
          <p className="text-amber-800">只有履行中的服务项目可以申请变更。</p>
        )}
      </Card>
    </div>
  );
}
