"use client";
// 项目变更申请审批表: filled by the contractor; the printed instruction of each part shows under its field.
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, TextareaField, TextField } from "@/components/form/fields";
import { saveChangeRequest } from "../actions";
import { CHANGE_REQUEST_FIELDS as F } from "../labels";

export type ChangeRequestFormValues = { id: string; version: number; filer: string; originalContent: string; changedContent: string; reasons: string };

export function ChangeRequestForm({ contractId, request, defaultFiler }: { contractId: string; request?: ChangeRequestFormValues; defaultFiler: string }) {
  return (
    <ActionForm action={saveChangeRequest} submitLabel={request ? "保存修改" : "保存草稿"}>
      <Hidden name="contractId" value={contractId} />
      {request && <><Hidden name="changeRequestId" value={request.id} /><Hidden name="version" value={request.version} /></>}
      <FormGrid>
        <TextField name="filer" label={F.filer.label} required defaultValue={request?.filer ?? defaultFiler} />
      </FormGrid>
      <TextareaField name="originalContent" label={F.originalContent.label} required rows={6} defaultValue={request?.originalContent} hint={F.originalContent.hint} />
      <TextareaField name="changedContent" label={F.changedContent.label} required rows={6} defaultValue={request?.changedContent} hint={F.changedContent.hint} />
      <TextareaField name="reasons" label={F.reasons.label} required rows={5} defaultValue={request?.reasons} hint={F.reasons.hint} />
    </ActionForm>
  );
}
