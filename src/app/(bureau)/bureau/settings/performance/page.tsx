import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { describeCurve } from "@/features/performance/curve";
import { PerformanceSettingsForm } from "@/features/performance/components/performance-settings-form";
import { getPerformanceSettings } from "@/features/performance/settings";
import { describeWeights } from "@/features/performance/weights";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "绩效监控与自评设置" };

/** The bureau administrator's (district:settings) curve and points of the district; anyone else gets a 404. */
export default async function PerformanceSettingsPage() {
  const actor = await requireActor();
  const settings = await getPerformanceSettings(actor);
  if (!settings) notFound();
  return (
    <>
      <PageHeader
        title="绩效监控与自评设置"
        description={`${settings.name} · 当前：监控节点 ${describeCurve(settings.curve)}${settings.curveIsDefault ? "（默认）" : ""}；自评分值 ${describeWeights(settings.weights)}${settings.weightsAreDefault ? "（默认）" : ""}`}
      />
      <Card title="绩效运行监控与绩效自评">
        <PerformanceSettingsForm districtId={settings.id} stamp={settings.stamp} curve={settings.curve} weights={settings.weights} />
        <p className="mt-4 text-xs text-slate-500">已开启监控或已开始自评的申报表沿用开启时的节点和分值，修改只对之后开启的生效。</p>
      </Card>
    </>
  );
}
