// Pure wording and helpers of 过程记录表, 评估表 and 结案表, shared by their schemas (server), forms (client),
// pages and tests. The labels are the seed forms' own words.
import type { SessionForm } from "@/generated/prisma/enums";
import { SESSION_FORM_LABELS, type YES_NO_LABELS } from "@/lib/labels";

export type YesNo = keyof typeof YES_NO_LABELS;
export const yesNoOf = (value: boolean | null | undefined): YesNo | null => (value === true ? "YES" : value === false ? "NO" : null);

// ───────────── 个案工作过程记录表（第 N 次） ─────────────

export const SESSION_NARRATIVES = ["aim", "process", "reflection", "nextPlan"] as const;
export type SessionNarrative = (typeof SESSION_NARRATIVES)[number];

export const SESSION_LABELS: Record<SessionNarrative, string> = {
  aim: "介入目标或介入思路",
  process: "介入过程",
  reflection: "经验与反思",
  nextPlan: "下次介入计划与建议",
};

/** Hints printed on the seed form under a heading. */
export const SESSION_HINTS: Partial<Record<SessionNarrative, string>> = {
  process: "服务对象的语言及非语言表达、工作者的处理、服务对象感受和反应",
};

export const SESSION_FIELD_LABELS = {
  sessionDate: "日期",
  startTime: "时段开始",
  endTime: "时段结束",
  form: "服务形式",
  formNote: "服务形式说明",
  place: "地点",
} as const;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" on a 24-hour clock (the browser's time input sends this). */
export function isClockTime(value: string): boolean {
  return TIME.test(value);
}

/** 时段 as the form prints it: 14:00-16:00. */
export function timeSlot(start: string, end: string): string {
  return `${start}-${end}`;
}

/** 面谈 / 电话 …, with the note for 其他. */
export function sessionFormText(form: SessionForm, note: string | null): string {
  return form === "OTHER" && note ? `${SESSION_FORM_LABELS.OTHER}（${note}）` : SESSION_FORM_LABELS[form];
}

// ───────────── 个案工作评估表 ─────────────

/** The client's part (以下内容由服务对象填写), in the form's order. */
export const EVALUATION_LABELS = {
  evaluatedOn: "评估日期",
  servicesReceived: "您接受了社会工作者的哪些服务？",
  abilityImproved: "接受了社会工作者的服务后，您应对困难、解决问题的能力是否获得提升？",
  abilityNote: "说明",
  satisfaction: "您对社会工作者的表现满意吗？",
  improvement: "自接受本机构服务后，您的情况有否改善？",
  goalAttainment: "本服务结束之时，您与社会工作者商定的目标达成情况如何？",
  goalNote: "原因说明",
  comments: "其他评价及建议",
  clientSignedOn: "服务对象签名日期",
} as const;

/** The supervisor's part (以下内容由督导者填写). */
export const EVALUATION_REVIEW_NARRATIVES = ["serviceReview", "workerReview", "supervisorOpinion"] as const;
export type EvaluationReviewNarrative = (typeof EVALUATION_REVIEW_NARRATIVES)[number];
export const EVALUATION_REVIEW_LABELS: Record<EvaluationReviewNarrative, string> = {
  serviceReview: "对社工服务情况评价",
  workerReview: "负责社工的表现评价",
  supervisorOpinion: "督导意见",
};

/** The 1–10 scale of questions 3 and 4 (1 完全没有改善 … 10 完全解决). */
export const SCORE_VALUES = Array.from({ length: 10 }, (_, i) => String(i + 1));
export const SCORE_ENDS = { low: "完全没有改善", high: "完全解决" } as const;

// ───────────── 个案工作结案表 ─────────────

/** 介入过程及现状总结: the four numbered points. */
export const CLOSURE_NARRATIVES = ["span", "changes", "clientState", "observations"] as const;
export type ClosureNarrative = (typeof CLOSURE_NARRATIVES)[number];
export const CLOSURE_SUMMARY_LABELS: Record<ClosureNarrative, string> = {
  span: "服务时间跨度、服务次数、服务方式",
  changes: "服务对象的情况变化，问题解决程度",
  clientState: "目前服务对象的意愿、情绪、期望等",
  observations: "社会工作者观察、总结",
};

export const CLOSURE_LABELS = {
  closedOn: "结案日期",
  summary: "介入过程及现状总结",
  goalAttainment: "目标达成情况",
  goalAttainmentHint: "案主前后的变化、案主自我评估、督导的评估等",
  reason: "结案原因",
  reasonNote: "说明",
  clientKnowsReturn: "服务对象知道个案已结束并知道在有需要时如何得到服务",
  followUp: "结案后回访跟进计划",
} as const;

/** Reasons that allow closing before the plan is approved (the client left or the need is not ours). */
export const EARLY_CLOSURE_REASONS = ["CLIENT_DECLINED", "OUT_OF_SCOPE", "OTHER"] as const;
export const EARLY_CLOSURE_MESSAGE = "计划表尚未批准，只有服务对象不愿继续、超出服务范围或其他情况可提前结案";

/**
 * The suggested text of point 1 (服务时间跨度、服务次数、服务方式), from the case's first contact to today
 * and its 过程记录表: "服务时间2026-11-02至2026-11-22，共 3 次，服务方式：面谈 2 次、电话 1 次".
 */
export function spanSuggestion(firstContactOn: string, today: string, forms: readonly SessionForm[]): string {
  const counts = new Map<SessionForm, number>();
  for (const f of forms) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ways = (Object.keys(SESSION_FORM_LABELS) as SessionForm[]).filter((f) => counts.has(f)).map((f) => `${SESSION_FORM_LABELS[f]} ${counts.get(f)} 次`);
  return `服务时间${firstContactOn}至${today}，共 ${forms.length} 次${ways.length ? `，服务方式：${ways.join("、")}` : ""}`;
}
