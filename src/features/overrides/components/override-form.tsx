"use client";
import { ActionForm } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { openOverride } from "../actions";
import { OVERRIDE_HOURS, OVERRIDE_REASON_MIN } from "../schemas";

/** 生命第一紧急查阅: the head's written reason for opening one case file. */
export function OverrideForm({ caseId }: { caseId: string }) {
  return (
    <ActionForm action={openOverride} submitLabel="确认紧急查阅">
      <Hidden name="caseId" value={caseId} />
      <TextareaField
        name="reason"
        label="紧急查阅理由"
        required
        rows={3}
        hint={`仅在服务对象生命安全受到威胁时使用。请写明具体情况（至少 ${OVERRIDE_REASON_MIN} 个字）。查阅 ${OVERRIDE_HOURS} 小时内有效，理由加密保存，全程记录并告知负责督导。`}
      />
    </ActionForm>
  );
}
