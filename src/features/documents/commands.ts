import "server-only";
// The steps every signed form shares — submit, approve, return, sign, correct — as one set of commands.
// Each re-reads the document and the actor's relation to it inside the transaction, checks the rule
// (rules.ts) and moves the row with a guarded update, so two people acting at once cannot both win.
import { z } from "zod";
import type { DocumentEventKind, DocumentKind, ReviewStatus, SignRole } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { defineCommand } from "@/server/action";
import { encryptField } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { choice, NARRATIVE_MAX, optionalPastCalendarDate, optionalText, reference, version } from "@/lib/fields";
import { DOCUMENT_KIND_LABELS, DOCUMENT_SHORT_LABELS, SIGN_ROLE_LABELS } from "@/lib/labels";
import { DOCUMENTS, type LoadedDocument } from "./registry";
import { CLIENT_SIGNS_WITH_WORKER, documentTransition, SIGNERS, signRoleOf, type DocAction, type DocRole } from "./rules";


/**
 * The actor's relation to a document: its responsible worker (at that station), the supervisor assigned
 * to that worker there (the actor's grants, as scope.ts reads them), or the station's head (countersigns).
 * Anyone else is "other".
 */
export function documentRole(actor: Actor, doc: Pick<LoadedDocument, "stationId" | "ownerId">): DocRole {
  const at = (role: string) => actor.memberships.some((m) => m.role === role && m.stationId === doc.stationId);
  if (doc.ownerId === actor.userId && at("SOCIAL_WORKER")) return "owner";
  if (at("SUPERVISOR") && (actor.grants.supervisees[doc.stationId] ?? []).includes(doc.ownerId)) return "supervisor";
  if (grantingMemberships(actor, "document:countersign").some((m) => m.stationId === doc.stationId)) return "head";
  return "other";
}

/** Appends a row to the document's history. */
export async function recordDocumentEvent(
  tx: Tx, actor: Actor, doc: { kind: DocumentKind; id: string }, event: DocumentEventKind,
  fromStatus: ReviewStatus | null = null, toStatus: ReviewStatus | null = null, comment: string | null = null,
) {
  await tx.documentEvent.create({ data: { kind: doc.kind, documentId: doc.id, event, fromStatus, toStatus, actorId: actor.userId, actorName: actor.name, commentEnc: encryptField(comment) } });
}

/** The roles that have signed the document's current revision. */
export async function signedRoles(tx: Tx, documentId: string): Promise<SignRole[]> {
  const rows = await tx.documentSignoff.findMany({ where: { documentId }, select: { role: true } });
  return rows.map((r) => r.role);
}

/**
 * For a form's own save command: the document as loaded, after checking the actor may edit it (the
 * owner, while unsigned and, for reviewed forms, while DRAFT or RETURNED) and the case is still open.
 */
export async function editableDocument(tx: Tx, actor: Actor, kind: DocumentKind, id: string, expectedVersion: number | undefined) {
  const doc = await DOCUMENTS[kind].load(tx, id);
  if (!doc) throw new AppError("NOT_FOUND");
  const role = documentRole(actor, doc);
  if (role === "other" || role === "head") throw new AppError("NOT_FOUND");
  if (doc.caseStatus && doc.caseStatus !== "OPEN") throw new AppError("INVALID_TRANSITION", "该个案已结案或已转介，不能再修改");
  const frozen = DOCUMENTS[kind].frozen?.(doc);
  if (frozen) throw new AppError("INVALID_TRANSITION", frozen);
  const step = documentTransition({ kind, status: doc.status, signedBy: await signedRoles(tx, id) }, "edit", role);
  if (!step.ok) throw new AppError(step.code, step.message);
  if (expectedVersion !== undefined && expectedVersion !== doc.version) throw new AppError("CONFLICT");
  return doc;
}

type StepContext = { doc: LoadedDocument; role: DocRole; to: ReviewStatus | null; signedBy: SignRole[] };

