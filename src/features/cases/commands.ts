import "server-only";
import type { CaseSource, RiskLevel } from "@/generated/prisma/enums";
import { assertVersion, defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { scope } from "@/server/scope";
import { dueDateAfter } from "@/features/calendar/queries";
import { editableDocument, recordDocumentEvent } from "@/features/documents/commands";
import { linkSituationToCase } from "@/features/visits/commands";
import { caseNumber } from "./helpers";
import { ASSESSMENT_NARRATIVES, assessmentSchema, consentSchema, intakeSchema, openCaseSchema, PLAN_NARRATIVES, planSchema, type PlanNarrative } from "./schemas";

/**
 * The next number of a station's year, atomically: the counter row is created or incremented under its
 * row lock, so concurrent openings wait for each other and never share a number.
 */
export async function nextCaseNumber(tx: Tx, stationId: string, year: number): Promise<string> {
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
    const { clientId, firstContactOn, serviceDomain, visitSituationId, ...intake } = input;
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
    if (visitSituationId) await linkSituationToCase(tx, actor, visitSituationId, created.id);
    return {
      target: { type: "CaseFile", id: created.id },
      detail: { number, clientId: client.id, stationId: client.stationId, ...(visitSituationId ? { visitSituationId } : {}) },
      data: { id: created.id, number },
      message: `已开案，个案编号 ${number}`,
      redirectTo: `/station/cases/${created.id}`,
    };
  },
});

/** The case, re-read through scope for its responsible worker inside the transaction; it must be open (every form's save). */
export async function managedCase(tx: Tx, actor: Parameters<typeof scope.caseFiles>[0], caseId: string) {
  const found = await tx.caseFile.findFirst({
    where: { AND: [{ id: caseId }, scope.caseFiles(actor, "case:manage")] },
    select: { id: true, status: true, stationId: true, firstContactOn: true, intake: { select: { id: true, version: true } }, assessment: { select: { id: true, version: true } } },
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
    if (!found.intake) throw new AppError("NOT_FOUND");
    const doc = await editableDocument(tx, actor, "INTAKE", found.intake.id, version);
    const moved = await tx.caseIntake.updateMany({ where: { id: doc.id, version: doc.version }, data: { ...intakeValues(intake), version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
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
      const doc = await editableDocument(tx, actor, "ASSESSMENT", found.assessment.id, version);
      const moved = await tx.caseAssessment.updateMany({ where: { id: doc.id, version: doc.version }, data: { assessedOn, ...narratives, version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT");
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

// ───────────── 个案工作计划表 (its approval, signatures and corrections are the generic document steps) ─────────────

const planNarratives = (input: Record<PlanNarrative, string | null>) => Object.fromEntries(PLAN_NARRATIVES.map((k) => [`${k}Enc`, encryptField(input[k])]));

/** 计划表: created once per case (no planId), then edited while DRAFT or RETURNED and unsigned (planId + version). */
export const savePlanCommand = defineCommand({
  name: "case.save_plan",
  schema: planSchema,
  permission: "case:manage",
  uniqueFields: { case_file_id: { field: "_form", message: "计划表已由他人创建，请刷新后再修改" } },
  run: async ({ input, actor, tx }) => {
    const { caseId, planId, version } = input;
    const found = await managedCase(tx, actor, caseId);
    let id: string;
    if (planId) {
      const plan = await editableDocument(tx, actor, "PLAN", planId, version);
      if (plan.caseFileId !== found.id) throw new AppError("NOT_FOUND");
      const moved = await tx.casePlan.updateMany({ where: { id: plan.id, status: plan.status!, version: plan.version }, data: { ...planNarratives(input), version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      id = plan.id;
    } else {
      if (version !== undefined) throw new AppError("CONFLICT");
      const created = await tx.casePlan.create({ data: { caseFileId: found.id, status: "DRAFT", ...planNarratives(input), createdById: actor.userId }, select: { id: true } });
      await recordDocumentEvent(tx, actor, { kind: "PLAN", id: created.id }, "CREATE", null, "DRAFT");
      id = created.id;
    }
    return { target: { type: "CaseFile", id: found.id }, detail: { stationId: found.stationId, planId: id, created: !planId }, data: { planId: id }, message: "计划表已保存", redirectTo: `/station/cases/${found.id}/plan` };
  },
});
