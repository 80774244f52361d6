import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/card";
import { listStreetOffices, STREET_SORTS } from "@/features/streets/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatDate } from "@/lib/dates";
import { parseListParams, type SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "街道" };

export default async function StreetsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const params = parseListParams(await searchParams, { sortable: STREET_SORTS, defaultSort: "code" });
  const { rows, total } = await listStreetOffices(actor, params);
  return (
    <>
      <PageHeader title="街道（乡镇）" description="本区各街道（乡镇）及其社工站、村（社区）" actions={can(actor, "org:manage") && <ButtonLink href="/bureau/streets/new" variant="primary">新增街道</ButtonLink>} />
      <DataTable
        basePath="/bureau/streets"
        params={params}
        total={total}
        rows={rows}
        searchPlaceholder="名称或区划代码"
        columns={[
          { key: "name", label: "名称", sortable: true, render: (r) => <Link className="text-brand-700 hover:underline" href={`/bureau/streets/${r.id}`}>{r.name}</Link> },
          { key: "code", label: "区划代码", sortable: true, render: (r) => r.code },
          { key: "stations", label: "社工站（室）", sortable: true, render: (r) => r._count.stations },
          { key: "communities", label: "村（社区）", render: (r) => r._count.communities },
          { key: "phone", label: "联系电话", render: (r) => r.phone },
          { key: "createdAt", label: "创建时间", sortable: true, render: (r) => formatDate(r.createdAt) },
        ]}
      />
    </>
  );
}
