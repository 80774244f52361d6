import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge, Card, DefinitionList, Multiline } from "@/components/ui/card";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { ClosureForm } from "@/features/cases/components/closure-forms";
import { getCaseClosure } from "@/features/cases/closure";
import { CLOSURE_LABELS as L, CLOSURE_NARRATIVES, CLOSURE_SUMMARY_LABELS, yesNoOf } from "@/features/cases/document-labels";
import { caseDates } from "@/features/cases/evaluation";
import { getCaseHeader } from "@/features/cases/queries";
import { DocumentSteps } from "@/features/documents/components/document-steps";
import { DocumentHistory, RevisionList, SignoffList } from "@/features/documents/components/document-trail";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate, formatStoredCalendarDate } from "@/lib/dates";
import { CLOSURE_REASON_LABELS, REVIEW_STATUS_LABELS, YES_NO_LABELS } from "@/lib/labels";
import type { ClosureReason } from "@/generated/prisma/enums";

export const metadata: Metadata = { title: "个案工作结案表" };

const TONE = { DRAFT: "slate", SUBMITTED: "amber", RETURNED: "red", APPROVED: "green" } as const;

/** The closure's rows (current or kept revision). */
function closureItems(c: Record<string, unknown>) {
  const knows = yesNoOf(typeof c.clientKnowsReturn === "boolean" ? c.clientKnowsReturn : null);
  return [
    { label: L.closedOn, value: formatStoredCalendarDate(c.closedOn) },
    ...CLOSURE_NARRATIVES.map((k, i) => ({ label: `${i + 1}、${CLOSURE_SUMMARY_LABELS[k]}`, value: <Multiline value={c[k]} /> })),
    { label: L.goalAttainment, value: <Multiline value={c.goalAttainment} /> },
    { label: `1.${L.reason}`, value: c.reason ? `${CLOSURE_REASON_LABELS[c.reason as ClosureReason]}${c.reasonNote ? `（说明：${String(c.reasonNote)}）` : ""}` : null },
    { label: `2.${L.clientKnowsReturn}`, value: knows ? YES_NO_LABELS[knows] : null },
    { label: L.followUp, value: <Multiline value={c.followUp} /> },
    { label: "督导意见", value: <Multiline value={c.supervisorOpinion} /> },
    { label: "服务对象签名日期", value: formatStoredCalendarDate(c.clientSignedOn) },
  ];
}

export default async function CaseClosurePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const [{ closure, spanSuggestion, planApproved }, dates] = await Promise.all([getCaseClosure(header), caseDates(header)]);
  const { caseFile, role, canEdit } = header;
  const today = formatDate(new Date());
  return (
    <>
      <CaseHeaderView header={header} section="closure" />
      <Card title="个案工作结案表">
        <div className="space-y-4" data-testid="closure">
          <DefinitionList
            items={[
              { label: "服务对象", value: caseFile.client.name },
              { label: "负责社工", value: caseFile.owner.name },
              { label: "接案日期", value: formatCalendarDate(dates.intakeDate) || null },
              { label: "结案日期", value: formatCalendarDate(caseFile.closedOn ?? dates.closedOn) || null },
            ]}
          />
          {!closure && <p className="text-slate-500">尚未填写。</p>}
          {!closure && canEdit && <ClosureForm caseId={caseFile.id} closure={null} spanSuggestion={spanSuggestion} planApproved={planApproved} today={today} />}
          {closure && (
            <>
              <p>
                第 {closure.revision} 版 <Badge tone={TONE[closure.status]}>{REVIEW_STATUS_LABELS[closure.status]}</Badge>
              </p>
              <DefinitionList items={closureItems(closure)} />
              <SignoffList signers={closure.trail.signers} signoffs={closure.trail.signoffs} />
              {closure.trail.actions.includes("edit") && (
                <details>
                  <summary className="cursor-pointer text-brand-700">修改结案表</summary>
                  <div className="mt-3">
                    <ClosureForm
                      caseId={caseFile.id}
                      today={today}
                      spanSuggestion={spanSuggestion}
                      planApproved={planApproved}
                      closure={{
                        id: closure.id, version: closure.version, closedOn: formatCalendarDate(closure.closedOn),
                        span: closure.span, changes: closure.changes, clientState: closure.clientState, observations: closure.observations,
                        goalAttainment: closure.goalAttainment, reason: closure.reason, reasonNote: closure.reasonNote,
                        clientKnowsReturn: yesNoOf(closure.clientKnowsReturn)!, followUp: closure.followUp,
                      }}
                    />
                  </div>
                </details>
              )}
              <DocumentSteps kind="CLOSURE" documentId={closure.id} version={closure.version} actions={closure.trail.actions} role={role} today={today} />
              <h3 className="font-medium">审批与签名记录</h3>
              <DocumentHistory events={closure.trail.events} />
              <RevisionList revisions={closure.trail.revisions} render={(c) => <DefinitionList items={closureItems(c)} />} />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
