import type { Metadata } from "next";
import { MonitoringScreen } from "@/features/performance/screens";

export const metadata: Metadata = { title: "绩效运行监控" };

export default async function ContractorDeclarationMonitoringPage({ params }: { params: Promise<{ id: string }> }) {
  return <MonitoringScreen id={(await params).id} area="contractor" />;
}
