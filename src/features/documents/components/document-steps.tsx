"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden, TextareaField, TextField } from "@/components/form/fields";
import type { DocumentKind } from "@/generated/prisma/enums";
import { DOCUMENT_SHORT_LABELS } from "@/lib/labels";
import { approveDocument, correctDocument, returnDocument, signDocument, submitDocument } from "../actions";
import { CLIENT_SIGNS_WITH_WORKER, REVIEWED, type DocAction, type DocRole } from "../rules";

type Step = { kind: DocumentKind; documentId: string; version: number };

function StepHidden({ kind, documentId, version }: Step) {
  return (
    <>
      <Hidden name="kind" value={kind} />
      <Hidden name="documentId" value={documentId} />
      <Hidden name="version" value={version} />
    </>
  );
}

const SIGN_LABEL: Record<DocRole, string> = { owner: "负责社工签名", supervisor: "督导签名", head: "机构（站点）负责人签名", other: "签名" };

/**
 * The steps the server would allow this person on this document (from `documentView`): submit, the
 * supervisor's approve/return, sign, correct. Editing is the form's own.
 */
export function DocumentSteps({ actions, role, today, ...step }: Step & { actions: DocAction[]; role: DocRole; today: string }) {
  const name = DOCUMENT_SHORT_LABELS[step.kind];
  return (
    <div className="space-y-3">
      {actions.includes("submit") && (
        <ActionForm action={submitDocument} submitLabel="提交督导审批"><StepHidden {...step} /></ActionForm>
      )}
      {actions.includes("approve") && (
        <div className="grid gap-4 md:grid-cols-2">
          <ActionForm action={approveDocument} submitLabel="批准">
            <StepHidden {...step} />
            <TextareaField name="opinion" label="督导意见" rows={3} />
          </ActionForm>
          <ActionForm action={returnDocument} submitLabel="退回修改">
            <StepHidden {...step} />
            <TextareaField name="comment" label="退回意见" rows={3} required />
          </ActionForm>
        </div>
      )}
      {actions.includes("sign") && (
        <ActionForm action={signDocument} submitLabel={SIGN_LABEL[role]}>
          <StepHidden {...step} />
          {role === "owner" && CLIENT_SIGNS_WITH_WORKER.includes(step.kind) && (
            <TextField name="clientSignedOn" label="服务对象签名日期" type="date" required defaultValue={today} className="max-w-xs" />
          )}
        </ActionForm>
      )}
      {actions.includes("correct") && (
        <ActionForm action={correctDocument} submitLabel="更正（创建新版本）">
          <StepHidden {...step} />
          <p className="text-xs text-slate-500">
            已签名{REVIEWED.includes(step.kind) ? "（已批准）" : ""}的{name}不在原处修改：更正将以本版内容开始新版本{REVIEWED.includes(step.kind) ? "（草稿，需重新审批）" : ""}，本版及其签名保留可查。
          </p>
        </ActionForm>
      )}
    </div>
  );
}
