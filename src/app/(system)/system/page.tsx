import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { getSettingsForm } from "@/features/settings/queries";
import { requireActor } from "@/server/auth";
import { formatDateTime } from "@/lib/dates";

export const metadata: Metadata = { title: "系统设置" };

export default async function SystemSettingsPage() {
  const actor = await requireActor();
  const form = await getSettingsForm(actor);
  if (!form) notFound();
  return (
    <>
      <PageHeader
        title="系统设置"
        description={form.updatedAt ? `最近修改：${formatDateTime(form.updatedAt)}${form.updatedBy ? `，${form.updatedBy.name}（${form.updatedBy.username}）` : ""}` : "尚未修改，当前为默认设置"}
      />
      <Card title="部署设置"><SettingsForm settings={form.settings} stamp={form.stamp} /></Card>
    </>
  );
}
