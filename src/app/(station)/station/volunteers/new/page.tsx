import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { VolunteerForm } from "@/features/volunteers/components/volunteer-form";
import { volunteerFormOptions } from "@/features/volunteers/queries";
import { requireActor } from "@/server/auth";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "登记志愿者" };

export default async function NewVolunteerPage({ searchParams }: { searchParams: Promise<{ station?: string }> }) {
  const actor = await requireActor();
  const { station } = await searchParams;
  const options = await volunteerFormOptions(actor);
  if (options.stations.length === 0) notFound();
  return (
    <>
      <PageHeader title="登记志愿者" />
      <Card>
        <VolunteerForm stations={options.stations} communities={options.communities} defaultStationId={options.stations.find((s) => s.id === station)?.id} today={formatDate(new Date())} />
      </Card>
    </>
  );
}
