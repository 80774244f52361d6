import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/card";
import { OpenCaseForm } from "@/features/cases/components/case-forms";
import { caseClient } from "@/features/cases/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatDate } from "@/lib/dates";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "开案" };

export default async function NewCasePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const clientId = typeof sp.client === "string" ? sp.client : "";
  if (!clientId || !can(actor, "case:manage")) notFound();
  const client = await caseClient(actor, clientId);
  if (!client) notFound();
  return (
    <>
      <PageHeader
        title={`开案：${client.name}`}
        description={`${client.station.name} · 个案工作接案记录表`}
        actions={<ButtonLink href={`/station/clients/${client.id}`}>返回服务对象档案</ButtonLink>}
      />
      <Card>
        <OpenCaseForm clientId={client.id} serviceDomain={client.serviceDomain} today={formatDate(new Date())} />
      </Card>
    </>
  );
}
