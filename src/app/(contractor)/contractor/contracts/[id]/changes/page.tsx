import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { ChangeRequestList } from "@/features/change-requests/components/change-request-list";
import { listChangeRequests } from "@/features/change-requests/queries";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { getContractHeader } from "@/features/contracts/header";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "项目变更申请" };

const BASE = "/contractor/contracts";

export default async function ContractorChangesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.changes) notFound();
  const rows = await listChangeRequests(actor, id);
  const canFile = can(actor, "report:manage") && header.status === "ACTIVE";
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="changes" />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div>
          <h2 className="text-lg font-semibold">项目变更申请</h2>
          <p className="text-sm text-slate-500">变更项目受益人群、目标或实施方案等，须填写项目变更申请审批表，经项目督导审核、区民政局批准后方可实施。</p>
        </div>
        {canFile && <ButtonLink href={`${BASE}/${id}/changes/new`} variant="primary">新建变更申请</ButtonLink>}
      </div>
      <ChangeRequestList rows={rows} href={(r) => `${BASE}/${id}/changes/${r.id}`} />
    </div>
  );
}
