import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContractHeader } from "@/features/contracts/header";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { ContractorReportView } from "@/features/project-reports/components/report-page";
import { getProjectReportPage } from "@/features/project-reports/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "项目中期报告" };

export default async function ContractorMidtermReportPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.reports) notFound();
  const page = await getProjectReportPage(actor, id, "MIDTERM");
  if (!page) notFound();
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base="/contractor/contracts" current="reports" />
      <ContractorReportView page={page} />
    </div>
  );
}
