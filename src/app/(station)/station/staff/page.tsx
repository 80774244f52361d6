import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { StaffRegisterExportButton } from "@/features/staff/components/export-button";
import { StaffingChecks } from "@/features/stations/components/compliance";
import { currentAreaStation, listAreaStations, listStationCompliance } from "@/features/stations/queries";
import { StaffTable } from "@/features/staff/components/staff-table";
import { listStaffProfiles, STAFF_FILTERS, STAFF_SORTS } from "@/features/staff/queries";
import { requireActor } from "@/server/auth";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "驻站社工" };

export default async function StationStaffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: STAFF_SORTS, defaultSort: "position", filters: STAFF_FILTERS });
  const { station, stations } = await currentAreaStation(actor, "station", "staff:read", params.filters.station);
  if (!station) notFound();
  const listParams = { ...params, filters: { ...params.filters, station: station.id } };
  const [{ rows, total }, [compliance], managed] = await Promise.all([
    listStaffProfiles(actor, { area: "station", params: listParams }),
    listStationCompliance(actor, { id: station.id }),
    listAreaStations(actor, "station", "staff:manage"),
  ]);
  const canManage = managed.some((s) => s.id === station.id);
  return (
    <>
      <PageHeader
        title="驻站社工基本信息"
        description={station.name}
        actions={
          <>
            <StaffRegisterExportButton stationId={station.id} />
            {canManage && <ButtonLink href={`/station/staff/new?station=${station.id}`} variant="primary">新增人员</ButtonLink>}
          </>
        }
      />
      {compliance && <Card title="配备标准" className="mb-4"><StaffingChecks staffing={compliance.staffing} /></Card>}
      <StaffTable
        rows={rows}
        total={total}
        params={listParams}
        basePath="/station/staff"
        showStation={false}
        extraFilters={stations.length > 1 ? <FilterSelect name="station" value={station.id} placeholder="选择社工站" options={stations.map((s) => ({ value: s.id, label: s.name }))} /> : <input type="hidden" name="station" value={station.id} />}
      />
    </>
  );
}
