// The case file's printable forms in the order of the 个案咨询资料清单, and which sheets each prints.
import type { CaseFileForPrint } from "../case-file";
import type { FormSpec } from "../layout";
import { agreementForm } from "./agreement";
import { assessmentForm } from "./assessment";
import { checklistForm } from "./checklist";
import { closureForm } from "./closure";
import { coverForm } from "./cover";
import { evaluationForm } from "./evaluation";
import { intakeForm } from "./intake";
import { planForm } from "./plan";
import { referralConsentForm, referralConsentForms } from "./referral-consent";
import { referralForm, referralForms } from "./referral";
import { sessionForm, sessionForms } from "./session";

/** URL segment, the checklist row it prints, and its name. */
export const CASE_PRINT_FORMS = [
  { key: "cover", checklist: "cover", label: "个案资料封面" },
  { key: "checklist", checklist: "checklist", label: "个案咨询资料清单" },
  { key: "intake", checklist: "intake", label: "个案工作接案记录表" },
  { key: "assessment", checklist: "assessment", label: "个案工作预估表" },
  { key: "agreement", checklist: "agreement", label: "个案工作服务协议（接受服务同意书）" },
  { key: "plan", checklist: "plan", label: "个案工作计划表" },
  { key: "sessions", checklist: "sessions", label: "个案工作过程记录表" },
  { key: "evaluation", checklist: "evaluation", label: "个案工作评估表" },
  { key: "closure", checklist: "closure", label: "个案工作结案表" },
  { key: "referral-consent", checklist: "referralConsent", label: "个案转介同意书" },
  { key: "referral", checklist: "referral", label: "个案工作转介表" },
] as const;

export type CasePrintForm = (typeof CASE_PRINT_FORMS)[number]["key"] | "all";

export function isCasePrintForm(value: string): value is CasePrintForm {
  return value === "all" || CASE_PRINT_FORMS.some((f) => f.key === value);
}

/**
 * The sheets of one form: the record's, or the seed's empty form when there is none (to fill on paper).
 * Sessions: all of them, or the one numbered `seq`. Referrals: one sheet per referral.
 */
export function caseFormSpecs(file: CaseFileForPrint, form: Exclude<CasePrintForm, "all">, opts: { seq?: number } = {}): FormSpec[] {
  switch (form) {
    case "cover": return [coverForm(file)];
    case "checklist": return [checklistForm(file)];
    case "intake": return [intakeForm(file)];
    case "assessment": return [assessmentForm(file)];
    case "agreement": return [agreementForm(file)];
    case "plan": return [planForm(file)];
    case "sessions": return sessionForms(file, opts.seq);
    case "evaluation": return [evaluationForm(file)];
    case "closure": return [closureForm(file)];
    case "referral-consent": return referralConsentForms(file);
    case "referral": return referralForms(file);
  }
}

/**
 * The whole file in the checklist's order: the cover, the checklist and every document that exists (the
 * same ones the checklist ticks) — no blank forms. The print view's 打印全部 and the Word export.
 */
export function allCaseFormSpecs(file: CaseFileForPrint): FormSpec[] {
  return [
    coverForm(file),
    checklistForm(file),
    ...(file.intake ? [intakeForm(file)] : []),
    ...(file.assessment ? [assessmentForm(file)] : []),
    ...(file.consent ? [agreementForm(file)] : []),
    ...(file.plan ? [planForm(file)] : []),
    ...file.sessions.map((s) => sessionForm(file, s)),
    ...(file.evaluation ? [evaluationForm(file)] : []),
    ...(file.closure ? [closureForm(file)] : []),
    ...file.referrals.filter((r) => r.consentedOn).map((r) => referralConsentForm(file, r)),
    ...file.referrals.filter((r) => r.status !== "DRAFT").map((r) => referralForm(file, r)),
  ];
}

export function printSpecs(file: CaseFileForPrint, form: CasePrintForm, opts: { seq?: number } = {}): FormSpec[] {
  return form === "all" ? allCaseFormSpecs(file) : caseFormSpecs(file, form, opts);
}
