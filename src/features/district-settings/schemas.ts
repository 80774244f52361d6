import { z } from "zod";
import { count, reference } from "@/lib/fields";

/** Latest day of the month a monthly brief may be due on (every month has it). */
export const MAX_BRIEF_DUE_DAY = 28;
export const DEFAULT_BRIEF_DUE_DAY = 5;

/** "每月简报应于次月 5 日前报送". */
export const briefDueExplanation = (day: number) => `每月简报应于次月 ${day} 日前报送`;

/** 本区设置: the district (the admin's own) and, for optimistic concurrency, the value the form was opened with. */
export const districtSettingsSchema = z.object({
  districtId: reference("区"),
  briefDueDay: count("月度工作简报报送日", { min: 1, max: MAX_BRIEF_DUE_DAY }),
  previousBriefDueDay: count("原报送日", { min: 1, max: MAX_BRIEF_DUE_DAY }).optional(),
});
