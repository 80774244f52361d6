import "server-only";
import type { CaseSource, RiskLevel } from "@/generated/prisma/enums";
import { assertVersion, defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { scope } from "@/server/scope";
import { dueDateAfter } from "@/features/calendar/queries";
import { caseNumber } from "./helpers";
import { ASSESSMENT_NARRATIVES, assessmentSchema, intakeSchema, openCaseSchema } from "./schemas";

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
