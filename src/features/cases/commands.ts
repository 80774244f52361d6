import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CasePlanEventKind, CasePlanStatus, CaseSource, RiskLevel } from "@/generated/prisma/enums";
import { assertVersion, defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { dueDateAfter } from "@/features/calendar/queries";
import { caseNumber } from "./helpers";
import {
  approvePlanSchema, ASSESSMENT_NARRATIVES, assessmentSchema, consentSchema, intakeSchema, openCaseSchema, PLAN_NARRATIVES, planSchema, planStepSchema, returnPlanSchema, signPlanSchema,
  type PlanNarrative,
} from "./schemas";
import { planTransition, type PlanAction, type PlanRole } from "./workflow";

/**
 * The next number of a station's year, atomically: the counter row is created or incremented under its
 * row lock, so concurrent openings wait for each other and never share a number.
 */
async function nextCaseNumber(tx: Tx, stationId: string, year: number): Promise<string> {
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO case_number_counter (station_id, year, last) VALUES (${stationId}, ${year}, 1)
    ON CONFLICT (station_id, year) DO UPDATE SET last = case_number_counter.last + 1
    RETURNING last`;
  return caseNumber(year, row.last);
}

type IntakeFields = { intakeDate: Date; source: CaseSource; sourceNote: string | null; situation: string | null; servicesBefore: string | null; crisisRisk: RiskLevel; crisisIntervention: boolean };

function intakeValues(input: IntakeFields) {
  return {
    intakeDate: input.intakeDate,
    source: input.source,
    sourceNote: input.sourceNote,
    situationEnc: encryptField(input.situation),
    servicesBeforeEnc: encryptField(input.servicesBefore),
    crisisRisk: input.crisisRisk,
    crisisIntervention: input.crisisIntervention,
  };
}

/** 开案: opens a case file for a client the actor is responsible for, with its intake record. */
export const openCaseCommand = defineCommand({
  name: "case.open",
  schema: openCaseSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const { clientId, firstContactOn, serviceDomain, ...intake } = input;
    const client = await tx.client.findFirst({
      where: { AND: [{ id: clientId }, scope.clients(actor, "client:manage")] },
      select: { id: true, districtId: true, stationId: true, ownerId: true, serviceDomain: true },
    });
    if (!client) throw new AppError("NOT_FOUND");
    const year = firstContactOn.getUTCFullYear();
    const number = await nextCaseNumber(tx, client.stationId, year);
    const assessmentDueOn = await dueDateAfter(firstContactOn, 5);
    const created = await tx.caseFile.create({
      data: {
        districtId: client.districtId, stationId: client.stationId, clientId: client.id, number, year, ownerId: client.ownerId,
        serviceDomain: serviceDomain ?? client.serviceDomain, status: "OPEN", firstContactOn, assessmentDueOn, createdById: actor.userId,
        intake: { create: { ...intakeValues(intake), createdById: actor.userId } },
      },
      select: { id: true },
    });
    return {
      target: { type: "CaseFile", id: created.id },
      detail: { number, clientId: client.id, stationId: client.stationId },
      data: { id: created.id, number },
      message: `已开案，个案编号 ${number}`,
      redirectTo: `/station/cases/${created.id}`,
    };
  },
});

/** The case, re-read through scope for the responsible worker inside the transaction. */
async function managedCase(tx: Tx, actor: Parameters<typeof scope.caseFiles>[0], caseId: string) {
  const found = await tx.caseFile.findFirst({
    where: { AND: [{ id: caseId }, scope.caseFiles(actor, "case:manage")] },
    select: { id: true, status: true, stationId: true, intake: { select: { id: true, version: true } }, assessment: { select: { id: true, version: true } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  if (found.status !== "OPEN") throw new AppError("INVALID_TRANSITION", "该个案已结案或已转介，不能再修改");
  return found;
}

/** 接案记录表: edited by the responsible worker (version of the intake). */
export const saveIntakeCommand = defineCommand({
  name: "case.save_intake",
  schema: intakeSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const { caseId, version, ...intake } = input;
    const found = await managedCase(tx, actor, caseId);
    assertVersion(found.intake, version);
    await tx.caseIntake.update({ where: { id: found.intake.id }, data: { ...intakeValues(intake), version: { increment: 1 } } });
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId }, message: "接案记录表已保存", redirectTo: `/station/cases/${found.id}` };
  },
});

/** 预估表: filled in (no version) or edited (version) by the responsible worker; at most one per case. */
export const saveAssessmentCommand = defineCommand({
  name: "case.save_assessment",
  schema: assessmentSchema,
  permission: "case:manage",
  uniqueFields: { case_file_id: { field: "_form", message: "预估表已由他人填写，请刷新后再修改" } },
  run: async ({ input, actor, tx }) => {
    const { caseId, version, assessedOn } = input;
    const found = await managedCase(tx, actor, caseId);
    const narratives = Object.fromEntries(ASSESSMENT_NARRATIVES.map((k) => [`${k}Enc`, encryptField(input[k])]));
    if (found.assessment) {
      // Someone filled it in meanwhile: an edit needs the version the form was loaded with.
      if (version === undefined) throw new AppError("CONFLICT");
      assertVersion(found.assessment, version);
      await tx.caseAssessment.update({ where: { id: found.assessment.id }, data: { assessedOn, ...narratives, version: { increment: 1 } } });
    } else {
      if (version !== undefined) throw new AppError("CONFLICT");
      await tx.caseAssessment.create({ data: { caseFileId: found.id, assessedOn, ...narratives, createdById: actor.userId } });
    }
    return {
      target: { type: "CaseFile", id: found.id },
      detail: { stationId: found.stationId, created: !found.assessment },
      message: "预估表已保存",
      redirectTo: `/station/cases/${found.id}`,
    };
  },
});

/** 接受服务同意书: recorded (no version) or edited (version) by the responsible worker; one per case. */
export const saveConsentCommand = defineCommand({
  name: "case.save_consent",
  schema: consentSchema,
  permission: "case:manage",
  uniqueFields: { case_file_id: { field: "_form", message: "接受服务同意书已由他人填写，请刷新后再修改" } },
  run: async ({ input, actor, tx }) => {
    const { caseId, version, consentedOn, signer, guardianName } = input;
    const found = await managedCase(tx, actor, caseId);
    const consent = await tx.caseConsent.findUnique({ where: { caseFileId: found.id }, select: { id: true, version: true } });
    const data = { consentedOn, signer, guardianName };
    if (consent) {
      if (version === undefined) throw new AppError("CONFLICT");
      assertVersion(consent, version);
      await tx.caseConsent.update({ where: { id: consent.id }, data: { ...data, version: { increment: 1 } } });
    } else {
      if (version !== undefined) throw new AppError("CONFLICT");
      await tx.caseConsent.create({ data: { caseFileId: found.id, ...data, createdById: actor.userId } });
    }
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId, signer }, message: "接受服务同意书已保存", redirectTo: `/station/cases/${found.id}` };
  },
});

// ───────────── 个案工作计划表 and its approval ─────────────

type PlanRow = { id: string; caseFileId: string; planVersion: number; status: CasePlanStatus; version: number; latest: boolean; signedBy: { worker: boolean; supervisor: boolean } };

/**
 * The case readable by the actor (re-read through scope inside the transaction) and the actor's role on
 * it: the owner, or a supervisor assigned to the owner at the case's station (never the owner themself).
 */
async function planCase(tx: Tx, actor: Actor, caseId: string) {
  const found = await tx.caseFile.findFirst({
    where: { AND: [{ id: caseId }, scope.caseFiles(actor)] },
    select: { id: true, status: true, stationId: true, ownerId: true, owner: { select: { supervisedBy: { where: { supervisorId: actor.userId }, select: { stationId: true } } } } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  const supervises = actor.memberships.some((m) => m.role === "SUPERVISOR" && m.stationId === found.stationId)
    && found.owner.supervisedBy.some((a) => a.stationId === found.stationId);
  const role: PlanRole = found.ownerId === actor.userId ? "owner" : supervises ? "supervisor" : "other";
  if (role === "other") throw new AppError("NOT_FOUND");
  if (found.status !== "OPEN") throw new AppError("INVALID_TRANSITION", "该个案已结案或已转介，不能再修改");
  return { ...found, role };
}

/** A plan of the case (the id from the browser is checked against the case), with its workflow state. */
async function loadPlan(tx: Tx, caseId: string, planId: string): Promise<PlanRow> {
  const plan = await tx.casePlan.findFirst({
    where: { id: planId, caseFileId: caseId },
    select: { id: true, caseFileId: true, planVersion: true, status: true, version: true, signoffs: { select: { role: true } } },
  });
  if (!plan) throw new AppError("NOT_FOUND");
  const newer = await tx.casePlan.count({ where: { caseFileId: caseId, planVersion: { gt: plan.planVersion } } });
  const { signoffs, ...rest } = plan;
  return { ...rest, latest: newer === 0, signedBy: { worker: signoffs.some((s) => s.role === "WORKER"), supervisor: signoffs.some((s) => s.role === "SUPERVISOR") } };
}

/**
 * Checks the transition on the row read in this transaction, then moves it with a guarded update (same
 * status and version as read): a concurrent step that got there first leaves nothing to update → CONFLICT.
 */
async function stepPlan(tx: Tx, actor: Actor, input: { caseId: string; planId: string; version?: number }, action: PlanAction, data: Prisma.CasePlanUpdateManyMutationInput = {}) {
  const found = await planCase(tx, actor, input.caseId);
  const plan = await loadPlan(tx, found.id, input.planId);
  const step = planTransition(plan, action, found.role);
  if (!step.ok) throw new AppError(step.code, step.message);
  assertVersion(plan, input.version);
  const moved = await tx.casePlan.updateMany({
    where: { id: plan.id, status: plan.status, version: plan.version },
    data: { ...data, status: step.to, version: { increment: 1 } },
  });
  if (moved.count !== 1) throw new AppError("CONFLICT");
  return { found, plan, to: step.to };
}

async function planEvent(tx: Tx, actor: Actor, planId: string, kind: CasePlanEventKind, fromStatus: CasePlanStatus | null, toStatus: CasePlanStatus, comment: string | null = null) {
  await tx.casePlanEvent.create({ data: { planId, kind, fromStatus, toStatus, actorId: actor.userId, actorName: actor.name, commentEnc: encryptField(comment) } });
}

const planNarratives = (input: Record<PlanNarrative, string | null>) => Object.fromEntries(PLAN_NARRATIVES.map((k) => [`${k}Enc`, encryptField(input[k])]));

/** 计划表: the first version is created (no planId), a DRAFT or RETURNED one edited (planId + version). */
export const savePlanCommand = defineCommand({
  name: "case.save_plan",
  schema: planSchema,
  permission: "case:manage",
  uniqueFields: { case_file_id: { field: "_form", message: "计划表已由他人创建，请刷新后再修改" } },
  run: async ({ input, actor, tx }) => {
    const { caseId, planId, version } = input;
    const found = await planCase(tx, actor, caseId);
    if (found.role !== "owner") throw new AppError("FORBIDDEN", "只有负责社工可以修改计划表");
    let id: string;
    if (planId) {
      const plan = await loadPlan(tx, found.id, planId);
      const step = planTransition(plan, "edit", found.role);
      if (!step.ok) throw new AppError(step.code, step.message);
      assertVersion(plan, version);
      const moved = await tx.casePlan.updateMany({ where: { id: plan.id, status: plan.status, version: plan.version }, data: { ...planNarratives(input), version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      id = plan.id;
    } else {
      if (version !== undefined) throw new AppError("CONFLICT");
      if (await tx.casePlan.count({ where: { caseFileId: found.id } })) throw new AppError("CONFLICT", "计划表已存在，请刷新后再修改");
      const created = await tx.casePlan.create({ data: { caseFileId: found.id, planVersion: 1, status: "DRAFT", ...planNarratives(input), createdById: actor.userId }, select: { id: true } });
      await planEvent(tx, actor, created.id, "CREATE", null, "DRAFT");
      id = created.id;
    }
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId, planId: id, created: !planId }, data: { planId: id }, message: "计划表已保存", redirectTo: `/station/cases/${found.id}` };
  },
});

/** 提交审批: the owner submits a DRAFT or RETURNED plan to the supervisor. */
export const submitPlanCommand = defineCommand({
  name: "case.submit_plan",
  schema: planStepSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const { found, plan, to } = await stepPlan(tx, actor, input, "submit");
    await planEvent(tx, actor, plan.id, "SUBMIT", plan.status, to);
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId, planId: plan.id, from: plan.status, to }, message: "计划表已提交督导审批", redirectTo: `/station/cases/${found.id}` };
  },
});

/** 批准: the supervisor assigned to the owner approves a SUBMITTED plan, with the 督导意见. */
export const approvePlanCommand = defineCommand({
  name: "case.approve_plan",
  schema: approvePlanSchema,
  permission: "case:read",
  run: async ({ input, actor, tx }) => {
    const { found, plan, to } = await stepPlan(tx, actor, input, "approve", input.opinion ? { supervisorOpinionEnc: encryptField(input.opinion) } : {});
    await planEvent(tx, actor, plan.id, "APPROVE", plan.status, to, input.opinion);
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId, planId: plan.id, from: plan.status, to }, message: "计划表已批准", redirectTo: `/station/cases/${found.id}` };
  },
});

/** 退回: the supervisor returns a SUBMITTED plan to the owner with a comment. */
export const returnPlanCommand = defineCommand({
  name: "case.return_plan",
  schema: returnPlanSchema,
  permission: "case:read",
  run: async ({ input, actor, tx }) => {
    const { found, plan, to } = await stepPlan(tx, actor, input, "return");
    await planEvent(tx, actor, plan.id, "RETURN", plan.status, to, input.comment);
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId, planId: plan.id, from: plan.status, to }, message: "计划表已退回负责社工修改", redirectTo: `/station/cases/${found.id}` };
  },
});

/** 签名: the owner (with the date the client signed the paper form) or the supervisor signs an APPROVED plan. */
export const signPlanCommand = defineCommand({
  name: "case.sign_plan",
  schema: signPlanSchema,
  permission: "case:read",
  uniqueFields: { plan_id: { field: "_form", message: "您已在此版本上签名" } },
  run: async ({ input, actor, tx }) => {
    const found = await planCase(tx, actor, input.caseId);
    if (found.role === "owner" && !input.clientSignedOn) throw fieldError("clientSignedOn", "请填写服务对象签名日期");
    const { plan, to } = await stepPlan(tx, actor, input, "sign", found.role === "owner" ? { clientSignedOn: input.clientSignedOn } : {});
    const role = found.role === "owner" ? "WORKER" : "SUPERVISOR";
    await tx.casePlanSignoff.create({ data: { planId: plan.id, role, userId: actor.userId, userName: actor.name } });
    await planEvent(tx, actor, plan.id, "SIGN", plan.status, to);
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId, planId: plan.id, role }, message: "已签名", redirectTo: `/station/cases/${found.id}` };
  },
});

/** 更正: an APPROVED (signed) plan is kept as it is; its content is copied into the next version as a DRAFT. */
export const correctPlanCommand = defineCommand({
  name: "case.correct_plan",
  schema: planStepSchema,
  permission: "case:manage",
  uniqueFields: { case_file_id: { field: "_form", message: "该计划表已被更正，请刷新后查看新版本" } },
  run: async ({ input, actor, tx }) => {
    const found = await planCase(tx, actor, input.caseId);
    const plan = await loadPlan(tx, found.id, input.planId);
    const step = planTransition(plan, "correct", found.role);
    if (!step.ok) throw new AppError(step.code, step.message);
    assertVersion(plan, input.version);
    const old = await tx.casePlan.findUniqueOrThrow({ where: { id: plan.id }, select: { problemsEnc: true, goalsEnc: true, planEnc: true } });
    // The unique (case, planVersion) makes a concurrent second correction fail instead of forking.
    const created = await tx.casePlan.create({
      data: { caseFileId: found.id, planVersion: plan.planVersion + 1, status: step.to, ...old, createdById: actor.userId },
      select: { id: true, planVersion: true },
    });
    await planEvent(tx, actor, created.id, "CORRECT", null, step.to, `更正第 ${plan.planVersion} 版`);
    return {
      target: { type: "CaseFile", id: found.id },
      detail: { stationId: found.stationId, planId: created.id, correctedPlanId: plan.id, planVersion: created.planVersion },
      data: { planId: created.id },
      message: `已创建计划表第 ${created.planVersion} 版（草稿），原版本保留`,
      redirectTo: `/station/cases/${found.id}`,
    };
  },
});
