import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { StreetOfficeForm } from "@/features/streets/components/street-office-form";
import { getStreetOffice } from "@/features/streets/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { COMMUNITY_KIND_LABELS, STATION_LEVEL_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "街道详情" };

export default async function StreetPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const street = await getStreetOffice(actor, id);
  if (!street) notFound();
  return (
    <>
      <PageHeader title={street.name} description={street.address ?? undefined} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="社工站（室）">
          <ul className="divide-y divide-slate-100">
            {street.stations.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-2 py-2">
                <Link href={`/bureau/stations/${s.id}`} className="text-brand-700 hover:underline">{s.name}</Link>
                <span className="flex gap-1"><Badge>{STATION_LEVEL_LABELS[s.level]}</Badge>{s.contractor && <Badge tone="blue">{s.contractor.name}</Badge>}</span>
              </li>
            ))}
            {street.stations.length === 0 && <li className="py-2 text-slate-400">暂无社工站</li>}
          </ul>
        </Card>
        <Card title="村（社区）">
          <ul className="flex flex-wrap gap-2">
            {street.communities.map((c) => <li key={c.id}><Badge tone={c.kind === "URBAN" ? "blue" : "green"}>{c.name} · {COMMUNITY_KIND_LABELS[c.kind]}</Badge></li>)}
            {street.communities.length === 0 && <li className="text-slate-400">暂无村（社区）</li>}
          </ul>
        </Card>
        <Card title={can(actor, "org:manage") ? "编辑街道信息" : "街道信息"} className="lg:col-span-2">
          {can(actor, "org:manage") ? (
            <StreetOfficeForm street={street} />
          ) : (
            <DefinitionList items={[{ label: "区划代码", value: street.code }, { label: "联系电话", value: street.phone }, { label: "办公地址", value: street.address }]} />
          )}
        </Card>
      </div>
    </>
  );
}
