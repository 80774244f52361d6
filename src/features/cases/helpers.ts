// Pure helpers of the case file, shared by pages and tests.

/** 个案咨询资料清单: the rows of the seed's checklist, in its order. */
export const CASE_CHECKLIST = [
  { key: "cover", label: "个案资料封面" },
  { key: "checklist", label: "个案咨询资料清单" },
  { key: "intake", label: "个案工作接案记录表" },
  { key: "assessment", label: "个案工作预估表" },
  { key: "agreement", label: "个案工作服务协议" },
  { key: "plan", label: "个案工作计划表" },
  { key: "sessions", label: "个案工作过程记录表" },
  { key: "evaluation", label: "个案工作评估表" },
  { key: "closure", label: "个案工作结案表" },
  { key: "referralConsent", label: "个案转介同意书" },
  { key: "referral", label: "个案工作转介表" },
  { key: "other", label: "其他文件" },
] as const;

export type ChecklistKey = (typeof CASE_CHECKLIST)[number]["key"];

/**
 * Which documents of the file exist (the cover and the checklist itself are generated from the case
 * file, so they exist with it); sessions count how many 过程记录表 there are.
 */
export function caseChecklist(documents: {
  intake: boolean; assessment: boolean; consent?: boolean; plan?: boolean; sessions?: number; evaluation?: boolean; closure?: boolean; referralConsent?: boolean; referral?: boolean; other?: boolean;
}) {
  const present: Partial<Record<ChecklistKey, boolean>> = {
    cover: true, checklist: true, intake: documents.intake, assessment: documents.assessment, agreement: documents.consent ?? false, plan: documents.plan ?? false,
    sessions: (documents.sessions ?? 0) > 0, evaluation: documents.evaluation ?? false, closure: documents.closure ?? false,
    referralConsent: documents.referralConsent ?? false, referral: documents.referral ?? false, other: documents.other ?? false,
  };
  return CASE_CHECKLIST.map((row) => ({ ...row, done: present[row.key] ?? false, count: row.key === "sessions" ? (documents.sessions ?? 0) : undefined }));
}

/** GA-2026-0001: 个案 number per station and year. */
export function caseNumber(year: number, serial: number): string {
  return `GA-${year}-${String(serial).padStart(4, "0")}`;
}

export type AssessmentDeadline = "done" | "overdue" | "dueSoon" | "pending";

/** Where a case stands against its 5-working-day assessment deadline (dates as YYYY-MM-DD). */
export function assessmentDeadline(c: { hasAssessment: boolean; dueOn: string }, today: string, soonLimit: string): AssessmentDeadline {
  if (c.hasAssessment) return "done";
  if (c.dueOn < today) return "overdue";
  if (c.dueOn <= soonLimit) return "dueSoon";
  return "pending";
}
