import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { listStations, NO_CONTRACTOR, STATION_FILTERS, STATION_SORTS, stationFilterOptions } from "@/features/stations/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatCalendarDate } from "@/lib/dates";
import { OPERATION_MODE_LABELS, optionsOf, STATION_LEVEL_LABELS } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "社工站" };

export default async function StationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: STATION_SORTS, defaultSort: "street", filters: STATION_FILTERS });
  const [{ rows, total }, options] = await Promise.all([listStations(actor, params), stationFilterOptions(actor)]);
  return (
    <>
      <PageHeader
        title="社工站（室）"
        description="乡镇（街道）社工站与村（社区）社工室"
        actions={can(actor, "org:manage") && <ButtonLink href="/bureau/stations/new" variant="primary">新增社工站</ButtonLink>}
      />
      <DataTable
        basePath="/bureau/stations"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="站点名称或地址"
        filters={
          <>
            <FilterSelect name="streetOfficeId" value={params.filters.streetOfficeId} placeholder="全部街道" options={options.streets.map((s) => ({ value: s.id, label: s.name }))} />
            <FilterSelect name="level" value={params.filters.level} placeholder="全部层级" options={optionsOf(STATION_LEVEL_LABELS)} />
            <FilterSelect name="operationMode" value={params.filters.operationMode} placeholder="全部运营模式" options={optionsOf(OPERATION_MODE_LABELS)} />
            <FilterSelect
              name="contractorId"
              value={params.filters.contractorId}
              placeholder="全部承接机构"
              options={[...options.contractors.map((c) => ({ value: c.id, label: c.name })), { value: NO_CONTRACTOR, label: "未引入承接机构" }]}
            />
          </>
        }
        columns={[
          { key: "name", label: "站点名称", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`/bureau/stations/${r.id}`}>{r.name}</Link> },
          { key: "level", label: "层级", sortable: true, render: (r) => <span className="whitespace-nowrap"><Badge tone={r.level === "TOWNSHIP" ? "blue" : "slate"}>{STATION_LEVEL_LABELS[r.level]}</Badge></span> },
          { key: "street", label: "街道（乡镇）", sortable: true, render: (r) => r.streetOffice.name + (r.community ? ` · ${r.community.name}` : "") },
          { key: "operationMode", label: "运营模式", render: (r) => OPERATION_MODE_LABELS[r.operationMode] },
          { key: "contractor", label: "承接机构", sortable: true, render: (r) => r.contractor?.name ?? <span className="text-red-700">未引入</span> },
          { key: "address", label: "地址", render: (r) => r.address },
          { key: "establishedOn", label: "建站日期", sortable: true, render: (r) => formatCalendarDate(r.establishedOn) },
        ]}
      />
    </>
  );
}
