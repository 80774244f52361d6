import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { StationInfoForm } from "@/features/stations/components/station-info-form";
import { listAreaStations } from "@/features/stations/queries";
import { requireActor } from "@/server/auth";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "修改站点信息" };

export default async function StationEditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { id } = await searchParams;
  const stations = await listAreaStations(actor, "station", "station:edit");
  const station = typeof id === "string" ? stations.find((s) => s.id === id) : stations[0];
  if (!station) notFound();
  return (
    <>
      <PageHeader title="修改站点信息" description={`${station.name}：站长、副站长可修改地址、开放时间和联系电话；名称、层级和承接机构由民政局维护。`} />
      <Card><StationInfoForm station={station} /></Card>
    </>
  );
}
