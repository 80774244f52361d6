import "server-only";
// 个案工作过程记录表（第 N 次）: one row per session, numbered per case. The owner writes it (editable until
// signed; 更正 afterwards), the assigned supervisor adds the 督导意见 until they sign; signing is the generic
// document steps (worker → supervisor → station head).
import { z } from "zod";
import type { SessionForm } from "@/generated/prisma/enums";
import { choice, NARRATIVE_MAX, optionalReference, optionalText, pastCalendarDate, reference, version } from "@/lib/fields";
import { formatCalendarDate } from "@/lib/dates";
import { SESSION_FORM_LABELS } from "@/lib/labels";
import { defineCommand } from "@/server/action";
import { decryptField, encryptField } from "@/server/crypto";
import { db, type Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { documentRole, editableDocument, signedRoles } from "@/features/documents/commands";
import { managedCase } from "./commands";
import { documentTrails, documentView } from "@/features/documents/queries";
import { DOCUMENTS } from "@/features/documents/registry";
import { isClockTime, SESSION_FIELD_LABELS as F, SESSION_LABELS, SESSION_NARRATIVES, type SessionNarrative } from "./document-labels";
import type { CaseHeader } from "./queries";

// ───────────── shared by the three forms ─────────────


/** A date of the case's documents cannot precede its first contact. */
export function assertNotBeforeFirstContact(field: string, label: string, date: Date | null | undefined, firstContactOn: Date) {
  if (date && date < firstContactOn) throw fieldError(field, `${label}不能早于首次接触日期（${formatCalendarDate(firstContactOn)}）`);
}


/**
 * For a supervisor's part of a form (督导意见 / 督导评价): the document, if the actor is the supervisor
 * assigned to its owner, the case is open and the supervisor has not signed this revision yet.
 */
export async function supervisorDocument(tx: Tx, actor: Actor, kind: "SESSION" | "EVALUATION", id: string, expectedVersion: number | undefined) {
  const doc = await DOCUMENTS[kind].load(tx, id);
  if (!doc) throw new AppError("NOT_FOUND");
  const role = documentRole(actor, doc);
  if (role === "other" || role === "head") throw new AppError("NOT_FOUND");
  if (role !== "supervisor") throw new AppError("FORBIDDEN", "只有负责社工的督导可以填写督导意见");
  if (doc.caseStatus !== "OPEN") throw new AppError("INVALID_TRANSITION", "该个案已结案或已转介，不能再修改");
  const signed = await signedRoles(tx, doc.id);
  if (signed.includes("SUPERVISOR")) throw new AppError("INVALID_TRANSITION", "督导已签名，督导意见不能再修改（如需修改请由负责社工更正后重新签名）");
  if (signed.includes("STATION_HEAD")) throw new AppError("INVALID_TRANSITION", "机构（站点）负责人已签名，督导意见不能再修改（如需修改请由负责社工更正后重新签名）");
  if (expectedVersion !== undefined && expectedVersion !== doc.version) throw new AppError("CONFLICT");
  return doc;
}

function clockTime(label: string) {
  return z.preprocess(
    (v) => (typeof v === "string" ? v.trim().slice(0, 5) : v === undefined || v === null ? "" : String(v)),
    z.string().min(1, { error: `请填写${label}`, abort: true }).refine(isClockTime, `${label}应为 24 小时制时间，格式 HH:MM（如 14:00）`),
  );
}

// ───────────── schema ─────────────

export const sessionSchema = z
  .object({
    caseId: reference("个案"),
    sessionId: optionalReference(),
    version: version(),
    sessionDate: pastCalendarDate(F.sessionDate),
    startTime: clockTime(F.startTime),
    endTime: clockTime(F.endTime),
    form: choice(SESSION_FORM_LABELS, F.form),
    formNote: optionalText(F.formNote, 50),
    place: optionalText(F.place, 100),
    ...(Object.fromEntries(SESSION_NARRATIVES.map((k) => [k, optionalText(SESSION_LABELS[k], NARRATIVE_MAX)])) as Record<SessionNarrative, ReturnType<typeof optionalText>>),
  })
  .superRefine((v, ctx) => {
    if (v.endTime <= v.startTime) ctx.addIssue({ code: "custom", path: ["endTime"], message: "时段结束应晚于时段开始" });
    if (v.form === "OTHER" && !v.formNote) ctx.addIssue({ code: "custom", path: ["formNote"], message: "服务形式为“其他”时请说明具体形式" });
    if (!v.aim) ctx.addIssue({ code: "custom", path: ["aim"], message: `请填写${SESSION_LABELS.aim}` });
    if (!v.process) ctx.addIssue({ code: "custom", path: ["process"], message: `请填写${SESSION_LABELS.process}` });
  })
  .transform((v) => ({ ...v, formNote: v.form === "OTHER" ? v.formNote : null }));

export const sessionOpinionSchema = z
  .object({ sessionId: reference("过程记录表"), version: version(), supervisorOpinion: optionalText("督导意见", NARRATIVE_MAX) })
  .superRefine((v, ctx) => {
    if (!v.supervisorOpinion) ctx.addIssue({ code: "custom", path: ["supervisorOpinion"], message: "请填写督导意见" });
  });

// ───────────── commands ─────────────

const sessionValues = (input: z.output<typeof sessionSchema>) => ({
  sessionDate: input.sessionDate, startTime: input.startTime, endTime: input.endTime, form: input.form, formNote: input.formNote, place: input.place,
  ...Object.fromEntries(SESSION_NARRATIVES.map((k) => [`${k}Enc`, encryptField(input[k])])),
});

/** 过程记录表: a new one (next number of the case, no sessionId) or an edit of an unsigned one (sessionId + version). */
export const saveSessionCommand = defineCommand({
  name: "case.save_session",
  schema: sessionSchema,
  permission: "case:manage",
  // Two new records of one case saved at the same moment would get the same number: the second is refused.
  uniqueFields: {
    seq: { field: "_form", message: "刚刚已有另一条过程记录使用了这个次数，请刷新页面确认后再保存" },
    case_file_id: { field: "_form", message: "刚刚已有另一条过程记录使用了这个次数，请刷新页面确认后再保存" },
  },
  run: async ({ input, actor, tx }) => {
    const { caseId, sessionId, version } = input;
    const found = await managedCase(tx, actor, caseId);
    assertNotBeforeFirstContact("sessionDate", F.sessionDate, input.sessionDate, found.firstContactOn);
    let id: string;
    let seq: number;
    if (sessionId) {
      const doc = await editableDocument(tx, actor, "SESSION", sessionId, version);
      if (doc.caseFileId !== found.id) throw new AppError("NOT_FOUND");
      const moved = await tx.caseSession.updateMany({ where: { id: doc.id, version: doc.version }, data: { ...sessionValues(input), version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      id = doc.id;
      seq = doc.row.seq as number;
    } else {
      if (version !== undefined) throw new AppError("CONFLICT");
      const last = await tx.caseSession.aggregate({ where: { caseFileId: found.id }, _max: { seq: true } });
      seq = (last._max.seq ?? 0) + 1;
      const created = await tx.caseSession.create({ data: { caseFileId: found.id, seq, ...sessionValues(input), createdById: actor.userId }, select: { id: true } });
      id = created.id;
    }
    return {
      target: { type: "CaseFile", id: found.id },
      detail: { stationId: found.stationId, sessionId: id, seq, created: !sessionId },
      data: { sessionId: id, seq },
      message: `过程记录表（第 ${seq} 次）已保存`,
      redirectTo: `/station/cases/${found.id}/sessions/${id}`,
    };
  },
});

/** 督导意见 on a 过程记录表: the supervisor assigned to the owner, until the supervisor has signed it. */
export const saveSessionOpinionCommand = defineCommand({
  name: "case.session_opinion",
  schema: sessionOpinionSchema,
  permission: "case:read",
  run: async ({ input, actor, tx }) => {
    const doc = await supervisorDocument(tx, actor, "SESSION", input.sessionId, input.version);
    const moved = await tx.caseSession.updateMany({ where: { id: doc.id, version: doc.version }, data: { supervisorOpinionEnc: encryptField(input.supervisorOpinion), version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: doc.caseFileId! },
      detail: { stationId: doc.stationId, sessionId: doc.id },
      message: "督导意见已保存",
      redirectTo: `/station/cases/${doc.caseFileId}/sessions/${doc.id}`,
    };
  },
});

// ───────────── pages ─────────────

/** The sessions page: every 过程记录表 of the case (no narratives), with its signatures. */
export async function getCaseSessions(header: CaseHeader) {
  const rows = await db.caseSession.findMany({
    where: { caseFileId: header.caseFile.id },
    orderBy: { seq: "asc" },
    select: { id: true, seq: true, sessionDate: true, startTime: true, endTime: true, form: true, formNote: true, place: true, revision: true, version: true },
  });
  const signoffs = await db.documentSignoff.findMany({ where: { documentId: { in: rows.map((r) => r.id) } }, orderBy: { signedAt: "asc" }, select: { documentId: true, role: true } });
  return rows.map((r) => ({ ...r, signedBy: signoffs.filter((s) => s.documentId === r.id).map((s) => s.role) }));
}

/** One 过程记录表 of the case (decrypted) with its sign-offs, history and kept revisions; null if not this case's. */
export async function getCaseSession(header: CaseHeader, sessionId: string) {
  const s = await db.caseSession.findFirst({ where: { id: sessionId, caseFileId: header.caseFile.id } });
  if (!s) return null;
  const trail = (await documentTrails([s.id])).get(s.id)!;
  const view = documentView("SESSION", s, trail, header.role, header.caseFile.status === "OPEN");
  const supervisorSigned = trail.signoffs.some((x) => x.role === "SUPERVISOR");
  return {
    id: s.id, seq: s.seq, version: s.version, revision: s.revision, updatedAt: s.updatedAt,
    sessionDate: s.sessionDate, startTime: s.startTime, endTime: s.endTime, form: s.form as SessionForm, formNote: s.formNote, place: s.place,
    ...(Object.fromEntries(SESSION_NARRATIVES.map((k) => [k, decryptField(s[`${k}Enc`])])) as Record<SessionNarrative, string | null>),
    supervisorOpinion: decryptField(s.supervisorOpinionEnc),
    /** The supervisor may (still) write the 督导意见. */
    canGiveOpinion: header.role === "supervisor" && header.caseFile.status === "OPEN" && !supervisorSigned,
    trail: view,
  };
}
