"use client";
import { ActionForm } from "@/components/form/action-form";
import { CheckboxField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { CASE_SOURCE_LABELS, optionsOf, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { openCase, saveAssessment, saveIntake } from "../actions";
import { ASSESSMENT_LABELS, type AssessmentNarrative } from "../schemas";

export type IntakeValues = {
  intakeDate: string; source: string; sourceNote: string | null; situation: string | null; servicesBefore: string | null;
  crisisRisk: string; crisisIntervention: boolean;
};

function IntakeFields({ intake, editing }: { intake?: IntakeValues; editing: boolean }) {
  return (
    <>
      <FormGrid>
        <TextField name="intakeDate" label="接案日期" type="date" required={editing} defaultValue={intake?.intakeDate} hint={editing ? undefined : "留空则为首次接触日期"} />
        <SelectField name="source" label="服务对象来源" required defaultValue={intake?.source} options={optionsOf(CASE_SOURCE_LABELS)} />
        <TextField name="sourceNote" label="来源说明" defaultValue={intake?.sourceNote} hint="来源为“其他”时必填，如转介单位、求助人" />
        <SelectField name="crisisRisk" label="危机因素" required defaultValue={intake?.crisisRisk ?? "NONE"} options={optionsOf(RISK_LEVEL_LABELS)} />
      </FormGrid>
      <CheckboxField name="crisisIntervention" label="需要危机介入" defaultChecked={intake?.crisisIntervention} />
      <TextareaField name="situation" label="服务对象情况（家庭状况、健康状况、学习/工作情况、社会关系）" rows={4} defaultValue={intake?.situation} />
      <TextareaField name="servicesBefore" label="服务对象曾接受服务的情况 / 曾经尝试过的方法" rows={3} defaultValue={intake?.servicesBefore} />
      <p className="text-xs text-slate-500">服务对象的姓名、性别、身份证号、联系方式、家庭成员等取自服务对象档案；叙述内容加密保存。</p>
    </>
  );
}

/** 开案: first contact, service domain and the intake form (接案记录表). */
export function OpenCaseForm({ clientId, serviceDomain, today, visitSituationId }: { clientId: string; serviceDomain: string; today: string; visitSituationId?: string }) {
  return (
    <ActionForm action={openCase} submitLabel="开案">
      <Hidden name="clientId" value={clientId} />
      {visitSituationId && <Hidden name="visitSituationId" value={visitSituationId} />}
      <FormGrid>
        <TextField name="firstContactOn" label="首次接触日期" type="date" required defaultValue={today} hint="预估表须在首次接触后 5 个工作日内完成" />
        <SelectField name="serviceDomain" label="服务领域" defaultValue={serviceDomain} options={optionsOf(SERVICE_DOMAIN_LABELS)} />
      </FormGrid>
      <IntakeFields editing={false} />
    </ActionForm>
  );
}

export function IntakeForm({ caseId, version, intake }: { caseId: string; version: number; intake: IntakeValues }) {
  return (
    <ActionForm action={saveIntake} submitLabel="保存接案记录表">
      <Hidden name="caseId" value={caseId} />
      <Hidden name="version" value={version} />
      <IntakeFields intake={intake} editing />
    </ActionForm>
  );
}

export type AssessmentValues = { version: number; assessedOn: string } & Record<AssessmentNarrative, string | null>;

const GROUPS: { title: string; hint: string; fields: AssessmentNarrative[] }[] = [
  { title: "背景资料", hint: "服务对象个人的生理、心理及社会等方面的资料；所处社会环境的资料；服务对象对自己及处境的感受、观念和看法", fields: ["physical", "psychological", "social", "environment", "selfView"] },
  { title: "服务对象问题及需要分析", hint: "以需求为导向，与服务对象讨论其需要、困境或问题；以资源为导向，识别服务对象及其所处环境中的资源、优势与障碍", fields: ["needs", "resources"] },
  { title: "服务目标与初步服务计划", hint: "", fields: ["goals", "plan"] },
];

/** 个案工作预估表: filled in once, then edited with its version. */
export function AssessmentForm({ caseId, assessment, today }: { caseId: string; assessment: AssessmentValues | null; today: string }) {
  return (
    <ActionForm action={saveAssessment} submitLabel={assessment ? "保存预估表" : "提交预估表"}>
      <Hidden name="caseId" value={caseId} />
      {assessment && <Hidden name="version" value={assessment.version} />}
      <TextField name="assessedOn" label="预估日期" type="date" required defaultValue={assessment?.assessedOn ?? today} className="max-w-xs" />
      {GROUPS.map((g) => (
        <fieldset key={g.title} className="space-y-3">
          <legend className="font-medium text-slate-800">{g.title}</legend>
          {g.hint && <p className="text-xs text-slate-500">{g.hint}</p>}
          {g.fields.map((f) => <TextareaField key={f} name={f} label={ASSESSMENT_LABELS[f]} rows={3} defaultValue={assessment?.[f]} required={f === "needs" || f === "goals" || f === "plan"} />)}
        </fieldset>
      ))}
    </ActionForm>
  );
}
