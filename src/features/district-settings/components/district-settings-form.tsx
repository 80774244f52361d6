"use client";
import { ActionForm } from "@/components/form/action-form";
import { FormGrid, Hidden, TextField } from "@/components/form/fields";
import { saveDistrictSettings } from "../actions";
import { briefDueExplanation, MAX_BRIEF_DUE_DAY } from "../schemas";

export function DistrictSettingsForm({ districtId, briefDueDay }: { districtId: string; briefDueDay: number }) {
  return (
    <ActionForm action={saveDistrictSettings} submitLabel="保存设置">
      <Hidden name="districtId" value={districtId} />
      <Hidden name="previousBriefDueDay" value={briefDueDay} />
      <p className="text-sm text-slate-700" data-testid="brief-due-explanation">当前：{briefDueExplanation(briefDueDay)}。</p>
      <FormGrid>
        <TextField name="briefDueDay" label="月度工作简报报送日" type="number" required defaultValue={String(briefDueDay)}
          hint={`次月的第几日（1–${MAX_BRIEF_DUE_DAY}），如填 5 即“${briefDueExplanation(5)}”。逾期提交或未提交的简报在简报汇总中标出。`} />
      </FormGrid>
    </ActionForm>
  );
}
