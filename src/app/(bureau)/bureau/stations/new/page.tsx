import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { StationForm } from "@/features/stations/components/station-form";
import { stationFormOptions } from "@/features/stations/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "新增社工站" };

export default async function NewStationPage() {
  const actor = await requireActor();
  if (!can(actor, "org:manage")) notFound();
  const options = await stationFormOptions(actor);
  return (
    <>
      <PageHeader title="新增社工站（室）" description="乡镇（街道）社工站名称须符合标牌格式：昆明市××区××街道（乡镇）社会工作服务站" />
      <Card><StationForm options={options} /></Card>
    </>
  );
}
