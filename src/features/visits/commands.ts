import "server-only";
// 探访记录表: the worker records and edits their visits (edits only while unsigned — a signed one is
// corrected through the generic document steps), the worker's supervisor gives an opinion before the
// station head countersigns (from 待签署文书: the head does not read visits), and a special situation
// followed up as a case is linked to the worker's case file.
import type { FollowUpKind } from "@/generated/prisma/enums";
import { defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { documentRole, editableDocument, signedRoles } from "@/features/documents/commands";
import { workerStationIds } from "./helpers";
import { linkSituationCaseSchema, visitOpinionSchema, visitSchema } from "./schemas";

type Station = { id: string; districtId: string; streetOfficeId: string };
type HouseholdRow = { name: string; householdId: string | null; note: string | null; index: number };
type SituationRow = { id: string | null; names: string; description: string; followUp: FollowUpKind; followUpNote: string | null; index: number };

/** 村（社区）: optional, one of the communities of the station's street. */
async function checkCommunity(tx: Tx, station: Station, communityId: string | null) {
  if (!communityId) return;
  const found = await tx.community.findFirst({ where: { id: communityId, streetOfficeId: station.streetOfficeId, districtId: station.districtId }, select: { id: true } });
  if (!found) throw fieldError("communityId", "请选择本站所在街道（乡镇）的村（社区）");
}

/**
 * A row of 探访名单 may name a registered household: one of the station's that the worker reads (through a
 * client they are responsible for), or one the visit already named.
 */
async function checkHouseholds(tx: Tx, actor: Actor, stationId: string, rows: HouseholdRow[], kept: Set<string>) {
  const wanted = [...new Set(rows.map((r) => r.householdId).filter((id): id is string => !!id && !kept.has(id)))];
  if (wanted.length === 0) return;
  const readable = new Set(
    (await tx.household.findMany({ where: { AND: [{ id: { in: wanted }, stationId }, scope.households(actor, "client:read")] }, select: { id: true } })).map((h) => h.id),
  );
  const bad = rows.find((r) => r.householdId && !kept.has(r.householdId) && !readable.has(r.householdId));
  if (bad) throw fieldError(`households.${bad.index}.householdId`, "请选择您负责的服务对象所在的家庭");
}

const householdValues = (rows: HouseholdRow[]) => rows.map((r) => ({ name: r.name, householdId: r.householdId, note: r.note }));

const situationValues = (s: SituationRow) => ({
  namesEnc: encryptField(s.names)!, descriptionEnc: encryptField(s.description)!, followUp: s.followUp, followUpNote: s.followUpNote,
});

/** Create (no visitId: the actor is the responsible worker) or edit (the worker, unsigned, visitId + version) a visit. */
export const saveVisitCommand = defineCommand({
  name: "visit.save",
  schema: visitSchema,
  permission: "visit:manage",
  run: async ({ input, actor, tx }) => {
    const { visitId, version, stationId: requested, communityId, households, situations, content, ...plain } = input;

    if (visitId) {
      const doc = await editableDocument(tx, actor, "VISIT", visitId, version);
      const station = await tx.station.findUniqueOrThrow({ where: { id: doc.stationId }, select: { id: true, districtId: true, streetOfficeId: true } });
      const current = doc.row as { households: { householdId: string | null }[]; situations: { id: string; followUp: FollowUpKind; caseFileId: string | null }[] };
      await checkCommunity(tx, station, communityId);
      await checkHouseholds(tx, actor, station.id, households, new Set(current.households.map((h) => h.householdId).filter((id): id is string => !!id)));
      const known = new Map(current.situations.map((s) => [s.id, s]));
      // A row of the form that names a situation this visit no longer has: someone changed it meanwhile.
      if (situations.some((s) => s.id && !known.has(s.id))) throw new AppError("CONFLICT");

      const moved = await tx.visit.updateMany({
        where: { id: doc.id, version: doc.version },
        data: { ...plain, communityId, contentEnc: encryptField(content), version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      await tx.visitHousehold.deleteMany({ where: { visitId: doc.id } });
      await tx.visitHousehold.createMany({ data: householdValues(households).map((h) => ({ ...h, visitId: doc.id })) });
      const keptIds = situations.map((s) => s.id).filter((id): id is string => !!id);
      await tx.visitSituation.deleteMany({ where: { visitId: doc.id, id: { notIn: keptIds } } });
      for (const s of situations) {
        if (s.id) {
          // A linked case stays linked while the situation is still followed up as a case.
          const caseFileId = s.followUp === "CASE" ? known.get(s.id)!.caseFileId : null;
          await tx.visitSituation.update({ where: { id: s.id }, data: { ...situationValues(s), caseFileId } });
        } else {
          await tx.visitSituation.create({ data: { ...situationValues(s), visitId: doc.id } });
        }
      }
      return {
        target: { type: "Visit", id: doc.id },
        detail: { stationId: station.id, households: households.length, householdCount: plain.householdCount, situations: situations.length },
        message: "探访记录表已保存",
        redirectTo: `/station/visits/${doc.id}`,
      };
    }

    if (version !== undefined) throw new AppError("CONFLICT");
    const own = workerStationIds(actor);
    const chosen = requested ?? (own.length === 1 ? own[0] : null);
    if (!chosen && own.length > 1) throw fieldError("stationId", "请选择社工站");
    const station = chosen && own.includes(chosen)
      ? await tx.station.findFirst({ where: { AND: [{ id: chosen }, scope.stations(actor, "visit:manage")] }, select: { id: true, districtId: true, streetOfficeId: true } })
      : null;
    if (!station) throw new AppError("NOT_FOUND");
    await checkCommunity(tx, station, communityId);
    await checkHouseholds(tx, actor, station.id, households, new Set());

    const created = await tx.visit.create({
      data: {
        ...plain, districtId: station.districtId, stationId: station.id, communityId, workerId: actor.userId, createdById: actor.userId,
        contentEnc: encryptField(content),
        households: { create: householdValues(households) },
        situations: { create: situations.map(situationValues) },
      },
      select: { id: true },
    });
    return {
      target: { type: "Visit", id: created.id },
      detail: { stationId: station.id, created: true, households: households.length, householdCount: plain.householdCount, situations: situations.length },
      data: { id: created.id },
      message: "探访记录表已保存",
      redirectTo: `/station/visits/${created.id}`,
    };
  },
});

/**
 * 督导意见: the supervisor assigned to the visit's worker at that station writes (or rewrites) the opinion,
 * until the station head has signed the current revision.
 */
export const saveVisitOpinionCommand = defineCommand({
  name: "visit.opinion",
  schema: visitOpinionSchema,
  permission: "visit:read",
  run: async ({ input, actor, tx }) => {
    const visit = await tx.visit.findFirst({
      where: { AND: [{ id: input.visitId }, scope.visits(actor, "visit:read")] },
      select: { id: true, stationId: true, workerId: true, version: true },
    });
    if (!visit) throw new AppError("NOT_FOUND");
    const role = documentRole(actor, { stationId: visit.stationId, ownerId: visit.workerId });
    if (role !== "supervisor") throw new AppError("FORBIDDEN", "只有该社工的督导可以填写督导意见");
    if ((await signedRoles(tx, visit.id)).includes("STATION_HEAD")) {
      throw new AppError("INVALID_TRANSITION", "机构（站点）负责人已签名，不能再修改督导意见（如需修改，请负责社工先“更正”）");
    }
    if (input.version !== undefined && input.version !== visit.version) throw new AppError("CONFLICT");
    const moved = await tx.visit.updateMany({
      where: { id: visit.id, version: visit.version },
      data: { supervisorOpinionEnc: encryptField(input.opinion), version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return { target: { type: "Visit", id: visit.id }, detail: { stationId: visit.stationId }, message: "督导意见已保存", redirectTo: `/station/visits/${visit.id}` };
  },
});

/**
 * Links a special situation (跟进形式：个案) of the actor's own visit to an open case the actor owns at the
 * visit's station — from the visit page, or right after 开案 from the situation (openCaseCommand).
 */
export async function linkSituationToCase(tx: Tx, actor: Actor, situationId: string, caseFileId: string) {
  const situation = await tx.visitSituation.findFirst({
    where: { id: situationId, visit: scope.visits(actor, "visit:manage") },
    select: { id: true, followUp: true, caseFileId: true, visit: { select: { id: true, stationId: true } } },
  });
  if (!situation) throw new AppError("NOT_FOUND");
  if (situation.followUp !== "CASE") throw new AppError("INVALID_TRANSITION", "只有跟进形式为“个案”的特殊情况可以关联个案");
  const caseFile = await tx.caseFile.findFirst({
    where: { AND: [{ id: caseFileId, stationId: situation.visit.stationId }, scope.caseFiles(actor, "case:manage")] },
    select: { id: true, number: true, status: true },
  });
  if (!caseFile) throw new AppError("NOT_FOUND");
  if (caseFile.status !== "OPEN") throw new AppError("INVALID_TRANSITION", "该个案已结案或已转介，不能关联");
  await tx.visitSituation.update({ where: { id: situation.id }, data: { caseFileId: caseFile.id } });
  return { situation, caseFile };
}

/**
 * 特殊情况 → 个案: the visit's worker links a situation followed up as a case to one of their own open case
 * files at the visit's station (after opening it from the client's page). Linking records where the
 * follow-up went; it does not change what was written or signed, so it is allowed on a signed visit.
 */
export const linkSituationCaseCommand = defineCommand({
  name: "visit.link_case",
  schema: linkSituationCaseSchema,
  permission: "visit:manage",
  run: async ({ input, actor, tx }) => {
    const { situation, caseFile } = await linkSituationToCase(tx, actor, input.situationId, input.caseFileId);
    return {
      target: { type: "Visit", id: situation.visit.id },
      detail: { stationId: situation.visit.stationId, situationId: situation.id, caseFileId: caseFile.id, number: caseFile.number, previous: situation.caseFileId },
      message: `已关联个案 ${caseFile.number}`,
      redirectTo: `/station/visits/${situation.visit.id}`,
    };
  },
});