/** Loads the document, resolves the actor's role, checks `action` against the rules and the version. */
async function prepareStep(tx: Tx, actor: Actor, input: { kind: DocumentKind; documentId: string; version?: number }, action: DocAction): Promise<StepContext> {
  const doc = await DOCUMENTS[input.kind].load(tx, input.documentId);
  if (!doc) throw new AppError("NOT_FOUND");
  const role = documentRole(actor, doc);
  if (role === "other") throw new AppError("NOT_FOUND");
  // Signing an approved closure happens after the case has closed; every other step needs it open.
  if (action !== "sign" && doc.caseStatus && doc.caseStatus !== "OPEN") throw new AppError("INVALID_TRANSITION", "该个案已结案或已转介，不能再修改");
  const frozen = action === "correct" ? DOCUMENTS[doc.kind].frozen?.(doc) : null;
  if (frozen) throw new AppError("INVALID_TRANSITION", frozen);
  const signedBy = await signedRoles(tx, doc.id);
  const step = documentTransition({ kind: doc.kind, status: doc.status, signedBy }, action, role);
  if (!step.ok) throw new AppError(step.code, step.message);
  if (input.version !== undefined && input.version !== doc.version) throw new AppError("CONFLICT");
  return { doc, role, to: step.to, signedBy };
}

/** Moves the row (status, extra columns, version + 1) only if nobody changed it since it was read. */
async function moveDocument(tx: Tx, doc: LoadedDocument, data: Record<string, unknown>) {
  const moved = await DOCUMENTS[doc.kind].update(tx, doc, { ...data, version: { increment: 1 } });
  if (moved !== 1) throw new AppError("CONFLICT");
}

function outcome(doc: LoadedDocument, detail: Record<string, unknown>, message: string, redirectTo?: string) {
  return {
    target: doc.caseFileId ? { type: "CaseFile", id: doc.caseFileId } : { type: "Visit", id: doc.id },
    detail: { kind: doc.kind, documentId: doc.id, stationId: doc.stationId, ...detail } as Prisma.InputJsonValue,
    message,
    redirectTo: redirectTo ?? DOCUMENTS[doc.kind].href(doc),
  };
}

const KINDS = Object.fromEntries(Object.entries(DOCUMENT_KIND_LABELS)) as Record<DocumentKind, string>;
const stepSchema = z.object({ kind: choice(KINDS, "文书类型"), documentId: reference("文书"), version: version() });

/** 提交审批: the owner submits a DRAFT or RETURNED 计划表 / 结案表 to the supervisor. */
export const submitDocumentCommand = defineCommand({
  name: "document.submit",
  schema: stepSchema,
  permission: "case:manage",
  run: async ({ input, actor, tx }) => {
    const { doc, to } = await prepareStep(tx, actor, input, "submit");
    await DOCUMENTS[doc.kind].beforeSubmit?.(tx, doc);
    await moveDocument(tx, doc, { status: to });
    await recordDocumentEvent(tx, actor, doc, "SUBMIT", doc.status, to);
    return outcome(doc, { from: doc.status, to }, `${DOCUMENT_SHORT_LABELS[doc.kind]}已提交督导审批`);
  },
});

/** 批准: the supervisor assigned to the owner approves, with the 督导意见 (a closure then closes the case). */
export const approveDocumentCommand = defineCommand({
  name: "document.approve",
  schema: stepSchema.extend({ opinion: optionalText("督导意见", NARRATIVE_MAX) }),
  permission: "case:read",
  run: async ({ input, actor, tx }) => {
    const { doc, to } = await prepareStep(tx, actor, input, "approve");
    await moveDocument(tx, doc, { status: to, ...(input.opinion ? { supervisorOpinionEnc: encryptField(input.opinion) } : {}) });
    await recordDocumentEvent(tx, actor, doc, "APPROVE", doc.status, to, input.opinion);
    await DOCUMENTS[doc.kind].onApproved?.(tx, doc);
    return outcome(doc, { from: doc.status, to }, doc.kind === "CLOSURE" ? "结案表已批准，个案已结案" : `${DOCUMENT_SHORT_LABELS[doc.kind]}已批准`);
  },
});

