import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { CommunityForm } from "@/features/communities/components/community-form";
import { streetOfficeOptions } from "@/features/streets/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "新增村（社区）" };

export default async function NewCommunityPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "org:manage")) notFound();
  const { streetOfficeId } = await searchParams;
  const streets = await streetOfficeOptions(actor, "org:manage");
  return (
    <>
      <PageHeader title="新增村（社区）" />
      <Card><CommunityForm streets={streets} defaultStreetId={typeof streetOfficeId === "string" ? streetOfficeId : undefined} /></Card>
    </>
  );
}
