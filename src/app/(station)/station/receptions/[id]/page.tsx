import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Card, DefinitionList, Multiline, PageHeader } from "@/components/ui/card";
import { ReceptionForm } from "@/features/receptions/components/reception-form";
import { getReception, receptionFormOptions } from "@/features/receptions/queries";
import { formatVisitTime, toDateTimeInput } from "@/features/visits/helpers";
import { formatDateTime } from "@/lib/dates";
import { RECEPTION_MATTER_LABELS, RECEPTION_OUTCOME_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "来访接待登记" };

export default async function ReceptionPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const page = await getReception(actor, id);
  if (!page) notFound();
  const r = page.reception;
  const options = page.canEdit ? await receptionFormOptions(actor, r.stationId) : null;
  return (
    <>
      <PageHeader title="来访接待登记" description={`${r.station.name} · ${formatVisitTime(r.receivedAt)}`} actions={<ButtonLink href="/station/receptions">返回列表</ButtonLink>} />
      <div className="space-y-4">
        <Card>
          <DefinitionList items={[
            { label: "接待时间", value: formatVisitTime(r.receivedAt) },
            { label: "接待社工", value: r.worker.name },
            { label: "来访人数", value: `${r.visitorCount} 人` },
            { label: "服务领域", value: SERVICE_DOMAIN_LABELS[r.serviceDomain] },
            { label: "所属村（社区）", value: r.community?.name },
            { label: "事由类别", value: RECEPTION_MATTER_LABELS[r.matter] },
            { label: "处理结果", value: RECEPTION_OUTCOME_LABELS[r.outcome] },
            { label: "最后修改", value: formatDateTime(r.updatedAt) },
          ]} />
          <div className="mt-4">
            <h2 className="mb-1 font-medium text-slate-700">来访事由与处理情况</h2>
            <p data-testid="reception-summary"><Multiline value={r.summary} /></p>
          </div>
        </Card>
        {options && (
          <Card title="修改登记">
            <ReceptionForm
              stations={options.stations}
              workerName={r.worker.name}
              defaultReceivedAt={toDateTimeInput(new Date())}
              reception={{
                id: r.id, version: r.version, receivedAt: toDateTimeInput(r.receivedAt), visitorCount: r.visitorCount, serviceDomain: r.serviceDomain,
                communityId: r.communityId, matter: r.matter, outcome: r.outcome, summary: r.summary,
              }}
            />
          </Card>
        )}
      </div>
    </>
  );
}
