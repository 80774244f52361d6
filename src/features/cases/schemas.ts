import { z } from "zod";
import { formatDate, formatCalendarDate } from "@/lib/dates";
import { calendarDate, checkbox, choice, optionalCalendarDate, optionalChoice, optionalText, reference, version } from "@/lib/fields";
import { CASE_SOURCE_LABELS, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";

const NARRATIVE_MAX = 4000;

/** Dates on the case forms cannot lie in the future (Beijing today). */
function notInFuture<T extends z.ZodType<Date | null>>(schema: T, label: string) {
  return schema.refine((d) => !(d instanceof Date) || formatCalendarDate(d) <= formatDate(new Date()), `${label}不能晚于今天`);
}

/** 接案记录表: the fields this form adds to the client record (identity fields come from the client). */
const intakeFields = {
  intakeDate: notInFuture(optionalCalendarDate("接案日期"), "接案日期"),
  source: choice(CASE_SOURCE_LABELS, "服务对象来源"),
  sourceNote: optionalText("来源说明", 200),
  situation: optionalText("服务对象情况", NARRATIVE_MAX),
  servicesBefore: optionalText("曾接受服务的情况/曾经尝试过的方法", NARRATIVE_MAX),
  crisisRisk: choice(RISK_LEVEL_LABELS, "危机因素"),
  crisisIntervention: checkbox(),
};

function refineSource<T extends { source: string; sourceNote: string | null }>(v: T, ctx: z.RefinementCtx) {
  if (v.source === "OTHER" && !v.sourceNote) ctx.addIssue({ code: "custom", path: ["sourceNote"], message: "来源为“其他”时请说明具体来源" });
}

/** 开案: a client the actor is responsible for, the first contact, and the intake form. */
export const openCaseSchema = z
  .object({
    clientId: reference("服务对象"),
    firstContactOn: notInFuture(calendarDate("首次接触日期"), "首次接触日期"),
    serviceDomain: optionalChoice(SERVICE_DOMAIN_LABELS, "服务领域"),
    ...intakeFields,
  })
  .superRefine((v, ctx) => {
    refineSource(v, ctx);
    if (v.intakeDate && v.intakeDate < v.firstContactOn) ctx.addIssue({ code: "custom", path: ["intakeDate"], message: "接案日期不能早于首次接触日期" });
  })
  .transform((v) => ({ ...v, intakeDate: v.intakeDate ?? v.firstContactOn }));

export type OpenCaseInput = z.input<typeof openCaseSchema>;

/** Editing the intake form of a case (version of the intake). */
export const intakeSchema = z
  .object({ caseId: reference("个案"), version: version(), ...intakeFields, intakeDate: notInFuture(calendarDate("接案日期"), "接案日期") })
  .superRefine(refineSource);

/** 个案工作预估表. */
export const ASSESSMENT_NARRATIVES = ["physical", "psychological", "social", "environment", "selfView", "needs", "resources", "goals", "plan"] as const;
export type AssessmentNarrative = (typeof ASSESSMENT_NARRATIVES)[number];

export const ASSESSMENT_LABELS: Record<AssessmentNarrative, string> = {
  physical: "生理方面",
  psychological: "心理方面",
  social: "社会方面",
  environment: "所处的社会环境",
  selfView: "服务对象对自己及处境的感受、观念和看法",
  needs: "需要、困境或问题（以需求为导向）",
  resources: "资源、优势与障碍（以资源为导向）",
  goals: "服务目标",
  plan: "初步服务计划",
};

export const assessmentSchema = z
  .object({
    caseId: reference("个案"),
    version: version(),
    assessedOn: notInFuture(calendarDate("预估日期"), "预估日期"),
    ...Object.fromEntries(ASSESSMENT_NARRATIVES.map((k) => [k, optionalText(ASSESSMENT_LABELS[k], NARRATIVE_MAX)])) as Record<AssessmentNarrative, ReturnType<typeof optionalText>>,
  })
  .superRefine((v, ctx) => {
    if (!v.physical && !v.psychological && !v.social && !v.environment && !v.selfView) {
      ctx.addIssue({ code: "custom", path: ["physical"], message: "请至少填写一项背景资料" });
    }
    if (!v.needs) ctx.addIssue({ code: "custom", path: ["needs"], message: "请填写服务对象问题及需要分析" });
    if (!v.goals) ctx.addIssue({ code: "custom", path: ["goals"], message: "请填写服务目标" });
    if (!v.plan) ctx.addIssue({ code: "custom", path: ["plan"], message: "请填写初步服务计划" });
  });
