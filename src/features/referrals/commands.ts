import "server-only";
// 转介: the responsible worker drafts the 个案工作转介表 (to a social worker of another station of the district,
// or to another organisation), records the client's 个案转介同意书, and sends it. A station's receiver
// accepts — which opens a case for the same client at the receiving station, owned by the receiver, and
// makes the sending case REFERRED (read only) — or declines with a reason. Another organisation's answer is
// recorded by the sender. The 转介表's signatures are the generic document step (kind REFERRAL): the
// responsible worker signs before sending.
import { assertVersion, defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { dueDateAfter } from "@/features/calendar/queries";
import { managedCase, nextCaseNumber } from "@/features/cases/commands";
import { editableDocument, signedRoles } from "@/features/documents/commands";
import { formatCalendarDate, formatDate, parseCalendarDate, startOfShanghaiDay } from "@/lib/dates";
import {
  declineReferralSchema, externalDecisionSchema, REFERRAL_NARRATIVES, referralConsentSchema, referralSchema, referralStepSchema,
} from "./schemas";

/** Locks the case row, so two sends (or a send and an acceptance) of one case wait for each other. */
async function lockCase(tx: Tx, caseId: string) {
  await tx.$queryRaw`SELECT id FROM case_file WHERE id = ${caseId} FOR UPDATE`;
}

const CASE_SELECT = { id: true, status: true, districtId: true, stationId: true, ownerId: true, clientId: true, serviceDomain: true } as const;

/** A referral of a case the actor is responsible for (through scope), with its case. */
async function ownedReferral(tx: Tx, actor: Actor, referralId: string) {
  const found = await tx.caseReferral.findFirst({
    where: { id: referralId, caseFile: scope.caseFiles(actor, "case:manage") },
    include: { caseFile: { select: CASE_SELECT } },
  });
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}

/**
 * A station referral goes to a social worker (active account, SOCIAL_WORKER membership) of another station
 * of the case's district; never back to the responsible worker.
 */
async function checkStationTarget(tx: Tx, caseFile: { districtId: string; stationId: string; ownerId: string }, toStationId: string, toWorkerId: string) {
  const station = await tx.station.findFirst({ where: { id: toStationId, districtId: caseFile.districtId, NOT: { id: caseFile.stationId } }, select: { id: true, name: true } });
  if (!station) throw fieldError("toStationId", "请选择本区其他社工站");
  const worker = toWorkerId === caseFile.ownerId
    ? null
    : await tx.membership.findFirst({ where: { role: "SOCIAL_WORKER", stationId: station.id, userId: toWorkerId, user: { isActive: true } }, select: { id: true } });
  if (!worker) throw fieldError("toWorkerId", "请选择该社工站的驻站社工");
  return station;
}

const redirect = (caseId: string) => `/station/cases/${caseId}/referrals`;

/** 个案工作转介表: drafted by the responsible worker of an open case; edited while a draft and unsigned. */
export const saveReferralCommand = defineCommand({
  name: "referral.save",
  schema: referralSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const managed = await managedCase(tx, actor, input.caseId);
    const caseFile = { ...managed, ...(await tx.caseFile.findUniqueOrThrow({ where: { id: managed.id }, select: { districtId: true, ownerId: true } })) };
    if (input.target === "STATION") await checkStationTarget(tx, caseFile, input.toStationId!, input.toWorkerId!);
    const content = {
      toStationId: input.toStationId, toWorkerId: input.toWorkerId, toOrganization: input.toOrganization, toWorkerName: input.toWorkerName,
      toContact: input.toContact, fromContact: input.fromContact, reason: input.reason, reasonNote: input.reasonNote,
      ...Object.fromEntries(REFERRAL_NARRATIVES.map((k) => [`${k}Enc`, encryptField(input[k])])),
    };
    let id: string;
    let consentCleared = false;
    if (input.referralId) {
      if (input.version === undefined) throw new AppError("CONFLICT");
      const doc = await editableDocument(tx, actor, "REFERRAL", input.referralId, input.version);
      // editableDocument refuses a sent referral (registry: frozen); the update below is guarded by DRAFT.
      const current = await tx.caseReferral.findUniqueOrThrow({ where: { id: doc.id }, select: { caseFileId: true, toStationId: true, toWorkerId: true, toOrganization: true, consentedOn: true } });
      if (current.caseFileId !== caseFile.id) throw new AppError("NOT_FOUND");
      // The consent names the receiver: a different receiver needs the client's consent again.
      const sameReceiver = current.toStationId === input.toStationId && current.toWorkerId === input.toWorkerId && current.toOrganization === input.toOrganization;
      consentCleared = !sameReceiver && current.consentedOn !== null;
      const moved = await tx.caseReferral.updateMany({
        where: { id: doc.id, version: doc.version, status: "DRAFT" },
        data: { ...content, ...(consentCleared ? { consentedOn: null, consentSigner: null, consentGuardianName: null } : {}), version: { increment: 1 } },
      });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      id = doc.id;
    } else {
      if (input.version !== undefined) throw new AppError("CONFLICT");
      const created = await tx.caseReferral.create({
        data: {
          districtId: caseFile.districtId, caseFileId: caseFile.id, fromStationId: caseFile.stationId, fromWorkerId: caseFile.ownerId,
          ...content, status: "DRAFT", createdById: actor.userId,
        },
        select: { id: true },
      });
      id = created.id;
    }
    return {
      target: { type: "CaseFile", id: caseFile.id },
      detail: { stationId: caseFile.stationId, referralId: id, created: !input.referralId, target: input.target, toStationId: input.toStationId, consentCleared },
      data: { referralId: id },
      message: consentCleared ? "转介表已保存。转入单位已变更，请重新记录转介同意书" : "转介表已保存",
      redirectTo: redirect(caseFile.id),
    };
  },
});

