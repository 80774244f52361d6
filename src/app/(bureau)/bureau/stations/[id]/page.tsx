import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { StationForm } from "@/features/stations/components/station-form";
import { StationOverview } from "@/features/stations/components/station-overview";
import { getStationForEdit, getStationOverview, stationFormOptions } from "@/features/stations/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "社工站详情" };

export default async function StationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await getStationOverview(actor, id, "bureau");
  if (!data) notFound();
  const editable = can(actor, "org:manage") ? await getStationForEdit(actor, id) : null;
  const options = editable ? await stationFormOptions(actor) : null;
  return (
    <>
      <PageHeader title={data.station.name} description={`${data.station.streetOffice.name} · ${data.station.address}`} />
      <StationOverview data={data} area="bureau" />
      {editable && options && (
        <Card title="编辑社工站信息" className="mt-4">
          <StationForm station={editable} options={options} />
        </Card>
      )}
    </>
  );
}
