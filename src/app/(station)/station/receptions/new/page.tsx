import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { ReceptionForm } from "@/features/receptions/components/reception-form";
import { receptionFormOptions } from "@/features/receptions/queries";
import { toDateTimeInput } from "@/features/visits/helpers";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "登记来访" };

export default async function NewReceptionPage() {
  const actor = await requireActor();
  if (!can(actor, "reception:manage")) notFound();
  const options = await receptionFormOptions(actor);
  if (!options) notFound();
  return (
    <>
      <PageHeader title="登记来访" description="来访接待登记" actions={<ButtonLink href="/station/receptions">返回列表</ButtonLink>} />
      <Card>
        <ReceptionForm stations={options.stations} workerName={actor.name} defaultReceivedAt={toDateTimeInput(new Date())} />
      </Card>
    </>
  );
}