/** 个案转介同意书: recorded on a draft referral by the responsible worker (the client signed on paper). */
export const saveReferralConsentCommand = defineCommand({
  name: "referral.save_consent",
  schema: referralConsentSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const referral = await ownedReferral(tx, actor, input.referralId);
    await managedCase(tx, actor, referral.caseFileId);
    if (referral.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", "转介已发送，不能再修改转介同意书");
    assertVersion(referral, input.version);
    const moved = await tx.caseReferral.updateMany({
      where: { id: referral.id, version: referral.version, status: "DRAFT" },
      data: { consentedOn: input.consentedOn, consentSigner: input.consentSigner, consentGuardianName: input.consentGuardianName, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: referral.caseFileId },
      detail: { stationId: referral.fromStationId, referralId: referral.id, signer: input.consentSigner },
      message: "转介同意书已记录",
      redirectTo: redirect(referral.caseFileId),
    };
  },
});

/**
 * 发送转介: a draft with the client's consent, signed by the responsible worker; not while the case's 结案表
 * is submitted for approval (or approved); one pending or accepted referral per case at a time.
 */
export const sendReferralCommand = defineCommand({
  name: "referral.send",
  schema: referralStepSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const referral = await ownedReferral(tx, actor, input.referralId);
    await lockCase(tx, referral.caseFileId);
    await managedCase(tx, actor, referral.caseFileId);
    const caseFile = referral.caseFile;
    if (referral.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", "只有草稿状态的转介可以发送");
    assertVersion(referral, input.version);
    if (!referral.consentedOn) throw fieldError("consentedOn", "转介前须由服务对象签署转介同意书");
    if (!(await signedRoles(tx, referral.id)).includes("WORKER")) throw fieldError("_form", "请先由负责社工在转介表上签名，再发送");
    // Read under the case lock; closure submit/approve (documents registry) checks the converse.
    const closure = await tx.caseClosure.findUnique({ where: { caseFileId: caseFile.id }, select: { status: true } });
    if (closure?.status === "SUBMITTED" || closure?.status === "APPROVED") throw new AppError("INVALID_TRANSITION", "结案表已提交审批，不能转介");
    if (referral.toStationId) await checkStationTarget(tx, caseFile, referral.toStationId, referral.toWorkerId ?? "");
    const active = await tx.caseReferral.count({ where: { caseFileId: caseFile.id, status: { in: ["PENDING", "ACCEPTED"] } } });
    if (active > 0) throw new AppError("CONFLICT", "该个案已有待接收或已接收的转介，不能重复发送");
    const moved = await tx.caseReferral.updateMany({ where: { id: referral.id, version: referral.version, status: "DRAFT" }, data: { status: "PENDING", sentAt: new Date(), version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: caseFile.id },
      detail: { stationId: caseFile.stationId, referralId: referral.id, toStationId: referral.toStationId, toOrganization: !!referral.toOrganization },
      message: referral.toStationId ? "转介已发送，等待转入社工接收" : "转介已发送，请在对方机构答复后记录接收结果",
      redirectTo: redirect(caseFile.id),
    };
  },
});

/** 撤回: the sender withdraws a pending referral (or discards a draft). */
export const cancelReferralCommand = defineCommand({
  name: "referral.cancel",
  schema: referralStepSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const referral = await ownedReferral(tx, actor, input.referralId);
    if (referral.status !== "PENDING" && referral.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", "只有草稿或待接收的转介可以撤回");
    assertVersion(referral, input.version);
    const moved = await tx.caseReferral.updateMany({ where: { id: referral.id, version: referral.version, status: referral.status }, data: { status: "CANCELLED", version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: referral.caseFileId },
      detail: { stationId: referral.fromStationId, referralId: referral.id, from: referral.status },
      message: "转介已撤回",
      redirectTo: redirect(referral.caseFileId),
    };
  },
});

/** A pending station referral addressed to the actor. */
async function receivedReferral(tx: Tx, actor: Actor, referralId: string, version: number | undefined) {
  const referral = await tx.caseReferral.findFirst({
    where: { AND: [{ id: referralId }, scope.referralsReceived(actor), { status: { not: "DRAFT" } }] },
    include: { caseFile: { select: CASE_SELECT }, fromStation: { select: { name: true } } },
  });
  if (!referral || !referral.toStationId) throw new AppError("NOT_FOUND");
  if (referral.status !== "PENDING") throw new AppError("INVALID_TRANSITION", "该转介已处理或已撤回");
  assertVersion(referral, version);
  return referral;
}

/**
 * 接收: the receiver accepts. In one transaction: the referral is ACCEPTED, a case for the same client opens
 * at the receiving station (owned by the receiver, source 转介, numbered from that station's counter, with
 * its intake), and the sending case becomes REFERRED.
 */
export const acceptReferralCommand = defineCommand({
  name: "referral.accept",
  schema: referralStepSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const referral = await receivedReferral(tx, actor, input.referralId, input.version);
    await lockCase(tx, referral.caseFileId);
    const now = new Date();
    const today = parseCalendarDate(formatDate(now))!;
    const stationId = referral.toStationId!;
    const sending = await tx.caseFile.updateMany({ where: { id: referral.caseFileId, status: "OPEN" }, data: { status: "REFERRED", version: { increment: 1 } } });
    if (sending.count !== 1) throw new AppError("INVALID_TRANSITION", "转出个案已结案，不能再接收");
    const number = await nextCaseNumber(tx, stationId, today.getUTCFullYear());
    const created = await tx.caseFile.create({
      data: {
        districtId: referral.caseFile.districtId, stationId, clientId: referral.caseFile.clientId, number, year: today.getUTCFullYear(), ownerId: actor.userId,
        serviceDomain: referral.caseFile.serviceDomain, status: "OPEN", firstContactOn: today, assessmentDueOn: await dueDateAfter(today, 5), createdById: actor.userId,
        intake: { create: { intakeDate: today, source: "REFERRAL", sourceNote: referral.fromStation.name, createdById: actor.userId } },
      },
      select: { id: true },
    });
    const moved = await tx.caseReferral.updateMany({
      where: { id: referral.id, version: referral.version, status: "PENDING" },
      data: { status: "ACCEPTED", decidedAt: now, decidedById: actor.userId, receivedCaseId: created.id, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: created.id },
      detail: { stationId, referralId: referral.id, fromCaseId: referral.caseFileId, fromStationId: referral.fromStationId, number },
      data: { caseId: created.id, number },
      message: `已接收转介，开案编号 ${number}`,
      redirectTo: `/station/cases/${created.id}`,
    };
  },
});

/** 拒绝接收: the receiver declines with a reason; the sending case stays open with its worker. */
export const declineReferralCommand = defineCommand({
  name: "referral.decline",
  schema: declineReferralSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const referral = await receivedReferral(tx, actor, input.referralId, input.version);
    const moved = await tx.caseReferral.updateMany({
      where: { id: referral.id, version: referral.version, status: "PENDING" },
      data: { status: "DECLINED", decidedAt: new Date(), decidedById: actor.userId, decisionNoteEnc: encryptField(input.note), version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: referral.caseFileId },
      detail: { stationId: referral.toStationId, referralId: referral.id, fromStationId: referral.fromStationId },
      message: "已拒绝该转介",
      redirectTo: "/station/referrals",
    };
  },
});

/**
 * 记录接收结果: for a referral to another organisation, the sender records its answer; accepted makes the
 * case REFERRED. The answer has a date, not a time: decidedAt is the moment that Beijing day begins.
 */
export const recordExternalDecisionCommand = defineCommand({
  name: "referral.record_external",
  schema: externalDecisionSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const referral = await ownedReferral(tx, actor, input.referralId);
    if (referral.toStationId || !referral.toOrganization) throw new AppError("INVALID_TRANSITION", "转介至社工站的，由转入社工在系统中接收或拒绝");
    if (referral.status !== "PENDING") throw new AppError("INVALID_TRANSITION", "只有待接收的转介可以记录接收结果");
    assertVersion(referral, input.version);
    await lockCase(tx, referral.caseFileId);
    if (input.decision === "ACCEPTED") {
      const sending = await tx.caseFile.updateMany({ where: { id: referral.caseFileId, status: "OPEN" }, data: { status: "REFERRED", version: { increment: 1 } } });
      if (sending.count !== 1) throw new AppError("INVALID_TRANSITION", "该个案已结案，不能再记录转介");
    }
    const moved = await tx.caseReferral.updateMany({
      where: { id: referral.id, version: referral.version, status: "PENDING" },
      data: { status: input.decision, decidedAt: startOfShanghaiDay(formatCalendarDate(input.decidedOn)), decidedById: actor.userId, decisionNoteEnc: encryptField(input.note), version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: referral.caseFileId },
      detail: { stationId: referral.fromStationId, referralId: referral.id, decision: input.decision },
      message: input.decision === "ACCEPTED" ? "已记录：对方机构已接收，个案已转介" : "已记录：对方机构已拒绝",
      redirectTo: redirect(referral.caseFileId),
    };
  },
});
