import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { HouseholdForm } from "@/features/households/components/household-form";
import { getHouseholdForEdit } from "@/features/households/edit";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "编辑家庭档案" };

export default async function EditHouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const found = await getHouseholdForEdit(actor, id);
  if (!found) notFound();
  const { household, communities } = found;
  return (
    <>
      <PageHeader title="编辑家庭档案" description={household.station.name} actions={<ButtonLink href={`/station/households/${household.id}`}>返回家庭档案</ButtonLink>} />
      <Card>
        <HouseholdForm
          communities={communities}
          household={{ id: household.id, version: household.version, addressMasked: household.addressMasked, communityId: household.communityId, notes: household.notes, members: household.members }}
        />
      </Card>
    </>
  );
}
