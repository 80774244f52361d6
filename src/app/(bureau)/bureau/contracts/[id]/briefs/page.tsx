import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { BriefScheduleTable } from "@/features/briefs/components/brief-schedule";
import { contractBriefSchedules } from "@/features/briefs/queries";
import { ContractTabs } from "@/features/contracts/components/contract-tabs";
import { getContractHeader } from "@/features/contracts/header";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "月度工作简报" };

export default async function BureauContractBriefsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getContractHeader(actor, id);
  if (!header || !header.tabs.briefs) notFound();
  const schedules = await contractBriefSchedules(actor, id);
  return (
    <div className="space-y-4">
      <ContractTabs header={header} base="/bureau/contracts" current="briefs" />
      {schedules.length === 0 ? (
        <Card><p className="py-6 text-center text-slate-400">暂无需要报送的月度工作简报（服务项目履行中或已结项时按月报送）</p></Card>
      ) : (
        schedules.map((s) => <BriefScheduleTable key={s.station.id} schedule={s} base="/bureau/briefs" canEdit={can(actor, "brief:manage")} showContract={false} />)
      )}
    </div>
  );
}
