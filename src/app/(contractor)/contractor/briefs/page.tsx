import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { BriefScheduleTable } from "@/features/briefs/components/brief-schedule";
import { contractorBriefSchedules } from "@/features/briefs/queries";
import { briefDueDay } from "@/features/district-settings/queries";
import { briefDueExplanation } from "@/features/district-settings/schemas";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "月度工作简报" };

export default async function ContractorBriefsPage() {
  const actor = await requireActor();
  if (!can(actor, "brief:read")) notFound();
  const schedules = await contractorBriefSchedules(actor);
  const due = actor.districtId ? `${briefDueExplanation(await briefDueDay(actor.districtId))}。` : "";
  return (
    <>
      <PageHeader title="月度工作简报" description={`每个服务项目的每个社工站每月报送一份：服务数据根据站点服务记录自动生成，机构补充亮点与下月计划后提交，由街道和区民政局审核。${due}`} />
      <div className="space-y-4">
        {schedules.length === 0 ? (
          <Card><p className="py-6 text-center text-slate-400">暂无履行中的服务项目</p></Card>
        ) : (
          schedules.map((s) => <BriefScheduleTable key={`${s.contract.id}-${s.station.id}`} schedule={s} base="/contractor/briefs" canEdit={can(actor, "brief:manage")} />)
        )}
      </div>
    </>
  );
}
