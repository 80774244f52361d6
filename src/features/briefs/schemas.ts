import { z } from "zod";
import { isMonth } from "@/lib/dates";
import { NARRATIVE_MAX, optionalReference, optionalText, version } from "@/lib/fields";
import { BRIEF_SECTION_LABELS } from "./labels";

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/**
 * brief.save: an edit of a brief (briefId + version) or the first save of a (contract, station, month) — 起草
 * sends no prose, the edit form the three sections.
 */
export const briefSchema = z
  .object({
    briefId: optionalReference(),
    version: version(),
    contractId: optionalReference(),
    stationId: optionalReference(),
    month: z.preprocess(str, z.string().trim().max(7, "月份格式应为 YYYY-MM")),
    dailyWork: optionalText(BRIEF_SECTION_LABELS.dailyWork, NARRATIVE_MAX),
    highlights: optionalText(BRIEF_SECTION_LABELS.highlights, NARRATIVE_MAX),
    nextMonthPlan: optionalText(BRIEF_SECTION_LABELS.nextMonthPlan, NARRATIVE_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.briefId) return;
    if (!v.contractId) ctx.addIssue({ code: "custom", path: ["contractId"], message: "请选择服务项目" });
    if (!v.stationId) ctx.addIssue({ code: "custom", path: ["stationId"], message: "请选择社工站" });
    if (!isMonth(v.month)) ctx.addIssue({ code: "custom", path: ["month"], message: "月份应为有效年月，格式 YYYY-MM" });
  });

export type BriefInput = z.output<typeof briefSchema>;
