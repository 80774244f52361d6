"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden, SelectField, TextareaField } from "@/components/form/fields";
import { linkSituationCase, saveVisitOpinion } from "../actions";

/** 督导意见: the worker's supervisor, until the station head has signed. */
export function VisitOpinionForm({ visitId, version, opinion }: { visitId: string; version: number; opinion: string | null }) {
  return (
    <ActionForm action={saveVisitOpinion} submitLabel={opinion ? "修改督导意见" : "保存督导意见"}>
      <Hidden name="visitId" value={visitId} />
      <Hidden name="version" value={version} />
      <TextareaField name="opinion" label="督导意见" required rows={3} defaultValue={opinion} />
    </ActionForm>
  );
}

/** 特殊情况 → 个案: pick one of the worker's open case files. */
export function LinkCaseForm({ situationId, index, cases, current }: { situationId: string; index: number; cases: { id: string; number: string; clientName: string }[]; current: string | null }) {
  return (
    <ActionForm action={linkSituationCase} submitLabel={current ? "改为关联此个案" : "关联个案"} className="flex flex-wrap items-end gap-2">
      <Hidden name="situationId" value={situationId} />
      <SelectField
        name="caseFileId"
        label={`特殊情况${index + 1}关联的个案`}
        required
        defaultValue={current}
        options={cases.map((c) => ({ value: c.id, label: `${c.number} ${c.clientName}` }))}
        className="min-w-64"
      />
    </ActionForm>
  );
}
