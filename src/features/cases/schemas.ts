import { z } from "zod";
import { checkbox, choice, NARRATIVE_MAX, optionalChoice, optionalPastCalendarDate, optionalReference, optionalText, pastCalendarDate, reference, version } from "@/lib/fields";
import { CASE_SOURCE_LABELS, CONSENT_SIGNER_LABELS, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";



/** 接案记录表: the fields this form adds to the client record (identity fields come from the client). */
const intakeFields = {
  intakeDate: optionalPastCalendarDate("接案日期"),
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
    firstContactOn: pastCalendarDate("首次接触日期"),
    serviceDomain: optionalChoice(SERVICE_DOMAIN_LABELS, "服务领域"),
    /** 开案 from a visit's special situation: linked to the new case in the same transaction. */
    visitSituationId: optionalReference(),
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
  .object({ caseId: reference("个案"), version: version(), ...intakeFields, intakeDate: pastCalendarDate("接案日期") })
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
    assessedOn: pastCalendarDate("预估日期"),
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

/** 接受服务同意书: the terms of the seed form, shown read-only above the form. */
export const CONSENT_TERMS = {
  intro: "甲方同意乙方社会工作服务站（以下简称社工站）派遣社会工作者（以下简称社工）为我提供个案辅导服务。",
  client: [
    "甲方有权了解个案服务所包含的内容，并自愿接受该服务。",
    "甲方同意该社工站在保密的情况下记录甲方个人信息，并将服务过程作为内部档案留存；服务过程也会保密，甲方的所有真实信息不会被无关的第三方获悉。",
    "甲方有义务将真实的提供相关资料，以便乙方社工根据资料制定相应的服务方案。",
    "甲方了解服务效果与自己的参与度密切相关，在接受服务的同时，甲方仍然负有解决问题的主要及自主责任。",
    "甲方与乙方社工的关系是专业工作关系，非私人及朋友关系。在服务过程中应避免经济利益、私人馈赠及情感关系发生。",
    "若服务目标已达成，乙方社工会主动商讨结束服务。甲方也有权利随时与乙方协商，提出终止服务。",
    "若甲方的问题超出乙方服务范围，乙方社工将会主动商讨转介服务，说明转介理由，并告知转入机构（站点）的基本信息。",
    "甲方有权就社工违反职业操守和职业道德或侵犯您合法权利的行为向当地民政部门进行投诉。",
    "甲方有义务尊重社工的人格及工作，并对自身的言行负责。",
  ],
  station: [
    "乙方将聘请具有相关专业资质的社工向甲方提供个案服务。社工会遵循真诚、尊重、保密、个别化、接纳的原则竭诚为甲方服务。",
    "乙方在不违反相关法律/守则情况下，将甲方的所有真实信息保密，甲方的资料不会被无关的第三方获悉。",
    "甲方与乙方的关系是专业工作关系，非私人及朋友关系。在服务过程中不与甲方产生经济利益、私人馈赠及情感关系发生。",
  ],
} as const;

export const consentSchema = z
  .object({
    caseId: reference("个案"),
    version: version(),
    agreed: checkbox(),
    consentedOn: pastCalendarDate("签订日期"),
    signer: choice(CONSENT_SIGNER_LABELS, "签字方式"),
    guardianName: optionalText("监护人姓名", 50),
  })
  .superRefine((v, ctx) => {
    if (!v.agreed) ctx.addIssue({ code: "custom", path: ["agreed"], message: "请确认服务对象已阅读并同意以上条款" });
    if (v.signer === "GUARDIAN" && !v.guardianName) ctx.addIssue({ code: "custom", path: ["guardianName"], message: "监护人签字时请填写监护人姓名" });
  })
  .transform((v) => ({ ...v, guardianName: v.signer === "GUARDIAN" ? v.guardianName : null }));

/** 个案工作计划表. */
export const PLAN_NARRATIVES = ["problems", "goals", "plan"] as const;
export type PlanNarrative = (typeof PLAN_NARRATIVES)[number];

export const PLAN_LABELS: Record<PlanNarrative, string> = {
  problems: "案主问题及需求分析",
  goals: "服务目标（与服务对象商议后制定）",
  plan: "服务计划",
};

export const planSchema = z
  .object({
    caseId: reference("个案"),
    planId: optionalReference(),
    version: version(),
    ...Object.fromEntries(PLAN_NARRATIVES.map((k) => [k, optionalText(PLAN_LABELS[k], NARRATIVE_MAX)])) as Record<PlanNarrative, ReturnType<typeof optionalText>>,
  })
  .superRefine((v, ctx) => {
    for (const k of PLAN_NARRATIVES) if (!v[k]) ctx.addIssue({ code: "custom", path: [k], message: `请填写${PLAN_LABELS[k]}` });
  });
