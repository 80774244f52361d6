import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { OverrideNotices } from "@/features/overrides/components/override-notices";
import { StationOverview } from "@/features/stations/components/station-overview";
import { getStationOverview, listAreaStations } from "@/features/stations/queries";
import { requireActor } from "@/server/auth";
import { cn } from "@/lib/cn";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "本站概况" };

export default async function StationHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const { id } = await searchParams;
  const stations = await listAreaStations(actor, "station");
  const chosen = typeof id === "string" ? stations.find((s) => s.id === id) : stations[0];
  if (!chosen) notFound();
  const data = await getStationOverview(actor, chosen.id, "station");
  if (!data) notFound();
  const editable = (await listAreaStations(actor, "station", "station:edit")).some((s) => s.id === chosen.id);
  return (
    <>
      <OverrideNotices actor={actor} />
      {stations.length > 1 && (
        <nav aria-label="选择社工站" className="mb-4 flex flex-wrap gap-2">
          {stations.map((s) => (
            <Link key={s.id} href={`/station?id=${s.id}`} className={cn("rounded-md border px-3 py-1", s.id === chosen.id ? "border-brand-600 bg-brand-50 text-brand-800" : "border-slate-300 hover:bg-slate-50")}>
              {s.name}
            </Link>
          ))}
        </nav>
      )}
      <PageHeader
        title={data.station.name}
        description={`${data.station.streetOffice.name} · ${data.station.address}`}
        actions={editable && <ButtonLink href={`/station/edit?id=${chosen.id}`}>修改站点信息</ButtonLink>}
      />
      <StationOverview data={data} area="station" />
    </>
  );
}
