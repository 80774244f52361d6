import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { VisitSignBadge } from "@/features/visits/components/visit-sign-badge";
import { formatVisitTime } from "@/features/visits/helpers";
import { listVisits, VISIT_FILTERS, VISIT_SORTS } from "@/features/visits/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { optionsOf, VISIT_TYPE_LABELS } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "探访记录" };

export default async function VisitsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  // The station head does not read visits (they countersign them from 待签署文书).
  if (!can(actor, "visit:read")) notFound();
  const params = parseListParams(await searchParams, { sortable: VISIT_SORTS, defaultSort: "visitedAt", defaultDir: "desc", filters: VISIT_FILTERS });
  const { rows, total } = await listVisits(actor, params);
  const worker = actor.memberships.some((m) => m.role === "SOCIAL_WORKER") && can(actor, "visit:manage");
  return (
    <>
      <PageHeader
        title="探访记录"
        description="探访记录表：社工本人的（督导：所督导社工的）。负责社工签名后由机构（站点）负责人在“待签署文书”中签署。"
        actions={worker ? <ButtonLink href="/station/visits/new" variant="primary">新建探访记录</ButtonLink> : undefined}
      />
      <DataTable
        basePath="/station/visits"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="服务对象或地点"
        empty="暂无探访记录"
        filters={
          <>
            <input type="month" name="month" defaultValue={params.filters.month} aria-label="月份" className="rounded-md border border-slate-300 px-2 py-1.5" />
            <FilterSelect name="type" value={params.filters.type} placeholder="全部服务类型" options={optionsOf(VISIT_TYPE_LABELS)} />
          </>
        }
        columns={[
          { key: "visitedAt", label: "日期及时间", sortable: true, className: "whitespace-nowrap", render: (r) => <Link className="text-brand-700 hover:underline" href={`/station/visits/${r.id}`}>{formatVisitTime(r.visitedAt)}</Link> },
          { key: "visitType", label: "服务类型", render: (r) => VISIT_TYPE_LABELS[r.visitType] },
          { key: "target", label: "服务对象", render: (r) => r.target },
          { key: "place", label: "地点", render: (r) => <>{r.place}{r.community ? <span className="text-slate-500">（{r.community.name}）</span> : null}</> },
          { key: "householdCount", label: "探访户数", sortable: true, render: (r) => `${r.householdCount} 户` },
          { key: "worker", label: "负责社工", render: (r) => r.worker.name },
          { key: "sign", label: "签名", render: (r) => <VisitSignBadge state={r.signState} revision={r.revision} /> },
        ]}
      />
    </>
  );
}
