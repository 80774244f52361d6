"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { CLOSURE_REASON_LABELS, optionsOf, YES_NO_LABELS } from "@/lib/labels";
import { saveClosure } from "../document-actions";
import { CLOSURE_LABELS as L, CLOSURE_NARRATIVES, CLOSURE_SUMMARY_LABELS, type ClosureNarrative } from "../document-labels";

export type ClosureValues = {
  id: string; version: number; closedOn: string; goalAttainment: string | null; reason: string; reasonNote: string | null; clientKnowsReturn: string; followUp: string | null;
} & Record<ClosureNarrative, string | null>;

/**
 * 个案工作结案表: created once (point 1 starts from the suggestion computed from the sessions), then edited
 * while a DRAFT or RETURNED and unsigned.
 */
export function ClosureForm({ caseId, closure, spanSuggestion, planApproved, today }: {
  caseId: string; closure: ClosureValues | null; spanSuggestion: string; planApproved: boolean; today: string;
}) {
  return (
    <ActionForm action={saveClosure} submitLabel={closure ? "保存结案表" : "创建结案表"}>
      <Hidden name="caseId" value={caseId} />
      {closure && <Hidden name="closureId" value={closure.id} />}
      {closure && <Hidden name="version" value={closure.version} />}
      <TextField name="closedOn" label={L.closedOn} type="date" required defaultValue={closure?.closedOn ?? today} className="max-w-xs" />
      <fieldset className="space-y-3">
        <legend className="mb-1 font-medium text-slate-700">{L.summary}</legend>
        {CLOSURE_NARRATIVES.map((k, i) => (
          <TextareaField
            key={k}
            name={k}
            label={`${i + 1}、${CLOSURE_SUMMARY_LABELS[k]}`}
            rows={3}
            required
            defaultValue={closure ? closure[k] || (k === "span" ? spanSuggestion : null) : k === "span" ? spanSuggestion : null}
            hint={k === "span" ? "已按过程记录预填，请核对补充" : undefined}
          />
        ))}
      </fieldset>
      <TextareaField name="goalAttainment" label={L.goalAttainment} rows={3} required hint={L.goalAttainmentHint} defaultValue={closure?.goalAttainment} />
      <FormGrid>
        <SelectField
          name="reason"
          label={`1.${L.reason}`}
          required
          defaultValue={closure?.reason}
          options={optionsOf(CLOSURE_REASON_LABELS)}
          hint={planApproved ? undefined : "计划表尚未批准：只有服务对象不愿继续、超出服务范围或其他情况可提前结案"}
        />
        <TextField name="reasonNote" label={L.reasonNote} defaultValue={closure?.reasonNote} hint="结案原因不是“目标达到”时必填" />
        <SelectField name="clientKnowsReturn" label={`2.${L.clientKnowsReturn}`} required defaultValue={closure?.clientKnowsReturn} options={optionsOf(YES_NO_LABELS)} />
      </FormGrid>
      <TextareaField name="followUp" label={L.followUp} rows={3} defaultValue={closure?.followUp} />
      <p className="text-xs text-slate-500">内容加密保存。保存后请“提交督导审批”；督导批准后个案即结案。</p>
    </ActionForm>
  );
}
