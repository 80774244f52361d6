import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeRequestView } from "@/features/change-requests/components/change-request-view";
import { getChangeRequest } from "@/features/change-requests/queries";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { getContractHeader } from "@/features/contracts/header";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "项目变更申请" };

const BASE = "/bureau/contracts";

export default async function BureauChangeRequestPage({ params }: { params: Promise<{ id: string; changeId: string }> }) {
  const { id, changeId } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.changes) notFound();
  const page = await getChangeRequest(actor, changeId, id);
  if (!page) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="changes" />
      <ChangeRequestView page={page} backHref={`${BASE}/${id}/changes`} />
    </div>
  );
}
