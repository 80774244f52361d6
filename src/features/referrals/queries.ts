import "server-only";
import { scope } from "@/server/scope";
import { ageOn } from "@/features/clients/helpers";
import type { CaseHeader } from "@/features/cases/queries";
import { documentTrails, documentView } from "@/features/documents/queries";
import { formatDate } from "@/lib/dates";
import { writeAudit } from "@/server/audit";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { REFERRAL_NARRATIVES, referralConsentText, type ReferralNarrative } from "./schemas";

const narratives = (r: Record<`${ReferralNarrative}Enc`, string | null>) =>
  Object.fromEntries(REFERRAL_NARRATIVES.map((k) => [k, decryptField(r[`${k}Enc`])])) as Record<ReferralNarrative, string | null>;

/**
 * Where the responsible worker may refer this case: the other stations of the case's district, each with
 * its social workers (active accounts). A directory of station names and worker names only, read for the
 * owner of an open case (the caller checks header.canEdit); no client data of those stations.
 */
export async function referralTargets(header: CaseHeader) {
  if (!header.canEdit) return [];
  const { districtId, stationId, ownerId } = header.caseFile;
  const stations = await db.station.findMany({
    where: { districtId, NOT: { id: stationId } },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: {
      id: true, name: true,
      memberships: { where: { role: "SOCIAL_WORKER", user: { isActive: true }, NOT: { userId: ownerId } }, select: { user: { select: { id: true, name: true } } } },
    },
  });
  return stations.map((s) => ({
    id: s.id, name: s.name,
    workers: s.memberships.map((m) => m.user).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
  }));
}

export type ReferralTargets = Awaited<ReturnType<typeof referralTargets>>;

const INCLUDE = {
  fromStation: { select: { name: true } },
  toStation: { select: { name: true } },
  fromWorker: { select: { name: true } },
  toWorker: { select: { name: true } },
  receivedCase: { select: { id: true, number: true } },
} as const;

async function userNames(ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map<string, string>();
  const rows = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(rows.map((u) => [u.id, u.name]));
}

/**
 * The referrals of a case (the 转介 page), newest first, decrypted, with the 转介表's signature trail and
 * the steps offered to the viewer. Authorised by the header (scope).
 */
export async function caseReferrals(header: CaseHeader) {
  const rows = await db.caseReferral.findMany({ where: { caseFileId: header.caseFile.id }, orderBy: [{ createdAt: "desc" }, { id: "asc" }], include: INCLUDE });
  const [trails, names] = await Promise.all([documentTrails(rows.map((r) => r.id)), userNames(rows.map((r) => r.decidedById))]);
  const open = header.caseFile.status === "OPEN";
  return rows.map((r) => {
    const toName = r.toStation?.name ?? r.toOrganization ?? "";
    return {
      id: r.id, version: r.version, revision: r.revision, status: r.status, createdAt: r.createdAt, updatedAt: r.updatedAt,
      target: r.toStationId ? ("STATION" as const) : ("ORGANIZATION" as const),
      fromStationName: r.fromStation.name, fromWorkerName: r.fromWorker.name, fromContact: r.fromContact,
      toStationId: r.toStationId, toWorkerId: r.toWorkerId, toStationName: r.toStation?.name ?? null, toOrganization: r.toOrganization,
      toName, toWorkerDisplay: r.toWorker?.name ?? r.toWorkerName, toWorkerName: r.toWorkerName, toContact: r.toContact,
      reason: r.reason, reasonNote: r.reasonNote, ...narratives(r),
      consentedOn: r.consentedOn, consentSigner: r.consentSigner, consentGuardianName: r.consentGuardianName,
      consentText: referralConsentText(r.fromStation.name, toName || "（转入机构/社工站）"),
      sentAt: r.sentAt, decidedAt: r.decidedAt, decidedByName: r.decidedById ? (names.get(r.decidedById) ?? null) : null,
      decisionNote: decryptField(r.decisionNoteEnc),
      receivedCaseNumber: r.receivedCase?.number ?? null,
      trail: documentView("REFERRAL", { id: r.id }, trails.get(r.id)!, header.role, open && r.status === "DRAFT"),
    };
  });
}

