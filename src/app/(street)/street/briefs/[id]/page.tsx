import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefDetail } from "@/features/briefs/components/brief-detail";
import { getBriefPage } from "@/features/briefs/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "月度工作简报" };

export default async function StreetBriefPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await getBriefPage(actor, id);
  if (!data) notFound();
  return <BriefDetail data={data} />;
}
