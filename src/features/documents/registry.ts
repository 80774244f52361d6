import "server-only";
// Where each kind of signed form lives: how to load it with the facts the rules need (station, owner,
// review status, revision), how to move it with a guarded update, what 更正 resets, and where its page is.
// The generic document commands (sign, submit, approve, return, correct) work through this table only.
import type { CaseStatus, DocumentKind, ReviewStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { EARLY_CLOSURE_MESSAGE, EARLY_CLOSURE_REASONS } from "@/features/cases/document-labels";

export type LoadedDocument = {
  kind: DocumentKind;
  id: string;
  districtId: string;
  stationId: string;
  /** The responsible worker: the case's owner, or the visit's worker. */
  ownerId: string;
  caseFileId: string | null;
  caseStatus: CaseStatus | null;
  status: ReviewStatus | null;
  version: number;
  revision: number;
  /** The row as stored (encrypted columns stay encrypted): what a correction keeps as the old revision. */
  row: Record<string, unknown>;
};

/** Columns a step may set besides status, version and revision. */
export type DocumentUpdate = { clientSignedOn?: Date | null; supervisorOpinionEnc?: string | null };

type Entry = {
  load: (tx: Tx, id: string) => Promise<LoadedDocument | null>;
  /** Guarded update (same version and status as read); 0 when someone got there first. */
  update: (tx: Tx, doc: LoadedDocument, data: Record<string, unknown>) => Promise<number>;
  /** Columns a correction clears on the new revision (the approval's opinion and the client's date). */
  correctionResets: Record<string, null>;
  /** The page of the document. */
  href: (doc: LoadedDocument) => string;
  /** Why the document can no longer be edited or corrected, whatever its signatures (a sent referral). */
  frozen?: (doc: LoadedDocument) => string | null;
  /** A check before the owner submits it for approval (结案表: the early-closure rule, re-checked). */
  beforeSubmit?: (tx: Tx, doc: LoadedDocument) => Promise<void>;
  /** Side effect of the supervisor's approval (结案表: the case is closed). */
  onApproved?: (tx: Tx, doc: LoadedDocument) => Promise<void>;
};

/** A case whose referral waits for the receiver cannot close meanwhile (the two would contradict). */
async function refuseWhileReferralPending(tx: Tx, caseFileId: string) {
  // The case row lock orders this against a referral being sent at the same moment (referrals lock it too).
  await tx.$queryRaw`SELECT id FROM case_file WHERE id = ${caseFileId} FOR UPDATE`;
  const pending = await tx.caseReferral.count({ where: { caseFileId, status: "PENDING" } });
  if (pending > 0) throw new AppError("INVALID_TRANSITION", "该个案有待对方接收的转介，请先撤回转介或等待对方答复后再结案");
}

const CASE = { select: { id: true, districtId: true, stationId: true, ownerId: true, status: true } } as const;
type CaseHead = { id: string; districtId: string; stationId: string; ownerId: string; status: CaseStatus };

function caseDocument(kind: DocumentKind, row: { id: string; version: number; revision: number; status?: ReviewStatus; caseFile: CaseHead } | null): LoadedDocument | null {
  if (!row) return null;
  const { caseFile, ...rest } = row;
  return {
    kind, id: row.id, districtId: caseFile.districtId, stationId: caseFile.stationId, ownerId: caseFile.ownerId, caseFileId: caseFile.id, caseStatus: caseFile.status,
    status: row.status ?? null, version: row.version, revision: row.revision, row: rest,
  };
}

const guard = (doc: LoadedDocument) => ({ id: doc.id, version: doc.version, ...(doc.status ? { status: doc.status } : {}) });
const caseHref = (suffix: string) => (doc: LoadedDocument) => `/station/cases/${doc.caseFileId}${suffix}`;

export const DOCUMENTS: Record<DocumentKind, Entry> = {
  INTAKE: {
    load: async (tx, id) => caseDocument("INTAKE", await tx.caseIntake.findUnique({ where: { id }, include: { caseFile: CASE } })),
    update: async (tx, doc, data) => (await tx.caseIntake.updateMany({ where: guard(doc), data })).count,
    correctionResets: {},
    href: caseHref(""),
  },
  ASSESSMENT: {
    load: async (tx, id) => caseDocument("ASSESSMENT", await tx.caseAssessment.findUnique({ where: { id }, include: { caseFile: CASE } })),
    update: async (tx, doc, data) => (await tx.caseAssessment.updateMany({ where: guard(doc), data })).count,
    correctionResets: {},
    href: caseHref(""),
  },
  PLAN: {
    load: async (tx, id) => caseDocument("PLAN", await tx.casePlan.findUnique({ where: { id }, include: { caseFile: CASE } })),
    update: async (tx, doc, data) => (await tx.casePlan.updateMany({ where: guard(doc), data })).count,
    correctionResets: { supervisorOpinionEnc: null, clientSignedOn: null },
    href: caseHref("/plan"),
  },
  SESSION: {
    load: async (tx, id) => caseDocument("SESSION", await tx.caseSession.findUnique({ where: { id }, include: { caseFile: CASE } })),
    update: async (tx, doc, data) => (await tx.caseSession.updateMany({ where: guard(doc), data })).count,
    correctionResets: {},
    href: (doc) => `/station/cases/${doc.caseFileId}/sessions/${doc.id}`,
  },
  EVALUATION: {
    load: async (tx, id) => caseDocument("EVALUATION", await tx.caseEvaluation.findUnique({ where: { id }, include: { caseFile: CASE } })),
    update: async (tx, doc, data) => (await tx.caseEvaluation.updateMany({ where: guard(doc), data })).count,
    correctionResets: {},
    href: caseHref("/evaluation"),
  },
  CLOSURE: {
    load: async (tx, id) => caseDocument("CLOSURE", await tx.caseClosure.findUnique({ where: { id }, include: { caseFile: CASE } })),
    update: async (tx, doc, data) => (await tx.caseClosure.updateMany({ where: guard(doc), data })).count,
    correctionResets: { supervisorOpinionEnc: null, clientSignedOn: null },
    href: caseHref("/closure"),
    beforeSubmit: async (tx, doc) => {
      // The plan may have been corrected (back to draft) since the closure was saved.
      const plan = await tx.casePlan.findUnique({ where: { caseFileId: doc.caseFileId! }, select: { status: true } });
      if (plan?.status !== "APPROVED" && !(EARLY_CLOSURE_REASONS as readonly string[]).includes(String(doc.row.reason))) {
        throw new AppError("INVALID_TRANSITION", EARLY_CLOSURE_MESSAGE);
      }
      await refuseWhileReferralPending(tx, doc.caseFileId!);
    },
    onApproved: async (tx, doc) => {
      await refuseWhileReferralPending(tx, doc.caseFileId!);
      const closedOn = doc.row.closedOn as Date;
      const moved = await tx.caseFile.updateMany({ where: { id: doc.caseFileId!, status: "OPEN" }, data: { status: "CLOSED", closedOn, version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT", "该个案已结案或已转介，请刷新后查看");
    },
  },
  REFERRAL: {
    load: async (tx, id) => {
      // A referral's own status (DRAFT, PENDING …) is not a review status: kept in the row, not in `status`.
      const row = await tx.caseReferral.findUnique({ where: { id }, include: { caseFile: CASE } });
      const doc = caseDocument("REFERRAL", row && { ...row, status: undefined });
      return doc && { ...doc, row: { ...doc.row, status: row!.status } };
    },
    update: async (tx, doc, data) => (await tx.caseReferral.updateMany({ where: { id: doc.id, version: doc.version }, data })).count,
    correctionResets: {},
    frozen: (doc) => (doc.row.status === "DRAFT" ? null : "转介已发送，转介表不能再修改或更正"),
    href: caseHref("/referrals"),
  },
  VISIT: {
    load: async (tx, id) => {
      const row = await tx.visit.findUnique({ where: { id }, include: { households: true, situations: true } });
      if (!row) return null;
      return {
        kind: "VISIT", id: row.id, districtId: row.districtId, stationId: row.stationId, ownerId: row.workerId, caseFileId: null, caseStatus: null,
        status: null, version: row.version, revision: row.revision, row,
      };
    },
    update: async (tx, doc, data) => (await tx.visit.updateMany({ where: guard(doc), data })).count,
    correctionResets: {},
    href: (doc) => `/station/visits/${doc.id}`,
  },
};
