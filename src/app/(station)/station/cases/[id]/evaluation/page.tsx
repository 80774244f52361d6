import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, DefinitionList, Multiline } from "@/components/ui/card";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { EvaluationForm, EvaluationReviewForm } from "@/features/cases/components/evaluation-forms";
import { EVALUATION_LABELS as L, EVALUATION_REVIEW_LABELS, EVALUATION_REVIEW_NARRATIVES, yesNoOf } from "@/features/cases/document-labels";
import { caseDates, getCaseEvaluation } from "@/features/cases/evaluation";
import { getCaseHeader } from "@/features/cases/queries";
import { DocumentSteps } from "@/features/documents/components/document-steps";
import { DocumentHistory, RevisionList, SignoffList } from "@/features/documents/components/document-trail";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate, formatStoredCalendarDate } from "@/lib/dates";
import { GOAL_ATTAINMENT_LABELS, YES_NO_LABELS } from "@/lib/labels";
import type { GoalAttainment } from "@/generated/prisma/enums";

export const metadata: Metadata = { title: "个案工作评估表" };

const yesNo = (v: unknown) => { const k = yesNoOf(typeof v === "boolean" ? v : null); return k ? YES_NO_LABELS[k] : null; };
const goal = (v: unknown, note: unknown) => (v ? `${GOAL_ATTAINMENT_LABELS[v as GoalAttainment]}${note ? `（原因说明：${String(note)}）` : ""}` : null);

/** The client's part and the supervisor's part, as read-only rows (current or kept revision). */
function evaluationItems(e: Record<string, unknown>) {
  return [
    { label: L.evaluatedOn, value: formatStoredCalendarDate(e.evaluatedOn) },
    { label: `1、${L.servicesReceived}`, value: <Multiline value={e.servicesReceived} /> },
    { label: `2、${L.abilityImproved}`, value: yesNo(e.abilityImproved) && `${yesNo(e.abilityImproved)}${e.abilityNote ? `（说明：${String(e.abilityNote)}）` : ""}` },
    { label: `3、${L.satisfaction}`, value: e.satisfaction ? `${String(e.satisfaction)} / 10` : null },
    { label: `4、${L.improvement}`, value: e.improvement ? `${String(e.improvement)} / 10` : null },
    { label: `5、${L.goalAttainment}`, value: goal(e.goalAttainment, e.goalNote) },
    { label: `6、${L.comments}`, value: <Multiline value={e.comments} /> },
    { label: L.clientSignedOn, value: formatStoredCalendarDate(e.clientSignedOn) },
    ...EVALUATION_REVIEW_NARRATIVES.map((k, i) => ({ label: `督导：${["一", "二", "三"][i]}、${EVALUATION_REVIEW_LABELS[k]}`, value: <Multiline value={e[k]} /> })),
  ];
}

export default async function CaseEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const [evaluation, dates] = await Promise.all([getCaseEvaluation(header), caseDates(header)]);
  const { caseFile, role, canEdit } = header;
  const today = formatDate(new Date());
  return (
    <>
      <CaseHeaderView header={header} section="evaluation" />
      <Card title="个案工作评估表">
        <div className="space-y-4" data-testid="evaluation">
          <DefinitionList
            items={[
              { label: "服务对象", value: caseFile.client.name },
              { label: "负责社工", value: caseFile.owner.name },
              { label: "接案日期", value: formatCalendarDate(dates.intakeDate) || null },
              { label: "结案日期", value: formatCalendarDate(caseFile.closedOn ?? dates.closedOn) || null },
            ]}
          />
          {!evaluation && <p className="text-slate-500">尚未填写。</p>}
          {!evaluation && canEdit && <EvaluationForm caseId={caseFile.id} evaluation={null} today={today} />}
          {evaluation && (
            <>
              <p>第 {evaluation.revision} 版</p>
              <DefinitionList items={evaluationItems(evaluation)} />
              <SignoffList signers={evaluation.trail.signers} signoffs={evaluation.trail.signoffs} />
              {evaluation.canReview && (
                <details open={!evaluation.serviceReview}>
                  <summary className="cursor-pointer text-brand-700">以下内容由督导者填写</summary>
                  <div className="mt-3">
                    <EvaluationReviewForm
                      evaluationId={evaluation.id}
                      version={evaluation.version}
                      values={{ serviceReview: evaluation.serviceReview, workerReview: evaluation.workerReview, supervisorOpinion: evaluation.supervisorOpinion }}
                    />
                  </div>
                </details>
              )}
              {evaluation.trail.actions.includes("edit") && (
                <details>
                  <summary className="cursor-pointer text-brand-700">修改评估表</summary>
                  <div className="mt-3">
                    <EvaluationForm
                      caseId={caseFile.id}
                      today={today}
                      evaluation={{
                        version: evaluation.version, evaluatedOn: formatCalendarDate(evaluation.evaluatedOn), servicesReceived: evaluation.servicesReceived,
                        abilityImproved: yesNoOf(evaluation.abilityImproved), abilityNote: evaluation.abilityNote, satisfaction: evaluation.satisfaction, improvement: evaluation.improvement,
                        goalAttainment: evaluation.goalAttainment, goalNote: evaluation.goalNote, comments: evaluation.comments, clientSignedOn: formatCalendarDate(evaluation.clientSignedOn),
                      }}
                    />
                  </div>
                </details>
              )}
              <DocumentSteps kind="EVALUATION" documentId={evaluation.id} version={evaluation.version} actions={evaluation.trail.actions} role={role} today={today} />
              <h3 className="font-medium">签名与更正记录</h3>
              <DocumentHistory events={evaluation.trail.events} />
              <RevisionList revisions={evaluation.trail.revisions} render={(c) => <DefinitionList items={evaluationItems(c)} />} />
            </>
          )}
        </div>
      </Card>
    </>
  );
}
