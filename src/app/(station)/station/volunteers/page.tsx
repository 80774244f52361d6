import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader, Stat } from "@/components/ui/card";
import { currentAreaStation, listAreaStations } from "@/features/stations/queries";
import { VOLUNTEER_STANDARD } from "@/features/volunteers/schemas";
import {
  countActiveVolunteers, listVolunteers, stationCommunities, VOLUNTEER_FILTERS, VOLUNTEER_SORTS,
} from "@/features/volunteers/queries";
import { requireActor } from "@/server/auth";
import { formatCalendarDate } from "@/lib/dates";
import { GENDER_LABELS } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { mask } from "@/lib/validators";

export const metadata: Metadata = { title: "志愿者" };

export default async function VolunteersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: VOLUNTEER_SORTS, defaultSort: "registeredOn", defaultDir: "desc", filters: VOLUNTEER_FILTERS });
  const { station, stations } = await currentAreaStation(actor, "station", "volunteer:read", params.filters.station);
  if (!station) notFound();
  const listParams = { ...params, filters: { ...params.filters, station: station.id } };
  const [{ rows, total }, active, communities, managed] = await Promise.all([
    listVolunteers(actor, { stationId: station.id, params: listParams }),
    countActiveVolunteers(actor, station.id),
    stationCommunities(actor, station.streetOfficeId),
    listAreaStations(actor, "station", "volunteer:manage"),
  ]);
  const canManage = managed.some((s) => s.id === station.id);
  const gap = VOLUNTEER_STANDARD - active;
  return (
    <>
      <PageHeader
        title="志愿者"
        description={station.name}
        actions={canManage && <ButtonLink href={`/station/volunteers/new?station=${station.id}`} variant="primary">登记志愿者</ButtonLink>}
      />
      <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat
          label="在册志愿者"
          value={<span data-testid="volunteer-count">{active}</span>}
          hint={gap > 0 ? <span className="text-amber-700">标准不少于 {VOLUNTEER_STANDARD} 名，尚差 {gap} 名</span> : <span className="text-green-700">达到不少于 {VOLUNTEER_STANDARD} 名的标准</span>}
        />
      </div>
      <DataTable
        basePath="/station/volunteers"
        params={listParams}
        total={total}
        rows={rows}
        searchPlaceholder="姓名、注册编号或特长"
        empty="暂无志愿者"
        filters={
          <>
            {stations.length > 1 ? <FilterSelect name="station" value={station.id} placeholder="选择社工站" options={stations.map((s) => ({ value: s.id, label: s.name }))} /> : <input type="hidden" name="station" value={station.id} />}
            <FilterSelect name="community" value={params.filters.community} placeholder="全部村（社区）" options={communities.map((c) => ({ value: c.id, label: c.name }))} />
            <FilterSelect name="active" value={params.filters.active} placeholder="在册与退出" options={[{ value: "1", label: "在册" }, { value: "0", label: "已退出" }]} />
          </>
        }
        columns={[
          { key: "name", label: "姓名", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`/station/volunteers/${r.id}`}>{r.name}</Link> },
          { key: "gender", label: "性别", render: (r) => GENDER_LABELS[r.gender] },
          { key: "phone", label: "手机号", render: (r) => (r.phone ? <span className="font-mono text-xs">{mask(r.phone, 3, 4)}</span> : "") },
          { key: "volunteerNumber", label: "注册编号", render: (r) => r.volunteerNumber },
          { key: "community", label: "村（社区）", sortable: true, render: (r) => r.community?.name },
          { key: "skills", label: "特长技能", render: (r) => r.skills },
          { key: "registeredOn", label: "注册日期", sortable: true, render: (r) => formatCalendarDate(r.registeredOn) },
          { key: "isActive", label: "状态", render: (r) => (r.isActive ? <Badge tone="green">在册</Badge> : <Badge>已退出</Badge>) },
        ]}
      />
    </>
  );
}
