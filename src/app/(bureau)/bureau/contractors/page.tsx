import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { AnnualInspectionBadge } from "@/features/contractors/components/contractor-overview";
import { CONTRACTOR_FILTERS, CONTRACTOR_SORTS, listContractors } from "@/features/contractors/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatCalendarDate } from "@/lib/dates";
import { ANNUAL_INSPECTION_LABELS, EVALUATION_GRADE_LABELS, optionsOf } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "承接机构" };

export default async function ContractorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: CONTRACTOR_SORTS, defaultSort: "name", filters: CONTRACTOR_FILTERS });
  const { rows, total } = await listContractors(actor, params);
  return (
    <>
      <PageHeader
        title="承接机构"
        description="承接本区社工站运营的社会工作服务机构"
        actions={can(actor, "contractor:manage") && <ButtonLink href="/bureau/contractors/new" variant="primary">新增承接机构</ButtonLink>}
      />
      <DataTable
        basePath="/bureau/contractors"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="机构名称或统一社会信用代码"
        filters={
          <>
            <FilterSelect name="annualInspection" value={params.filters.annualInspection} placeholder="全部年检结论" options={optionsOf(ANNUAL_INSPECTION_LABELS)} />
            <FilterSelect name="evaluationGrade" value={params.filters.evaluationGrade} placeholder="全部评估等级" options={optionsOf(EVALUATION_GRADE_LABELS)} />
          </>
        }
        columns={[
          { key: "name", label: "机构名称", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`/bureau/contractors/${r.id}`}>{r.name}</Link> },
          { key: "creditCode", label: "统一社会信用代码", sortable: true, render: (r) => <span className="font-mono">{r.creditCode}</span> },
          { key: "legalRepresentative", label: "法定代表人", render: (r) => r.legalRepresentative },
          { key: "registeredOn", label: "登记日期", sortable: true, render: (r) => formatCalendarDate(r.registeredOn) },
          { key: "annualInspection", label: "年检", render: (r) => <AnnualInspectionBadge value={r.annualInspection} year={r.annualInspectionYear} /> },
          { key: "evaluationGrade", label: "评估等级", sortable: true, render: (r) => EVALUATION_GRADE_LABELS[r.evaluationGrade] },
          { key: "stations", label: "承接站点", sortable: true, render: (r) => r._count.stations },
          { key: "contact", label: "联系人", render: (r) => [r.contactPerson, r.contactPhone].filter(Boolean).join(" ") },
        ]}
      />
    </>
  );
}
