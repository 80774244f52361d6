import type { Metadata } from "next";
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
    </>
  );
}
