import "server-only";
// 个案工作结案表: one per case, reviewed like the plan (DRAFT → SUBMITTED → APPROVED | RETURNED through the
// generic document steps); the supervisor's approval closes the case (registry.onApproved).
import { z } from "zod";
import { choice, NARRATIVE_MAX, optionalReference, optionalText, pastCalendarDate, reference, version } from "@/lib/fields";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { CLOSURE_REASON_LABELS, YES_NO_LABELS } from "@/lib/labels";
import { defineCommand } from "@/server/action";
import { decryptField, encryptField } from "@/server/crypto";
import { db } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import { editableDocument, recordDocumentEvent } from "@/features/documents/commands";
import { documentTrails, documentView } from "@/features/documents/queries";
import {
  CLOSURE_LABELS as L, CLOSURE_NARRATIVES, CLOSURE_SUMMARY_LABELS, EARLY_CLOSURE_MESSAGE, EARLY_CLOSURE_REASONS, spanSuggestion, type ClosureNarrative,
} from "./document-labels";
import type { CaseHeader } from "./queries";
import { assertNotBeforeFirstContact, } from "./sessions";
import { managedCase } from "./commands";



export const closureSchema = z
  .object({
    caseId: reference("个案"),
    closureId: optionalReference(),
    version: version(),
    closedOn: pastCalendarDate(L.closedOn),
    ...(Object.fromEntries(CLOSURE_NARRATIVES.map((k) => [k, optionalText(CLOSURE_SUMMARY_LABELS[k], NARRATIVE_MAX)])) as Record<ClosureNarrative, ReturnType<typeof optionalText>>),
    goalAttainment: optionalText(L.goalAttainment, NARRATIVE_MAX),
    reason: choice(CLOSURE_REASON_LABELS, L.reason),
    reasonNote: optionalText(L.reasonNote, 200),
    clientKnowsReturn: choice(YES_NO_LABELS, "服务对象是否知道在有需要时如何得到服务"),
    followUp: optionalText(L.followUp, NARRATIVE_MAX),
  })
  .superRefine((v, ctx) => {
    for (const k of CLOSURE_NARRATIVES) if (!v[k]) ctx.addIssue({ code: "custom", path: [k], message: `请填写${CLOSURE_SUMMARY_LABELS[k]}` });
    if (!v.goalAttainment) ctx.addIssue({ code: "custom", path: ["goalAttainment"], message: `请填写${L.goalAttainment}` });
    if (v.reason !== "GOALS_MET" && !v.reasonNote) ctx.addIssue({ code: "custom", path: ["reasonNote"], message: "请说明结案原因" });
  });

const closureValues = (input: z.output<typeof closureSchema>) => ({
  closedOn: input.closedOn,
  ...Object.fromEntries(CLOSURE_NARRATIVES.map((k) => [`${k}Enc`, encryptField(input[k])])),
  goalAttainmentEnc: encryptField(input.goalAttainment),
  reason: input.reason,
  reasonNote: input.reason === "GOALS_MET" ? null : input.reasonNote,
  clientKnowsReturn: input.clientKnowsReturn === "YES",
  followUpEnc: encryptField(input.followUp),
});

/**
 * 结案表: created once per case (no closureId; a CREATE event), then edited while DRAFT or RETURNED and
 * unsigned (closureId + version). A case whose plan is not approved closes early only when the client
 * declined, the need is out of scope, or for another stated reason.
 */
export const saveClosureCommand = defineCommand({
  name: "case.save_closure",
  schema: closureSchema,
  permission: "case:manage",
  uniqueFields: { case_file_id: { field: "_form", message: "结案表已由他人创建，请刷新后再修改" } },
  run: async ({ input, actor, tx }) => {
    const { caseId, closureId, version } = input;
    const found = await managedCase(tx, actor, caseId);
    assertNotBeforeFirstContact("closedOn", L.closedOn, input.closedOn, found.firstContactOn);
    const plan = await tx.casePlan.findUnique({ where: { caseFileId: found.id }, select: { status: true } });
    if (plan?.status !== "APPROVED" && !(EARLY_CLOSURE_REASONS as readonly string[]).includes(input.reason)) throw fieldError("reason", EARLY_CLOSURE_MESSAGE);
    let id: string;
    if (closureId) {
      const doc = await editableDocument(tx, actor, "CLOSURE", closureId, version);
      if (doc.caseFileId !== found.id) throw new AppError("NOT_FOUND");
      const moved = await tx.caseClosure.updateMany({ where: { id: doc.id, status: doc.status!, version: doc.version }, data: { ...closureValues(input), version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT");
      id = doc.id;
    } else {
      if (version !== undefined) throw new AppError("CONFLICT");
      const created = await tx.caseClosure.create({ data: { caseFileId: found.id, status: "DRAFT", ...closureValues(input), createdById: actor.userId }, select: { id: true } });
      await recordDocumentEvent(tx, actor, { kind: "CLOSURE", id: created.id }, "CREATE", null, "DRAFT");
      id = created.id;
    }
    return {
      target: { type: "CaseFile", id: found.id },
      detail: { stationId: found.stationId, closureId: id, created: !closureId, reason: input.reason },
      data: { closureId: id },
      message: "结案表已保存",
      redirectTo: `/station/cases/${found.id}/closure`,
    };
  },
});

/**
 * The closure page: the closure (decrypted) with its approval history, sign-offs and kept revisions, the
 * suggested text of point 1 from the sessions, and whether the plan is approved (early closure rule).
 */
export async function getCaseClosure(header: CaseHeader, now = new Date()) {
  const caseId = header.caseFile.id;
  const [closure, sessions, plan] = await Promise.all([
    db.caseClosure.findUnique({ where: { caseFileId: caseId } }),
    db.caseSession.findMany({ where: { caseFileId: caseId }, orderBy: { seq: "asc" }, select: { form: true } }),
    db.casePlan.findUnique({ where: { caseFileId: caseId }, select: { status: true } }),
  ]);
  const suggestion = spanSuggestion(formatCalendarDate(header.caseFile.firstContactOn), formatDate(now), sessions.map((s) => s.form));
  const planApproved = plan?.status === "APPROVED";
  if (!closure) return { closure: null, spanSuggestion: suggestion, planApproved };
  const trail = (await documentTrails([closure.id])).get(closure.id)!;
  return {
    spanSuggestion: suggestion,
    planApproved,
    closure: {
      id: closure.id, status: closure.status, version: closure.version, revision: closure.revision, updatedAt: closure.updatedAt, closedOn: closure.closedOn,
      ...(Object.fromEntries(CLOSURE_NARRATIVES.map((k) => [k, decryptField(closure[`${k}Enc`])])) as Record<ClosureNarrative, string | null>),
      goalAttainment: decryptField(closure.goalAttainmentEnc),
      reason: closure.reason, reasonNote: closure.reasonNote, clientKnowsReturn: closure.clientKnowsReturn,
      followUp: decryptField(closure.followUpEnc),
      supervisorOpinion: decryptField(closure.supervisorOpinionEnc),
      clientSignedOn: closure.clientSignedOn,
      trail: documentView("CLOSURE", closure, trail, header.role, header.caseFile.status === "OPEN"),
    },
  };
}
