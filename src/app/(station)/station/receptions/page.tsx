import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { formatVisitTime } from "@/features/visits/helpers";
import { listReceptions, RECEPTION_FILTERS, RECEPTION_SORTS } from "@/features/receptions/queries";
import { RECEPTION_MATTER_LABELS, RECEPTION_OUTCOME_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "来访接待登记" };

export default async function ReceptionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "reception:read")) notFound();
  const params = parseListParams(await searchParams, { sortable: RECEPTION_SORTS, defaultSort: "receivedAt", defaultDir: "desc", filters: RECEPTION_FILTERS });
  const { rows, total, visitors } = await listReceptions(actor, params);
  const worker = can(actor, "reception:manage");
  return (
    <>
      <PageHeader
        title="来访接待登记"
        description="社工本人接待的来访（督导：所督导社工的）。来访次数与人数计入月度工作简报。"
        actions={worker ? <ButtonLink href="/station/receptions/new" variant="primary">登记来访</ButtonLink> : undefined}
      />
      <p className="mb-2 text-sm text-slate-600" data-testid="reception-totals">
        {params.filters.month ? `${params.filters.month}：` : "合计："}接待 {total} 次，来访 {visitors} 人
      </p>
      <DataTable
        basePath="/station/receptions"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="村（社区）或接待社工"
        empty="暂无来访接待登记"
        filters={<input type="month" name="month" defaultValue={params.filters.month} aria-label="月份" className="rounded-md border border-slate-300 px-2 py-1.5" />}
        columns={[
          { key: "receivedAt", label: "接待时间", sortable: true, className: "whitespace-nowrap", render: (r) => <Link className="text-brand-700 hover:underline" href={`/station/receptions/${r.id}`}>{formatVisitTime(r.receivedAt)}</Link> },
          { key: "visitorCount", label: "人数", sortable: true, render: (r) => `${r.visitorCount} 人` },
          { key: "serviceDomain", label: "服务领域", render: (r) => SERVICE_DOMAIN_LABELS[r.serviceDomain] },
          { key: "matter", label: "事由", render: (r) => RECEPTION_MATTER_LABELS[r.matter] },
          { key: "outcome", label: "处理结果", render: (r) => RECEPTION_OUTCOME_LABELS[r.outcome] },
          { key: "community", label: "村（社区）", render: (r) => r.community?.name ?? "" },
          { key: "worker", label: "接待社工", render: (r) => r.worker.name },
        ]}
      />
    </>
  );
}
