import type { Metadata } from "next";
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Badge, PageHeader } from "@/components/ui/card";
import { COMMUNITY_FILTERS, COMMUNITY_SORTS, listCommunities } from "@/features/communities/queries";
import { streetOfficeOptions } from "@/features/streets/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatDate } from "@/lib/dates";
import { COMMUNITY_KIND_LABELS, optionsOf } from "@/lib/labels";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "村（社区）" };

export default async function CommunitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: COMMUNITY_SORTS, defaultSort: "street", filters: COMMUNITY_FILTERS });
  const [{ rows, total }, streets] = await Promise.all([listCommunities(actor, params), streetOfficeOptions(actor)]);
  return (
    <>
      <PageHeader
        title="村（社区）"
        description="各街道（乡镇）所辖村（社区），服务对象、探访和活动据此归属"
        actions={can(actor, "org:manage") && <ButtonLink href="/bureau/communities/new" variant="primary">新增村（社区）</ButtonLink>}
      />
      <DataTable
        basePath="/bureau/communities"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="名称或地址"
        filters={
          <>
            <FilterSelect name="streetOfficeId" value={params.filters.streetOfficeId} placeholder="全部街道" options={streets.map((s) => ({ value: s.id, label: s.name }))} />
            <FilterSelect name="kind" value={params.filters.kind} placeholder="全部类型" options={optionsOf(COMMUNITY_KIND_LABELS)} />
          </>
        }
        columns={[
          { key: "name", label: "名称", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`/bureau/communities/${r.id}`}>{r.name}</Link> },
          { key: "street", label: "所属街道（乡镇）", sortable: true, render: (r) => r.streetOffice.name },
          { key: "kind", label: "类型", sortable: true, render: (r) => <Badge tone={r.kind === "URBAN" ? "blue" : "green"}>{COMMUNITY_KIND_LABELS[r.kind]}</Badge> },
          { key: "address", label: "地址", render: (r) => r.address },
          { key: "stations", label: "社工室", render: (r) => (r._count.stations ? `${r._count.stations} 个` : "") },
          { key: "volunteers", label: "志愿者", render: (r) => r._count.volunteers },
          { key: "createdAt", label: "创建时间", sortable: true, render: (r) => formatDate(r.createdAt) },
        ]}
      />
    </>
  );
}
