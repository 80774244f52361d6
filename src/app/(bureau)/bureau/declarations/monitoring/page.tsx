import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { declarationHref } from "@/features/declarations/doc";
import { MonitoringOverview } from "@/features/performance/components/monitoring-overview";
import { currentYear, monitoringOverview, overviewYear, readsDeclarationsAtBureau } from "@/features/performance/overview";
import type { SearchParams } from "@/lib/list-params";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "执行监控总览" };

// A static segment: /bureau/declarations/monitoring is matched before /bureau/declarations/[id].
export default async function BureauDeclarationsMonitoringPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!readsDeclarationsAtBureau(actor)) notFound();
  const sp = await searchParams;
  const now = new Date();
  const year = overviewYear(sp.year, now);
  const onlyFlagged = (Array.isArray(sp.only) ? sp.only[0] : sp.only) === "flagged";
  const rows = await monitoringOverview(actor, year);
  return (
    <>
      <PageHeader
        title="执行监控总览"
        description="审核通过的绩效目标：最近监控节点的预算执行进度与序时进度、执行滞后和进度偏离预警、绩效自评结果"
        actions={<ButtonLink href={declarationHref("bureau")}>返回绩效目标申报</ButtonLink>}
      />
      <MonitoringOverview rows={rows} year={year} currentYear={currentYear(now)} area="bureau" onlyFlagged={onlyFlagged} generatedAt={now} />
    </>
  );
}
