import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { DistrictSettingsForm } from "@/features/district-settings/components/district-settings-form";
import { getDistrictSettings } from "@/features/district-settings/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "本区设置" };

export default async function DistrictSettingsPage() {
  const actor = await requireActor();
  const district = await getDistrictSettings(actor);
  if (!district) notFound();
  return (
    <>
      <PageHeader title="本区设置" description={district.name} />
      <Card title="月度工作简报">
        <DistrictSettingsForm districtId={district.id} briefDueDay={district.briefDueDay} />
      </Card>
      <Card title="绩效运行监控与绩效自评" className="mt-4">
        <p className="text-sm text-slate-600">
          监控时间节点与预算执行进度（默认 4、6、8、10 月末分别达到 25%、40%、60%、80%），自评各类指标分值（默认预算执行 10 分、产出 50 分、效益 30 分、满意度 10 分）。
        </p>
        <Link href="/bureau/settings/performance" className="mt-2 inline-block text-sm text-brand-700 hover:underline">修改绩效监控与自评设置</Link>
      </Card>
    </>
  );
}
