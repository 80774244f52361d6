import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeRequestList } from "@/features/change-requests/components/change-request-list";
import { listChangeRequests } from "@/features/change-requests/queries";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { getContractHeader } from "@/features/contracts/header";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "项目变更申请" };

const BASE = "/bureau/contracts";

export default async function BureauChangesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.changes) notFound();
  // Reviewers read a request from its submission on (the contractor's drafts are not listed).
  const rows = await listChangeRequests(actor, id);
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="changes" />
      <div>
        <h2 className="text-lg font-semibold">项目变更申请</h2>
        <p className="text-sm text-slate-500">承接机构提交的变更申请，经项目督导填写审核意见后，由区民政局审核人批准、不予批准或退回修改。</p>
      </div>
      <ChangeRequestList rows={rows} href={(r) => `${BASE}/${id}/changes/${r.id}`} empty="暂无已提交的项目变更申请" />
    </div>
  );
}
