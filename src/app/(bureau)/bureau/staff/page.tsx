import type { Metadata } from "next";
import { FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { StaffRegisterExportButton } from "@/features/staff/components/export-button";
import { StaffTable } from "@/features/staff/components/staff-table";
import { listStaffProfiles, STAFF_FILTERS, STAFF_SORTS, staffFilterOptions, staffFormOptions } from "@/features/staff/queries";
import { requireActor } from "@/server/auth";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "驻站人员" };

export default async function BureauStaffPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: STAFF_SORTS, defaultSort: "station", filters: STAFF_FILTERS });
  const [{ rows, total }, { streets, stations }, form] = await Promise.all([
    listStaffProfiles(actor, { area: "bureau", params }),
    staffFilterOptions(actor),
    staffFormOptions(actor, { area: "bureau" }),
  ]);
  const stationChoices = stations.filter((s) => !params.filters.street || s.streetOfficeId === params.filters.street);
  const selectedStation = stations.find((s) => s.id === params.filters.station);
  return (
    <>
      <PageHeader
        title="驻站人员"
        description="全区社工站驻站社工基本信息（选择一个社工站后可导出基本信息表）"
        actions={
          <>
            {selectedStation && <StaffRegisterExportButton stationId={selectedStation.id} />}
            {form.stations.length > 0 && <ButtonLink href={`/bureau/staff/new${selectedStation ? `?station=${selectedStation.id}` : ""}`} variant="primary">新增人员</ButtonLink>}
          </>
        }
      />
      <StaffTable
        rows={rows}
        total={total}
        params={params}
        basePath="/bureau/staff"
        showStation
        extraFilters={
          <>
            <FilterSelect name="street" value={params.filters.street} placeholder="全部街道" options={streets.map((s) => ({ value: s.id, label: s.name }))} />
            <FilterSelect name="station" value={params.filters.station} placeholder="全部社工站" options={stationChoices.map((s) => ({ value: s.id, label: s.name }))} />
          </>
        }
      />
    </>
  );
}