export type CaseReferralView = Awaited<ReturnType<typeof caseReferrals>>[number];

/**
 * 转介接收: the station referrals addressed to the actor (at a station where they are a social worker).
 * A pending one shows the 转介表 and the client's basic information the consent allows to share (name,
 * gender, age, masked phone); loading them is an audit row referral.view. A decided one is a line of the
 * list only — sender, station, dates, decision and, once accepted, the case it opened here (the receiver's
 * own case, with the client's name): no narratives and nothing of a declined referral's client are read.
 * A withdrawn one is not shown.
 */
export async function referralInbox(actor: Actor, now = new Date()) {
  const received = scope.referralsReceived(actor);
  const [pendingRows, decidedRows] = await Promise.all([
    db.caseReferral.findMany({
      where: { AND: [received, { status: "PENDING" }] },
      orderBy: [{ sentAt: "desc" }, { id: "asc" }],
      take: 200,
      include: {
        ...INCLUDE,
        caseFile: { select: { client: { select: { name: true, gender: true, birthDate: true, phoneMasked: true } } } },
      },
    }),
    db.caseReferral.findMany({
      where: { AND: [received, { status: { in: ["ACCEPTED", "DECLINED"] } }] },
      orderBy: [{ decidedAt: "desc" }, { id: "asc" }],
      take: 200,
      select: {
        id: true, status: true, sentAt: true, decidedAt: true,
        fromStation: { select: { name: true } }, fromWorker: { select: { name: true } },
        receivedCase: { select: { id: true, number: true, client: { select: { name: true } } } },
      },
    }),
  ]);
  const today = formatDate(now);
  const pending = pendingRows.map((r) => ({
    id: r.id, version: r.version, status: r.status, sentAt: r.sentAt,
    fromStationName: r.fromStation.name, fromWorkerName: r.fromWorker.name, fromContact: r.fromContact,
    toStationName: r.toStation?.name ?? "", toWorkerName: r.toWorker?.name ?? "", toContact: r.toContact,
    reason: r.reason, reasonNote: r.reasonNote, ...narratives(r),
    consentedOn: r.consentedOn, consentSigner: r.consentSigner,
    client: { name: r.caseFile.client.name, gender: r.caseFile.client.gender, age: ageOn(r.caseFile.client.birthDate, today), phoneMasked: r.caseFile.client.phoneMasked },
  }));
  const decided = decidedRows.map((r) => ({
    id: r.id, status: r.status, sentAt: r.sentAt, decidedAt: r.decidedAt,
    fromStationName: r.fromStation.name, fromWorkerName: r.fromWorker.name,
    receivedCase: r.status === "ACCEPTED" && r.receivedCase ? { id: r.receivedCase.id, number: r.receivedCase.number, clientName: r.receivedCase.client.name } : null,
  }));
  // Client data read: the pending referrals' sheets and the accepted ones' client names (not the declined).
  const viewed = [...pending.map((r) => r.id), ...decided.filter((r) => r.receivedCase).map((r) => r.id)];
  if (viewed.length > 0) {
    await writeAudit({ actor, action: "referral.view", outcome: "SUCCESS", targetType: "CaseReferral", detail: { referralIds: viewed, pending: pending.length } });
  }
  return { pending, decided };
}

export type InboxReferral = Awaited<ReturnType<typeof referralInbox>>["pending"][number];
export type DecidedReferral = Awaited<ReturnType<typeof referralInbox>>["decided"][number];

/** How many station referrals wait for the actor (for a badge or a notice). */
export function pendingReferralCount(actor: Actor) {
  return db.caseReferral.count({ where: { AND: [scope.referralsReceived(actor), { status: "PENDING" }] } });
}
