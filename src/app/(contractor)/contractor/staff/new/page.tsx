import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { StaffProfileForm } from "@/features/staff/components/staff-profile-form";
import { staffFormOptions } from "@/features/staff/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "新增驻站人员" };

export default async function NewContractorStaffPage({ searchParams }: { searchParams: Promise<{ station?: string }> }) {
  const actor = await requireActor();
  const { station } = await searchParams;
  const options = await staffFormOptions(actor, { area: "contractor" });
  if (options.stations.length === 0) notFound();
  return (
    <>
      <PageHeader title="新增驻站人员" description="登记本机构派驻到社工站的人员" />
      <Card><StaffProfileForm area="contractor" stations={options.stations} contractors={options.contractors} defaultStationId={options.stations.find((s) => s.id === station)?.id} /></Card>
    </>
  );
}
