import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { ageOn } from "@/features/clients/helpers";
import { CLIENT_FILTERS, CLIENT_SORTS, listClients } from "@/features/clients/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatDate } from "@/lib/dates";
import { CLIENT_CATEGORY_LABELS, GENDER_LABELS, optionsOf, RISK_LEVEL_LABELS } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "服务对象" };

const RISK_TONE = { NONE: "slate", LOW: "blue", MEDIUM: "amber", HIGH: "red" } as const;

export default async function ClientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: CLIENT_SORTS, defaultSort: "createdAt", defaultDir: "desc", filters: CLIENT_FILTERS });
  const { rows, total } = await listClients(actor, params);
  const today = formatDate(new Date());
  return (
    <>
      <PageHeader
        title="服务对象"
        description="本人负责（督导：所督导社工负责）的服务对象。身份证号、电话等敏感信息加密保存，列表仅显示脱敏信息。"
        actions={can(actor, "client:manage") && <ButtonLink href="/station/clients/new" variant="primary">登记服务对象</ButtonLink>}
      />
      <DataTable
        basePath="/station/clients"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="姓名，或完整的 18 位身份证号"
        empty="暂无服务对象"
        filters={
          <>
            <FilterSelect name="category" value={params.filters.category} placeholder="全部类别" options={optionsOf(CLIENT_CATEGORY_LABELS)} />
            <FilterSelect name="risk" value={params.filters.risk} placeholder="全部危机等级" options={optionsOf(RISK_LEVEL_LABELS)} />
          </>
        }
        columns={[
          { key: "name", label: "姓名", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`/station/clients/${r.id}`}>{r.name}</Link> },
          { key: "gender", label: "性别", render: (r) => GENDER_LABELS[r.gender] },
          { key: "birthDate", label: "年龄", sortable: true, render: (r) => ageOn(r.birthDate, today) ?? "" },
          { key: "idNumber", label: "身份证号", render: (r) => <span className="font-mono text-xs">{r.idNumberMasked}</span> },
          { key: "phone", label: "联系电话", render: (r) => <span className="font-mono text-xs">{r.phoneMasked}</span> },
          { key: "categories", label: "类别", render: (r) => <span className="flex flex-wrap gap-1">{r.categories.map((c) => <Badge key={c}>{CLIENT_CATEGORY_LABELS[c]}</Badge>)}</span> },
          { key: "riskLevel", label: "危机因素", sortable: true, render: (r) => <Badge tone={RISK_TONE[r.riskLevel]}>{RISK_LEVEL_LABELS[r.riskLevel]}</Badge> },
          { key: "owner", label: "负责社工", render: (r) => r.owner.name },
          { key: "createdAt", label: "登记时间", sortable: true, render: (r) => formatDate(r.createdAt) },
        ]}
      />
    </>
  );
}
