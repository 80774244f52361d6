"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { GOAL_ATTAINMENT_LABELS, optionsOf, YES_NO_LABELS } from "@/lib/labels";
import { saveEvaluation, saveEvaluationReview } from "../document-actions";
import { EVALUATION_LABELS as L, EVALUATION_REVIEW_LABELS, EVALUATION_REVIEW_NARRATIVES, SCORE_ENDS, SCORE_VALUES, type EvaluationReviewNarrative } from "../document-labels";

export type EvaluationValues = {
  version: number; evaluatedOn: string; servicesReceived: string | null; abilityImproved: string | null; abilityNote: string | null;
  satisfaction: number | null; improvement: number | null; goalAttainment: string | null; goalNote: string | null; comments: string | null; clientSignedOn: string;
};

const SCORES = SCORE_VALUES.map((v) => ({ value: v, label: v }));

/** 评估表, 以下内容由服务对象填写: recorded by the worker from the paper form the client filled in. */
export function EvaluationForm({ caseId, evaluation, today }: { caseId: string; evaluation: EvaluationValues | null; today: string }) {
  return (
    <ActionForm action={saveEvaluation} submitLabel="保存评估表">
      <Hidden name="caseId" value={caseId} />
      {evaluation && <Hidden name="version" value={evaluation.version} />}
      <TextField name="evaluatedOn" label={L.evaluatedOn} type="date" required defaultValue={evaluation?.evaluatedOn ?? today} className="max-w-xs" />
      <p className="font-medium text-slate-700">以下内容由服务对象填写</p>
      <TextareaField name="servicesReceived" label={`1、${L.servicesReceived}`} rows={3} required defaultValue={evaluation?.servicesReceived} />
      <FormGrid>
        <SelectField name="abilityImproved" label={`2、${L.abilityImproved}`} required defaultValue={evaluation?.abilityImproved} options={optionsOf(YES_NO_LABELS)} />
        <TextField name="abilityNote" label={L.abilityNote} defaultValue={evaluation?.abilityNote} hint="选择“是”时必填" />
        <SelectField name="satisfaction" label={`3、${L.satisfaction}`} required defaultValue={evaluation?.satisfaction?.toString()} options={SCORES} hint="1–10，分数越高越满意" />
        <SelectField name="improvement" label={`4、${L.improvement}`} required defaultValue={evaluation?.improvement?.toString()} options={SCORES} hint={`1 ${SCORE_ENDS.low} … 10 ${SCORE_ENDS.high}`} />
        <SelectField name="goalAttainment" label={`5、${L.goalAttainment}`} required defaultValue={evaluation?.goalAttainment} options={optionsOf(GOAL_ATTAINMENT_LABELS)} />
        <TextField name="goalNote" label={L.goalNote} required defaultValue={evaluation?.goalNote} />
      </FormGrid>
      <TextareaField name="comments" label={`6、${L.comments}`} rows={3} defaultValue={evaluation?.comments} />
      <TextField name="clientSignedOn" label={L.clientSignedOn} type="date" defaultValue={evaluation?.clientSignedOn} className="max-w-xs" />
      <p className="text-xs text-slate-500">内容加密保存。督导签名后不能直接修改，需“更正”。</p>
    </ActionForm>
  );
}

/** 评估表, 以下内容由督导者填写: the supervisor assigned to the owner, until they sign. */
export function EvaluationReviewForm({ evaluationId, version, values }: { evaluationId: string; version: number; values: Record<EvaluationReviewNarrative, string | null> }) {
  return (
    <ActionForm action={saveEvaluationReview} submitLabel="保存督导评价">
      <Hidden name="evaluationId" value={evaluationId} />
      <Hidden name="version" value={version} />
      {EVALUATION_REVIEW_NARRATIVES.map((k, i) => (
        <TextareaField key={k} name={k} label={`${["一", "二", "三"][i]}、${EVALUATION_REVIEW_LABELS[k]}`} rows={3} required defaultValue={values[k]} />
      ))}
    </ActionForm>
  );
}
