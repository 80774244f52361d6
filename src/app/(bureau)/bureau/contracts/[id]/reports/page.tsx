import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContractHeader } from "@/features/contracts/header";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { ReportList } from "@/features/project-reports/components/report-page";
import { listProjectReports } from "@/features/project-reports/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "中期与结项报告" };

const BASE = "/bureau/contracts";

export default async function BureauReportsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.reports) notFound();
  const reports = await listProjectReports(actor, id);
  if (!reports) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base={BASE} current="reports" />
      <ReportList reports={reports} base={BASE} contractId={id} canDraft={false} />
    </div>
  );
}
