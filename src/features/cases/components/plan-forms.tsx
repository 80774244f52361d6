"use client";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { CONSENT_SIGNER_LABELS, optionsOf } from "@/lib/labels";
import { saveConsent, savePlan } from "../actions";
import { PLAN_LABELS, PLAN_NARRATIVES, type PlanNarrative } from "../schemas";

export type ConsentValues = { version: number; consentedOn: string; signer: string; guardianName: string | null };

/** 接受服务同意书: recorded once (the client signed the paper form), then edited with its version. */
export function ConsentForm({ caseId, consent, today }: { caseId: string; consent: ConsentValues | null; today: string }) {
  return (
    <ActionForm action={saveConsent} submitLabel="保存接受服务同意书">
      <Hidden name="caseId" value={caseId} />
      {consent && <Hidden name="version" value={consent.version} />}
      <CheckboxField name="agreed" label="服务对象（或其监护人）已阅读并同意以上条款，并在纸质同意书上签字" defaultChecked={!!consent} />
      <FormGrid>
        <TextField name="consentedOn" label="签订日期" type="date" required defaultValue={consent?.consentedOn ?? today} />
        <SelectField name="signer" label="签字方式" required defaultValue={consent?.signer ?? "CLIENT"} options={optionsOf(CONSENT_SIGNER_LABELS)} />
        <TextField name="guardianName" label="监护人姓名" defaultValue={consent?.guardianName} hint="监护人签字时必填" />
      </FormGrid>
    </ActionForm>
  );
}

export type PlanValues = { id: string; version: number } & Record<PlanNarrative, string | null>;

/** 个案工作计划表: created once, edited while a DRAFT or RETURNED and unsigned. */
export function PlanForm({ caseId, plan }: { caseId: string; plan: PlanValues | null }) {
  return (
    <ActionForm action={savePlan} submitLabel={plan ? "保存计划表" : "创建计划表"}>
      <Hidden name="caseId" value={caseId} />
      {plan && <Hidden name="planId" value={plan.id} />}
      {plan && <Hidden name="version" value={plan.version} />}
      {PLAN_NARRATIVES.map((k) => <TextareaField key={k} name={k} label={PLAN_LABELS[k]} rows={4} required defaultValue={plan?.[k]} />)}
      <p className="text-xs text-slate-500">内容加密保存。保存后请“提交督导审批”。</p>
    </ActionForm>
  );
}
