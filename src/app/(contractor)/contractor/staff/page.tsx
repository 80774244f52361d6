import type { Metadata } from "next";
import { FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { StaffRegisterExportButton } from "@/features/staff/components/export-button";
import { StaffTable } from "@/features/staff/components/staff-table";
import { listStaffProfiles, STAFF_FILTERS, STAFF_SORTS, staffFormOptions } from "@/features/staff/queries";
import { requireActor } from "@/server/auth";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "派驻人员" };

export default async function ContractorStaffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: STAFF_SORTS, defaultSort: "station", filters: STAFF_FILTERS });
  const [{ rows, total }, form] = await Promise.all([
    listStaffProfiles(actor, { area: "contractor", params }),
    staffFormOptions(actor, { area: "contractor" }),
  ]);
  // The stations this organisation runs; the register of each can be exported.
  const stations = form.stations;
  const exportStation = stations.find((s) => s.id === params.filters.station) ?? (stations.length === 1 ? stations[0] : undefined);
  return (
    <>
      <PageHeader
        title="派驻人员"
        description="本机构派驻到各社工站的人员（选择社工站后可导出该站的驻站社工基本信息表）"
        actions={
          <>
            {exportStation && <StaffRegisterExportButton stationId={exportStation.id} />}
            {stations.length > 0 && <ButtonLink href={`/contractor/staff/new${exportStation ? `?station=${exportStation.id}` : ""}`} variant="primary">新增人员</ButtonLink>}
          </>
        }
      />
      <StaffTable
        rows={rows}
        total={total}
        params={params}
        basePath="/contractor/staff"
        showStation
        extraFilters={<FilterSelect name="station" value={params.filters.station} placeholder="全部社工站" options={stations.map((s) => ({ value: s.id, label: s.name }))} />}
      />
    </>
  );
}
