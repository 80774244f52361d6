"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import { optionsOf, SESSION_FORM_LABELS } from "@/lib/labels";
import { saveSession, saveSessionOpinion } from "../document-actions";
import { SESSION_FIELD_LABELS as F, SESSION_HINTS, SESSION_LABELS, SESSION_NARRATIVES, type SessionNarrative } from "../document-labels";

export type SessionValues = {
  id: string; version: number; sessionDate: string; startTime: string; endTime: string; form: string; formNote: string | null; place: string | null;
} & Record<SessionNarrative, string | null>;

/** 个案工作过程记录表: a new record (the next number) or an edit of an unsigned one. */
export function SessionForm({ caseId, session, today }: { caseId: string; session: SessionValues | null; today: string }) {
  return (
    <ActionForm action={saveSession} submitLabel={session ? "保存过程记录" : "新增过程记录"}>
      <Hidden name="caseId" value={caseId} />
      {session && <Hidden name="sessionId" value={session.id} />}
      {session && <Hidden name="version" value={session.version} />}
      <FormGrid>
        <TextField name="sessionDate" label={F.sessionDate} type="date" required defaultValue={session?.sessionDate ?? today} />
        <div className="grid grid-cols-2 gap-2">
          <TextField name="startTime" label={F.startTime} type="time" required defaultValue={session?.startTime} hint="时段，例：14:00-16:00" />
          <TextField name="endTime" label={F.endTime} type="time" required defaultValue={session?.endTime} />
        </div>
        <SelectField name="form" label={F.form} required defaultValue={session?.form ?? "FACE_TO_FACE"} options={optionsOf(SESSION_FORM_LABELS)} />
        <TextField name="formNote" label={F.formNote} defaultValue={session?.formNote} hint="服务形式为“其他”时必填" />
        <TextField name="place" label={F.place} defaultValue={session?.place} />
      </FormGrid>
      {SESSION_NARRATIVES.map((k) => (
        <TextareaField key={k} name={k} label={SESSION_LABELS[k]} rows={k === "process" ? 6 : 3} required={k === "aim" || k === "process"} hint={SESSION_HINTS[k]} defaultValue={session?.[k]} />
      ))}
      <p className="text-xs text-slate-500">内容加密保存。负责社工签名后不能直接修改，需“更正”。</p>
    </ActionForm>
  );
}

/** 督导意见: the supervisor assigned to the owner, until they sign. */
export function SessionOpinionForm({ sessionId, version, opinion }: { sessionId: string; version: number; opinion: string | null }) {
  return (
    <ActionForm action={saveSessionOpinion} submitLabel="保存督导意见">
      <Hidden name="sessionId" value={sessionId} />
      <Hidden name="version" value={version} />
      <TextareaField name="supervisorOpinion" label="督导意见" rows={3} required defaultValue={opinion} />
    </ActionForm>
  );
}