/** 退回: the supervisor returns a SUBMITTED form to the owner with a comment. */
export const returnDocumentCommand = defineCommand({
  name: "document.return",
  schema: stepSchema.extend({ comment: optionalText("退回意见", NARRATIVE_MAX) }).superRefine((v, ctx) => {
    if (!v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "退回时请填写修改意见" });
  }),
  permission: "case:read",
  run: async ({ input, actor, tx }) => {
    const { doc, to } = await prepareStep(tx, actor, input, "return");
    await moveDocument(tx, doc, { status: to });
    await recordDocumentEvent(tx, actor, doc, "RETURN", doc.status, to, input.comment);
    return outcome(doc, { from: doc.status, to }, `${DOCUMENT_SHORT_LABELS[doc.kind]}已退回负责社工修改`);
  },
});

/**
 * 签名: the worker, the supervisor or the station head signs the current revision. On 计划表 and 结案表
 * the worker also records the date the client signed the paper form. The head signs from the station's
 * countersign list without reading the content.
 */
export const signDocumentCommand = defineCommand({
  name: "document.sign",
  schema: stepSchema.extend({ clientSignedOn: optionalPastCalendarDate("服务对象签名日期") }),
  permission: ["case:read", "visit:read", "document:countersign"],
  uniqueFields: { document_id: { field: "_form", message: "您已在此版本上签名" } },
  run: async ({ input, actor, tx }) => {
    const { doc, role } = await prepareStep(tx, actor, input, "sign");
    const signRole = signRoleOf(role)!;
    const withClientDate = signRole === "WORKER" && CLIENT_SIGNS_WITH_WORKER.includes(doc.kind);
    if (withClientDate && !input.clientSignedOn) throw fieldError("clientSignedOn", "请填写服务对象签名日期");
    await moveDocument(tx, doc, withClientDate ? { clientSignedOn: input.clientSignedOn } : {});
    const awaitingHead = signRole === "WORKER" && SIGNERS[doc.kind].includes("STATION_HEAD");
    await tx.documentSignoff.create({ data: { districtId: doc.districtId, stationId: doc.stationId, kind: doc.kind, documentId: doc.id, role: signRole, userId: actor.userId, userName: actor.name, awaitingHead } });
    if (signRole === "STATION_HEAD") await tx.documentSignoff.updateMany({ where: { documentId: doc.id, role: "WORKER" }, data: { awaitingHead: false } });
    await recordDocumentEvent(tx, actor, doc, "SIGN", doc.status, doc.status, SIGN_ROLE_LABELS[signRole]);
    return outcome(doc, { role: signRole }, `已签名（${SIGN_ROLE_LABELS[signRole]}）`, role === "head" ? "/station/signoffs" : undefined);
  },
});

/**
 * 更正: a signed form is kept as it is (revision N, with its sign-offs) and goes on as revision N+1,
 * unsigned — a reviewed form back to DRAFT for approval again.
 */
export const correctDocumentCommand = defineCommand({
  name: "document.correct",
  schema: stepSchema,
  permission: ["case:manage", "visit:manage"],
  uniqueFields: { document_id: { field: "_form", message: "该文书已被更正，请刷新后查看新版本" } },
  run: async ({ input, actor, tx }) => {
    const { doc, to } = await prepareStep(tx, actor, input, "correct");
    const signoffs = await tx.documentSignoff.findMany({ where: { documentId: doc.id }, orderBy: { signedAt: "asc" }, select: { role: true, userId: true, userName: true, signedAt: true } });
    // The unique (document, revision) makes a concurrent second correction fail instead of forking.
    await tx.documentRevision.create({
      data: {
        districtId: doc.districtId, stationId: doc.stationId, kind: doc.kind, documentId: doc.id, revision: doc.revision,
        content: JSON.parse(JSON.stringify(doc.row)) as Prisma.InputJsonValue, signoffs: JSON.parse(JSON.stringify(signoffs)) as Prisma.InputJsonValue,
        correctedById: actor.userId, correctedByName: actor.name,
      },
    });
    await tx.documentSignoff.deleteMany({ where: { documentId: doc.id } });
    await moveDocument(tx, doc, { ...DOCUMENTS[doc.kind].correctionResets, revision: { increment: 1 }, ...(to ? { status: to } : {}) });
    await recordDocumentEvent(tx, actor, doc, "CORRECT", doc.status, to, `更正第 ${doc.revision} 版`);
    return outcome(doc, { revision: doc.revision + 1, from: doc.status, to }, `已开始第 ${doc.revision + 1} 版${to ? "（草稿）" : ""}，第 ${doc.revision} 版及其签名保留`);
  },
});
