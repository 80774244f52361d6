// The 月度工作简报's wording (seed 004, ~2795–2805) and how each standing looks in the grid.
import type { BriefStanding } from "./standing";

export type BriefSection = "dailyWork" | "highlights" | "nextMonthPlan";

export const BRIEF_SECTIONS: readonly BriefSection[] = ["dailyWork", "highlights", "nextMonthPlan"];

/** The form's field labels. */
export const BRIEF_SECTION_LABELS: Record<BriefSection, string> = {
  dailyWork: "1、日常工作（探访、服务、接待、活动等）",
  highlights: "2、特色、亮点及重点工作",
  nextMonthPlan: "3、下月度的工作计划",
};

/** The seed's "具体内容" lines, as printed in the Word export. */
export const BRIEF_SECTION_PRINTED: Record<BriefSection, string> = {
  dailyWork: "1、梳理本月探访、服务、接待、活动等各项日常工作的开展情况；",
  highlights: "2、梳理本月特色、亮点及重点工作的开展情况；",
  nextMonthPlan: "3、下月度的工作计划。",
};

/** What a missing section is called in the submission's refusal ("请填写…"). */
export const BRIEF_SECTION_REQUIRED: Record<BriefSection, string> = {
  dailyWork: "提交前请填写本月探访、服务、接待、活动等日常工作",
  highlights: "提交前请填写本月特色、亮点及重点工作",
  nextMonthPlan: "提交前请填写下月度的工作计划",
};

/** Cell colours of the stations × months grid and the legend. */
export const BRIEF_STANDING_CELL: Record<BriefStanding, string> = {
  ACCEPTED: "bg-green-100 text-green-800 ring-green-300",
  SUBMITTED: "bg-blue-100 text-blue-800 ring-blue-300",
  LATE: "bg-amber-100 text-amber-900 ring-amber-300",
  RETURNED: "bg-orange-100 text-orange-900 ring-orange-300",
  DRAFT: "bg-slate-100 text-slate-700 ring-slate-300",
  MISSING: "bg-red-100 text-red-800 ring-red-300",
  NOT_DUE: "bg-white text-slate-400 ring-slate-200",
};

export const BRIEF_STANDING_TONE: Record<BriefStanding, "slate" | "green" | "red" | "amber" | "blue"> = {
  ACCEPTED: "green",
  SUBMITTED: "blue",
  LATE: "amber",
  RETURNED: "amber",
  DRAFT: "slate",
  MISSING: "red",
  NOT_DUE: "slate",
};
