import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { ContractorForm } from "@/features/contractors/components/contractor-form";
import { ContractorDetails, ContractorFigures, ContractorStations } from "@/features/contractors/components/contractor-overview";
import { getContractor } from "@/features/contractors/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "承接机构详情" };

export default async function ContractorPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const contractor = await getContractor(actor, id);
  if (!contractor) notFound();
  const manage = can(actor, "contractor:manage");
  return (
    <>
      <PageHeader title={contractor.name} description={`统一社会信用代码 ${contractor.creditCode}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="space-y-4">
          <ContractorFigures stations={contractor.stations.length} activeStaff={contractor.activeStaff} />
          <ContractorStations stations={contractor.stations} basePath="/bureau/stations" />
        </div>
        <Card title="机构信息"><ContractorDetails contractor={contractor} /></Card>
        {manage && <Card title="编辑机构信息" className="lg:col-span-2"><ContractorForm contractor={contractor} /></Card>}
      </div>
    </>
  );
}
