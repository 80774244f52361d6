// 个案转介同意书 + 个案工作转介表: the forms' fields, shared by the pages and the commands.
import { z } from "zod";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { calendarDate, checkbox, choice, optionalReference, optionalText, reference, requiredText, version } from "@/lib/fields";
import { CONSENT_SIGNER_LABELS, EXTERNAL_DECISION_LABELS, REFERRAL_REASON_LABELS, REFERRAL_TARGET_LABELS } from "@/lib/labels";

const NARRATIVE_MAX = 4000;

/** Dates on the forms cannot lie in the future (Beijing today). */
function notInFuture<T extends z.ZodType<Date | null>>(schema: T, label: string) {
  return schema.refine((d) => !(d instanceof Date) || formatCalendarDate(d) <= formatDate(new Date()), `${label}不能晚于今天`);
}

/** Where the case is referred: a station of the district (to one of its social workers) or another organisation. */
export type ReferralTarget = keyof typeof REFERRAL_TARGET_LABELS;

/** The 转介表's narratives (encrypted). */
export const REFERRAL_NARRATIVES = ["problems", "measures", "advice"] as const;
export type ReferralNarrative = (typeof REFERRAL_NARRATIVES)[number];
export const REFERRAL_NARRATIVE_LABELS: Record<ReferralNarrative, string> = {
  problems: "服务对象问题",
  measures: "采取过的措施",
  advice: "跟进建议",
};

/** 个案工作转介表: created (no referralId) or edited while a draft (referralId + version). */
export const referralSchema = z
  .object({
    caseId: reference("个案"),
    referralId: optionalReference(),
    version: version(),
    target: choice(REFERRAL_TARGET_LABELS, "转介去向"),
    toStationId: optionalReference(),
    toWorkerId: optionalReference(),
    toOrganization: optionalText("转入机构名称", 100),
    toWorkerName: optionalText("转入机构负责社工", 50),
    toContact: optionalText("转入方联系方式", 100),
    fromContact: optionalText("转出社工联系方式", 100),
    reason: choice(REFERRAL_REASON_LABELS, "转介原因"),
    reasonNote: optionalText("转介原因说明", 200),
    problems: optionalText(REFERRAL_NARRATIVE_LABELS.problems, NARRATIVE_MAX),
    measures: optionalText(REFERRAL_NARRATIVE_LABELS.measures, NARRATIVE_MAX),
    advice: optionalText(REFERRAL_NARRATIVE_LABELS.advice, NARRATIVE_MAX),
  })
  .superRefine((v, ctx) => {
    if (v.target === "STATION") {
      if (!v.toStationId) ctx.addIssue({ code: "custom", path: ["toStationId"], message: "请选择转入社工站" });
      if (!v.toWorkerId) ctx.addIssue({ code: "custom", path: ["toWorkerId"], message: "请选择转入社工" });
    } else if (!v.toOrganization) {
      ctx.addIssue({ code: "custom", path: ["toOrganization"], message: "请填写转入机构名称" });
    }
    if (v.reason === "OTHER" && !v.reasonNote) ctx.addIssue({ code: "custom", path: ["reasonNote"], message: "转介原因为“其他”时请说明" });
    if (!v.problems) ctx.addIssue({ code: "custom", path: ["problems"], message: "请填写服务对象问题" });
    if (!v.advice) ctx.addIssue({ code: "custom", path: ["advice"], message: "请填写跟进建议" });
  })
  .transform((v) => ({
    ...v,
    // Only the chosen side is kept.
    toStationId: v.target === "STATION" ? v.toStationId : null,
    toWorkerId: v.target === "STATION" ? v.toWorkerId : null,
    toOrganization: v.target === "ORGANIZATION" ? v.toOrganization : null,
    toWorkerName: v.target === "ORGANIZATION" ? v.toWorkerName : null,
  }));

export type ReferralInput = z.input<typeof referralSchema>;

/** 个案转介同意书: the client (or guardian) signed the paper form on this date. */
export const referralConsentSchema = z
  .object({
    referralId: reference("转介"),
    version: version(),
    agreed: checkbox(),
    consentedOn: notInFuture(calendarDate("签署日期"), "签署日期"),
    consentSigner: choice(CONSENT_SIGNER_LABELS, "签字方式"),
    consentGuardianName: optionalText("监护人姓名", 50),
  })
  .superRefine((v, ctx) => {
    if (!v.agreed) ctx.addIssue({ code: "custom", path: ["agreed"], message: "请确认服务对象已阅读并同意转介，并在纸质同意书上签字" });
    if (v.consentSigner === "GUARDIAN" && !v.consentGuardianName) ctx.addIssue({ code: "custom", path: ["consentGuardianName"], message: "监护人签字时请填写监护人姓名" });
  })
  .transform((v) => ({ ...v, consentGuardianName: v.consentSigner === "GUARDIAN" ? v.consentGuardianName : null }));

/** A step on one referral (send, cancel, accept), with the version the page was loaded with. */
export const referralStepSchema = z.object({ referralId: reference("转介"), version: version() });

/** 拒绝接收: the receiver gives a reason. */
export const declineReferralSchema = referralStepSchema.extend({ note: requiredText("拒绝理由", NARRATIVE_MAX) });

/** The answer of another organisation, recorded by the sender. */
export const externalDecisionSchema = referralStepSchema.extend({
  decision: choice(EXTERNAL_DECISION_LABELS, "接收结果"),
  decidedOn: notInFuture(calendarDate("答复日期"), "答复日期"),
  note: optionalText("说明", NARRATIVE_MAX),
});

/** The seed's 个案转介同意书, with the real names filled in. */
export function referralConsentText(fromStationName: string, toName: string): string {
  return `我同意${fromStationName}因服务需要将我转介至${toName}，并将我接受服务的相关情况与我的相关个人信息一并转过去。这样做的目的是为了申请更优质、更针对性的服务。`;
}
