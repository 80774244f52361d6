// The 绩效目标申报表 list of every area (bureau, street office, contractor): the same columns and filters (year,
// status, search in the URL); a department-wide declaration's projects indented under it.
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { SubmissionStatusBadge } from "@/features/submissions/components/submission-panel";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { formatDateTime, formatDate } from "@/lib/dates";
import { DECLARATION_KIND_LABELS, optionsOf, SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import type { ListParams, SearchParams } from "@/lib/list-params";
import { formatWan, formatYuan, parseYuan } from "@/lib/money";
import { declarationHref, type DeclarationArea } from "../doc";
import type { DeclarationFilters, DeclarationListRow } from "../queries";

const first = (v: string | string[] | undefined) => ((Array.isArray(v) ? v[0] : v) ?? "").trim();

/** ?year=&status=&q= → the list's filters; anything malformed is ignored. */
export function parseDeclarationFilters(sp: SearchParams): DeclarationFilters {
  const year = first(sp.year);
  const status = first(sp.status);
  const q = first(sp.q).slice(0, 50);
  return {
    ...(/^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100 ? { year: Number(year) } : {}),
    ...(Object.hasOwn(SUBMISSION_STATUS_LABELS, status) ? { status: status as SubmissionStatus } : {}),
    ...(q ? { q } : {}),
  };
}

/** The years to choose from: next year back to 2018 (the seeds go back to 2020), and the chosen one. */
function yearOptions(selected?: number): { value: string; label: string }[] {
  const now = Number(formatDate(new Date()).slice(0, 4));
  const years = new Set<number>();
  for (let y = now + 1; y >= 2018; y--) years.add(y);
  if (selected) years.add(selected);
  return [...years].sort((a, b) => b - a).map((y) => ({ value: String(y), label: `${y} 年度` }));
}

export function DeclarationList({ rows, area, filters, canManage }: { rows: DeclarationListRow[]; area: DeclarationArea; filters: DeclarationFilters; canManage: boolean }) {
  const basePath = declarationHref(area);
  const params: ListParams = {
    q: filters.q ?? "", sort: "year", dir: "desc", page: 1, pageSize: Math.max(rows.length, 1),
    filters: { ...(filters.year ? { year: String(filters.year) } : {}), ...(filters.status ? { status: filters.status } : {}) },
  };
  const listed = new Set(rows.map((r) => r.id));
  const nested = (r: DeclarationListRow) => !!r.parent && listed.has(r.parent.id);
  return (
    <>
      <PageHeader
        title="绩效目标申报"
        description="项目支出与部门（单位）整体支出绩效目标申报表：填报、审核、运行监控与绩效自评"
        actions={canManage && <ButtonLink href={`${declarationHref(area)}/new`} variant="primary" data-testid="declaration-new">新建申报</ButtonLink>}
      />
      <DataTable
        basePath={basePath}
        params={params}
        total={rows.length}
        rows={rows}
        searchPlaceholder="项目名称、表头或实施单位"
        empty="暂无绩效目标申报表"
        filters={
          <>
            <FilterSelect name="year" value={params.filters.year} placeholder="全部年度" options={yearOptions(filters.year)} />
            <FilterSelect name="status" value={params.filters.status} placeholder="全部状态" options={optionsOf(SUBMISSION_STATUS_LABELS)} />
          </>
        }
        columns={[
          { key: "year", label: "年度", className: "whitespace-nowrap", render: (r) => (nested(r) ? "" : `${r.year}`) },
          { key: "kind", label: "申报表类型", render: (r) => <span className={nested(r) ? "pl-4 text-slate-600" : undefined}>{DECLARATION_KIND_LABELS[r.kind]}</span> },
          {
            key: "name",
            label: "项目名称",
            render: (r) => (
              <div className={nested(r) ? "pl-6" : undefined} data-testid="declaration-row" data-nested={nested(r) ? "true" : undefined}>
                {nested(r) && <span className="mr-1 text-slate-400" aria-hidden>└</span>}
                <Link className="text-brand-700 hover:underline" href={declarationHref(area, r.id)}>{r.name}</Link>
                {r.kind === "DEPARTMENT" && r.projectCount > 0 && <span className="ml-1 text-xs text-slate-500">（含 {r.projectCount} 个项目）</span>}
                {r.parent && !nested(r) && <span className="ml-1 text-xs text-slate-500">（属于：{r.parent.name}）</span>}
              </div>
            ),
          },
          { key: "unit", label: "申报单位", render: (r) => r.unit },
          {
            key: "amount",
            label: "金额（元）",
            className: "whitespace-nowrap text-right",
            render: (r) => {
              const fen = parseYuan(r.totalAmount) ?? 0;
              return <span title={`${formatWan(fen)} 万元`}>{formatYuan(fen)}</span>;
            },
          },
          { key: "status", label: "状态", render: (r) => <SubmissionStatusBadge status={r.status} /> },
          { key: "submittedAt", label: "提交时间", className: "whitespace-nowrap", render: (r) => (r.submittedAt ? formatDateTime(r.submittedAt) : <span className="text-slate-400">—</span>) },
        ]}
      />
    </>
  );
}
