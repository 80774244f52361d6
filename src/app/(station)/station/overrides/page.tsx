import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { OverrideTable } from "@/features/overrides/components/override-table";
import { overridesPage } from "@/features/overrides/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "生命第一紧急查阅记录" };

export default async function OverridesPage() {
  const actor = await requireActor();
  const roles = new Set(actor.memberships.map((m) => m.role));
  const supervises = roles.has("SUPERVISOR");
  const heads = roles.has("STATION_HEAD") || roles.has("DEPUTY_HEAD");
  if (!supervises && !heads) notFound();
  const { unreviewed, reviewed, own } = await overridesPage(actor);
  return (
    <>
      <PageHeader
        title="生命第一紧急查阅记录"
        description="站点负责人因服务对象生命安全紧急查阅个案档案时，须写明理由；每次查阅均有记录，由负责社工的督导确认知悉。"
      />
      <div className="space-y-4">
        {supervises && (
          <>
            <Card title={`待知悉（${unreviewed.length}）`}>
              {unreviewed.length === 0 ? <p className="text-slate-500">没有待确认的紧急查阅记录。</p> : <OverrideTable rows={unreviewed} acknowledge testId="overrides-unreviewed" />}
            </Card>
            <Card title="已知悉（最近 50 条）">
              {reviewed.length === 0 ? <p className="text-slate-500">暂无。</p> : <OverrideTable rows={reviewed} testId="overrides-reviewed" />}
            </Card>
          </>
        )}
        {heads && (
          <Card title="本人发起的紧急查阅（最近 50 条）">
            {own.length === 0 ? <p className="text-slate-500">暂无。</p> : <OverrideTable rows={own} linkCases={false} testId="overrides-own" />}
          </Card>
        )}
      </div>
    </>
  );
}
