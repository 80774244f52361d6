import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DataTable, FilterSelect } from "@/components/data-table";
import { Badge, PageHeader } from "@/components/ui/card";
import { OverrideForm } from "@/features/overrides/components/override-form";
import { caseRegister, REGISTER_FILTERS, REGISTER_SORTS } from "@/features/overrides/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatCalendarDate, formatDateTime } from "@/lib/dates";
import { CASE_STATUS_LABELS, optionsOf, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "个案登记" };

const RISK_TONE = { NONE: "slate", LOW: "blue", MEDIUM: "amber", HIGH: "red" } as const;

export default async function CaseRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "case:override")) notFound();
  const params = parseListParams(await searchParams, { sortable: REGISTER_SORTS, defaultSort: "number", defaultDir: "desc", filters: REGISTER_FILTERS });
  const { rows, total } = await caseRegister(actor, params);
  return (
    <>
      <PageHeader
        title="个案登记"
        description="本站个案的编号、负责社工与状态。为保护服务对象隐私，此处不显示服务对象姓名、身份信息与档案内容；站点负责人不能查阅个案档案。仅当服务对象生命安全受到威胁时（生命第一），可凭书面理由紧急查阅，查阅全程记录并告知负责督导。"
      />
      <DataTable
        basePath="/station/case-register"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="个案编号"
        empty="本站暂无个案"
        filters={<FilterSelect name="status" value={params.filters.status} placeholder="全部状态" options={optionsOf(CASE_STATUS_LABELS)} />}
        columns={[
          { key: "number", label: "个案编号", sortable: true, render: (r) => <span className="font-mono">{r.number}</span> },
          { key: "owner", label: "负责社工", render: (r) => r.owner.name },
          { key: "status", label: "状态", render: (r) => CASE_STATUS_LABELS[r.status] },
          { key: "firstContactOn", label: "首次接触", sortable: true, render: (r) => formatCalendarDate(r.firstContactOn) },
          { key: "serviceDomain", label: "服务领域", render: (r) => SERVICE_DOMAIN_LABELS[r.serviceDomain] },
          { key: "crisisRisk", label: "危机因素", render: (r) => (r.crisisRisk ? <Badge tone={RISK_TONE[r.crisisRisk]}>{RISK_LEVEL_LABELS[r.crisisRisk]}</Badge> : null) },
          {
            key: "override",
            label: "生命第一",
            render: (r) =>
              r.activeUntil ? (
                <span className="text-sm">
                  <Link className="text-red-700 underline" href={`/station/cases/${r.id}`}>查阅档案</Link>
                  <span className="ml-2 text-slate-500">有效至 {formatDateTime(r.activeUntil)}</span>
                </span>
              ) : (
                <details data-testid={`override-${r.number}`}>
                  <summary className="cursor-pointer text-red-700">生命第一紧急查阅</summary>
                  <div className="mt-2 w-80"><OverrideForm caseId={r.id} /></div>
                </details>
              ),
          },
        ]}
      />
    </>
  );
}
