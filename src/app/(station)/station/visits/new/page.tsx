import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { VisitForm } from "@/features/visits/components/visit-form";
import { toDateTimeInput } from "@/features/visits/helpers";
import { visitFormOptions } from "@/features/visits/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "新建探访记录" };

export default async function NewVisitPage() {
  const actor = await requireActor();
  if (!can(actor, "visit:manage")) notFound();
  const options = await visitFormOptions(actor);
  if (!options) notFound();
  return (
    <>
      <PageHeader title="新建探访记录" description={`${options.station.name} · 探访记录表`} actions={<ButtonLink href="/station/visits">返回列表</ButtonLink>} />
      <Card>
        <VisitForm
          stationId={options.station.id}
          workerName={actor.name}
          communities={options.communities}
          households={options.households}
          defaultVisitedAt={toDateTimeInput(new Date())}
        />
      </Card>
    </>
  );
}
