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
  // 开案 from a visit's special situation (探访记录表): the new case is linked to it when opened.
  const visitSituationId = typeof sp.visitSituation === "string" ? sp.visitSituation : undefined;
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
        {visitSituationId && <p className="mb-3 rounded border border-blue-200 bg-blue-50 p-2 text-sm text-blue-800">本个案由探访中发现的特殊情况开案，开案后将自动关联到该探访记录。</p>}
        <OpenCaseForm clientId={client.id} serviceDomain={client.serviceDomain} today={formatDate(new Date())} visitSituationId={visitSituationId} />
      </Card>
    </>
  );
}
