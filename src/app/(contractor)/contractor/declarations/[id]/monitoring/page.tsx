import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MonitoringView } from "@/features/performance/components/monitoring-view";
import { monitoringPage } from "@/features/performance/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "绩效运行监控" };

export default async function ContractorDeclarationMonitoringPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await monitoringPage(actor, id);
  if (!data) notFound();
  return <MonitoringView data={data} area="contractor" />;
}
