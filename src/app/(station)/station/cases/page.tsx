import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { Card, PageHeader } from "@/components/ui/card";
import { DeadlineBadge } from "@/features/cases/components/deadline-badge";
import { assessmentDeadlines, CASE_FILTERS, CASE_SORTS, listCases } from "@/features/cases/queries";
import { requireActor } from "@/server/auth";
import { formatCalendarDate } from "@/lib/dates";
import { CASE_STATUS_LABELS, optionsOf } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "个案" };

type DeadlineRow = { id: string; number: string; client: { name: string }; owner: { name: string }; assessmentDueOn: Date };

function DeadlineList({ title, rows, testId, empty }: { title: string; rows: DeadlineRow[]; testId: string; empty: string }) {
  return (
    <Card title={`${title}（${rows.length}）`}>
      {rows.length === 0 ? <p className="text-slate-500">{empty}</p> : (
        <ul className="divide-y divide-slate-100" data-testid={testId}>
          {rows.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-3 py-1.5">
              <Link className="font-mono text-brand-700 hover:underline" href={`/station/cases/${r.id}`}>{r.number}</Link>
              <span>{r.client.name}</span>
              <span className="text-slate-500">负责社工 {r.owner.name}</span>
              <span className="text-slate-500">预估截止 {formatCalendarDate(r.assessmentDueOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export default async function CasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: CASE_SORTS, defaultSort: "number", defaultDir: "desc", filters: CASE_FILTERS });
  const [{ rows, total }, deadlines] = await Promise.all([listCases(actor, params), assessmentDeadlines(actor)]);
  return (
    <>
      <PageHeader
        title="个案"
        description="本人负责（督导：所督导社工负责）的个案档案。开案请在服务对象档案页点击“开案”。预估表须在首次接触后 5 个工作日内完成。"
      />
      <div className="mb-4 grid gap-4 md:grid-cols-2">
        <DeadlineList title="预估逾期" rows={deadlines.overdue} testId="assessment-overdue" empty="没有逾期未完成的预估表" />
        <DeadlineList title="即将到期（2 个工作日内）" rows={deadlines.dueSoon} testId="assessment-due-soon" empty="没有即将到期的预估表" />
      </div>
      <DataTable
        basePath="/station/cases"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="个案编号或服务对象姓名"
        empty="暂无个案"
        filters={<FilterSelect name="status" value={params.filters.status} placeholder="全部状态" options={optionsOf(CASE_STATUS_LABELS)} />}
        columns={[
          { key: "number", label: "个案编号", sortable: true, render: (r) => <Link className="font-mono text-brand-700 hover:underline" href={`/station/cases/${r.id}`}>{r.number}</Link> },
          { key: "client", label: "服务对象", render: (r) => r.client.name },
          { key: "owner", label: "负责社工", render: (r) => r.owner.name },
          { key: "status", label: "状态", render: (r) => CASE_STATUS_LABELS[r.status] },
          { key: "firstContactOn", label: "首次接触", sortable: true, render: (r) => formatCalendarDate(r.firstContactOn) },
          { key: "assessmentDueOn", label: "预估", sortable: true, render: (r) => <DeadlineBadge deadline={r.deadline} dueOn={r.assessmentDueOn} /> },
        ]}
      />
    </>
  );
}
