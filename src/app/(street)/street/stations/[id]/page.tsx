import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { StationOverview } from "@/features/stations/components/station-overview";
import { getStationOverview } from "@/features/stations/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "社工站概况" };

export default async function StreetStationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await getStationOverview(actor, id, "street");
  if (!data) notFound();
  return (
    <>
      <PageHeader title={data.station.name} description={`${data.station.streetOffice.name} · ${data.station.address}`} />
      <StationOverview data={data} area="street" />
    </>
  );
}
