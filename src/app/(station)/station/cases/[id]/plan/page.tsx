import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, Card, DefinitionList, Multiline } from "@/components/ui/card";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { PlanForm } from "@/features/cases/components/plan-forms";
import { getCaseHeader, getCasePlan } from "@/features/cases/queries";
import { PLAN_LABELS, PLAN_NARRATIVES } from "@/features/cases/schemas";
import { DocumentSteps } from "@/features/documents/components/document-steps";
import { DocumentHistory, RevisionList, SignoffList } from "@/features/documents/components/document-trail";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate, formatStoredCalendarDate } from "@/lib/dates";
import { REVIEW_STATUS_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "个案工作计划表" };

const TONE = { DRAFT: "slate", SUBMITTED: "amber", RETURNED: "red", APPROVED: "green" } as const;

export default async function CasePlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const plan = await getCasePlan(header);
  const { caseFile, role, canEdit } = header;
  const today = formatDate(new Date());
  return (
    <>
      <CaseHeaderView header={header} section="plan" />
      <Card title="个案工作计划表">
        {!plan && <p className="text-slate-500">尚未制定。</p>}
        {!plan && canEdit && <PlanForm caseId={caseFile.id} plan={null} />}
        {plan && (
          <div className="space-y-4" data-testid="plan">
            <p>
              第 {plan.revision} 版 <Badge tone={TONE[plan.status]}>{REVIEW_STATUS_LABELS[plan.status]}</Badge>
            </p>
            <DefinitionList
              items={[
                { label: "服务对象", value: caseFile.client.name },
                { label: "负责社工", value: caseFile.owner.name },
                ...PLAN_NARRATIVES.map((k) => ({ label: PLAN_LABELS[k], value: <Multiline value={plan[k]} /> })),
                { label: "督导意见", value: <Multiline value={plan.supervisorOpinion} /> },
                { label: "服务对象签名日期", value: plan.clientSignedOn ? formatCalendarDate(plan.clientSignedOn) : null },
              ]}
            />
            <SignoffList signers={plan.trail.signers} signoffs={plan.trail.signoffs} />
            {plan.trail.actions.includes("edit") && (
              <details>
                <summary className="cursor-pointer text-brand-700">修改计划表</summary>
                <div className="mt-3"><PlanForm caseId={caseFile.id} plan={plan} /></div>
              </details>
            )}
            <DocumentSteps kind="PLAN" documentId={plan.id} version={plan.version} actions={plan.trail.actions} role={role} today={today} />
            <h3 className="font-medium">审批与签名记录</h3>
            <DocumentHistory events={plan.trail.events} />
            <RevisionList
              revisions={plan.trail.revisions}
              render={(c) => (
                <DefinitionList
                  items={[
                    ...PLAN_NARRATIVES.map((k) => ({ label: PLAN_LABELS[k], value: <Multiline value={c[k]} /> })),
                    { label: "督导意见", value: <Multiline value={c.supervisorOpinion} /> },
                    { label: "服务对象签名日期", value: formatStoredCalendarDate(c.clientSignedOn) },
                  ]}
                />
              )}
            />
          </div>
        )}
      </Card>
    </>
  );
}
