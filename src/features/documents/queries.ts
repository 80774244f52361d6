import "server-only";
import type { DocumentKind, ReviewStatus, SignRole } from "@/generated/prisma/enums";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { allowedDocumentActions, SIGNERS, type DocAction, type DocRole } from "./rules";

export type Signoff = { role: SignRole; userName: string; signedAt: Date };
export type DocumentHistoryEvent = { id: string; event: string; fromStatus: ReviewStatus | null; toStatus: ReviewStatus | null; actorName: string; at: Date; comment: string | null };
export type DocumentRevisionView = {
  revision: number;
  correctedByName: string;
  correctedAt: Date;
  /** The row as it was, with every `…Enc` column decrypted under its name without the suffix. */
  content: Record<string, unknown>;
  signoffs: Signoff[];
};

export type DocumentTrail = {
  signoffs: Signoff[];
  events: DocumentHistoryEvent[];
  revisions: DocumentRevisionView[];
};

/** Decrypts a stored row's `xxxEnc` columns into `xxx` (for showing an old revision). */
export function decryptContent(content: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(content)) {
    if (key.endsWith("Enc")) out[key.slice(0, -3)] = typeof value === "string" ? decryptField(value) : null;
    else out[key] = value;
  }
  return out;
}

/**
 * Sign-offs, history (comments decrypted) and kept revisions of documents the caller has already
 * authorised the actor to read (call it only with ids loaded through scope).
 */
export async function documentTrails(documentIds: string[]): Promise<Map<string, DocumentTrail>> {
  const [signoffs, events, revisions] = await Promise.all([
    db.documentSignoff.findMany({ where: { documentId: { in: documentIds } }, orderBy: { signedAt: "asc" } }),
    db.documentEvent.findMany({ where: { documentId: { in: documentIds } }, orderBy: { at: "asc" } }),
    db.documentRevision.findMany({ where: { documentId: { in: documentIds } }, orderBy: { revision: "desc" } }),
  ]);
  const trails = new Map<string, DocumentTrail>(documentIds.map((id) => [id, { signoffs: [], events: [], revisions: [] }]));
  for (const s of signoffs) trails.get(s.documentId)?.signoffs.push({ role: s.role, userName: s.userName, signedAt: s.signedAt });
  for (const e of events) {
    trails.get(e.documentId)?.events.push({ id: e.id, event: e.event, fromStatus: e.fromStatus, toStatus: e.toStatus, actorName: e.actorName, at: e.at, comment: decryptField(e.commentEnc) });
  }
  for (const r of revisions) {
    trails.get(r.documentId)?.revisions.push({
      revision: r.revision, correctedByName: r.correctedByName, correctedAt: r.correctedAt,
      content: decryptContent(r.content as Record<string, unknown>),
      signoffs: (r.signoffs as { role: SignRole; userName: string; signedAt: string }[]).map((s) => ({ ...s, signedAt: new Date(s.signedAt) })),
    });
  }
  return trails;
}

/** What the page needs to render a document's sign-offs, history, old revisions and the steps offered. */
export function documentView(kind: DocumentKind, doc: { id: string; status?: ReviewStatus | null }, trail: DocumentTrail, role: DocRole, open: boolean) {
  const state = { kind, status: doc.status ?? null, signedBy: trail.signoffs.map((s) => s.role) };
  const actions: DocAction[] = allowedDocumentActions(state, role).filter((a) => open || a === "sign");
  return { ...trail, signers: SIGNERS[kind], actions };
}

/**
 * 待签署文书: the documents of the head's stations whose worker has signed (and, for reviewed forms, the
 * supervisor has approved) and which the station head has not signed yet. Only what identifies the
 * document, never the client or the content.
 */
export async function countersignQueue(actor: Actor) {
  const cases = scope.caseFiles(actor, "document:countersign");
  const visits = scope.visits(actor, "document:countersign");
  const stationIds = (await db.station.findMany({ where: scope.stations(actor, "document:countersign"), select: { id: true } })).map((s) => s.id);
  if (stationIds.length === 0) return [];
  // Worker sign-offs still waiting for the head (flag kept by the sign step), oldest first.
  const pending = await db.documentSignoff.findMany({
    where: { stationId: { in: stationIds }, awaitingHead: true, role: "WORKER" },
    orderBy: { signedAt: "asc" },
    take: 500,
    select: { kind: true, documentId: true, signedAt: true },
  });
  const ids = (kind: DocumentKind) => pending.filter((p) => p.kind === kind).map((p) => p.documentId);
  const [intakes, sessions, closures, referrals, visitRows] = await Promise.all([
    db.caseIntake.findMany({ where: { id: { in: ids("INTAKE") }, caseFile: cases }, select: { id: true, version: true, intakeDate: true, caseFile: { select: { id: true, number: true, owner: { select: { name: true } } } } } }),
    db.caseSession.findMany({ where: { id: { in: ids("SESSION") }, caseFile: cases }, select: { id: true, version: true, seq: true, sessionDate: true, caseFile: { select: { id: true, number: true, owner: { select: { name: true } } } } } }),
    db.caseClosure.findMany({ where: { id: { in: ids("CLOSURE") }, caseFile: cases }, select: { id: true, version: true, closedOn: true, caseFile: { select: { id: true, number: true, owner: { select: { name: true } } } } } }),
    db.caseReferral.findMany({
      where: { id: { in: ids("REFERRAL") }, caseFile: cases },
      select: { id: true, version: true, sentAt: true, createdAt: true, toOrganization: true, toStation: { select: { name: true } }, caseFile: { select: { id: true, number: true, owner: { select: { name: true } } } } },
    }),
    db.visit.findMany({ where: { AND: [{ id: { in: ids("VISIT") } }, visits] }, select: { id: true, version: true, visitedAt: true, householdCount: true, worker: { select: { name: true } } } }),
  ]);
  const signedAt = new Map(pending.map((p) => [p.documentId, p.signedAt]));
  return [
    ...intakes.map((d) => ({ kind: "INTAKE" as const, id: d.id, version: d.version, reference: d.caseFile.number, detail: "", date: d.intakeDate, workerName: d.caseFile.owner.name })),
    ...sessions.map((d) => ({ kind: "SESSION" as const, id: d.id, version: d.version, reference: d.caseFile.number, detail: `第 ${d.seq} 次`, date: d.sessionDate, workerName: d.caseFile.owner.name })),
    ...closures.map((d) => ({ kind: "CLOSURE" as const, id: d.id, version: d.version, reference: d.caseFile.number, detail: "", date: d.closedOn, workerName: d.caseFile.owner.name })),
    ...referrals.map((d) => ({ kind: "REFERRAL" as const, id: d.id, version: d.version, reference: d.caseFile.number, detail: `转至${d.toStation?.name ?? d.toOrganization ?? ""}`, date: d.sentAt ?? d.createdAt, workerName: d.caseFile.owner.name })),
    ...visitRows.map((d) => ({ kind: "VISIT" as const, id: d.id, version: d.version, reference: "探访", detail: `共探访 ${d.householdCount} 户`, date: d.visitedAt, workerName: d.worker.name })),
  ].map((row) => ({ ...row, workerSignedAt: signedAt.get(row.id)! })).sort((a, b) => a.workerSignedAt.getTime() - b.workerSignedAt.getTime());
}
