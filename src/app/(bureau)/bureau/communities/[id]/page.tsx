import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { CommunityForm } from "@/features/communities/components/community-form";
import { getCommunity } from "@/features/communities/queries";
import { streetOfficeOptions } from "@/features/streets/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { COMMUNITY_KIND_LABELS, STATION_LEVEL_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "村（社区）详情" };

export default async function CommunityPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const community = await getCommunity(actor, id);
  if (!community) notFound();
  const manage = can(actor, "org:manage");
  const streets = manage ? await streetOfficeOptions(actor, "org:manage") : [];
  return (
    <>
      <PageHeader title={community.name} description={`${community.streetOffice.name} · ${COMMUNITY_KIND_LABELS[community.kind]}`} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="基本信息">
          <DefinitionList
            items={[
              { label: "所属街道", value: <Link href={`/bureau/streets/${community.streetOffice.id}`} className="text-brand-700 hover:underline">{community.streetOffice.name}</Link> },
              { label: "类型", value: COMMUNITY_KIND_LABELS[community.kind] },
              { label: "地址", value: community.address },
            ]}
          />
        </Card>
        <Card title="社工室">
          <ul className="divide-y divide-slate-100">
            {community.stations.map((s) => (
              <li key={s.id} className="flex items-center justify-between gap-2 py-2">
                <Link href={`/bureau/stations/${s.id}`} className="text-brand-700 hover:underline">{s.name}</Link>
                <Badge>{STATION_LEVEL_LABELS[s.level]}</Badge>
              </li>
            ))}
            {community.stations.length === 0 && <li className="py-2 text-slate-400">本村（社区）暂未设社工室</li>}
          </ul>
        </Card>
        {manage && (
          <Card title="编辑村（社区）信息" className="lg:col-span-2">
            <CommunityForm community={community} streets={streets} />
          </Card>
        )}
      </div>
    </>
  );
}
