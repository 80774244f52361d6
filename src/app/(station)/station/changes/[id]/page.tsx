import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeRequestView } from "@/features/change-requests/components/change-request-view";
import { getChangeRequest } from "@/features/change-requests/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "项目变更申请" };

export default async function StationChangeRequestPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  if (!can(actor, "change:opinion")) notFound();
  const page = await getChangeRequest(actor, id);
  if (!page) notFound();
  return <ChangeRequestView page={page} backHref="/station/changes" />;
}
