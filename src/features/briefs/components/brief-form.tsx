import { ActionForm } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { saveBrief } from "../actions";
import { BRIEF_SECTION_LABELS } from "../labels";

/** The three sections of the brief, editable while it is a draft or returned. */
export function BriefForm({ briefId, version, dailyWork, highlights, nextMonthPlan, dailyWorkDrafted }: {
  briefId: string; version: number; dailyWork: string | null; highlights: string | null; nextMonthPlan: string | null;
  /** 日常工作 was empty and is pre-filled with the sentence drafted from the counts. */
  dailyWorkDrafted: boolean;
}) {
  return (
    <ActionForm action={saveBrief} submitLabel="保存简报">
      <Hidden name="briefId" value={briefId} />
      <Hidden name="version" value={version} />
      <TextareaField name="dailyWork" label={BRIEF_SECTION_LABELS.dailyWork} required rows={6} defaultValue={dailyWork}
        hint={dailyWorkDrafted ? "已根据本月服务数据生成开头一句，请补充探访、服务、接待、活动等工作的开展情况" : "梳理本月探访、服务、接待、活动等各项日常工作的开展情况"} />
      <TextareaField name="highlights" label={BRIEF_SECTION_LABELS.highlights} required rows={5} defaultValue={highlights} hint="梳理本月特色、亮点及重点工作的开展情况" />
      <TextareaField name="nextMonthPlan" label={BRIEF_SECTION_LABELS.nextMonthPlan} required rows={5} defaultValue={nextMonthPlan} />
    </ActionForm>
  );
}
