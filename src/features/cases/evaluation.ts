import "server-only";
// 个案工作评估表: one per case. The owner records the client's part from the paper form (editable until the
// supervisor signs; 更正 afterwards); the assigned supervisor writes the supervisor's part and signs.
import { z } from "zod";
import { choice, NARRATIVE_MAX, optionalPastCalendarDate, optionalText, pastCalendarDate, reference, version } from "@/lib/fields";
import { GOAL_ATTAINMENT_LABELS, YES_NO_LABELS } from "@/lib/labels";
import { defineCommand } from "@/server/action";
import { decryptField, encryptField } from "@/server/crypto";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { editableDocument } from "@/features/documents/commands";
import { documentTrails, documentView } from "@/features/documents/queries";
import { EVALUATION_LABELS as L, EVALUATION_REVIEW_LABELS, EVALUATION_REVIEW_NARRATIVES, type EvaluationReviewNarrative } from "./document-labels";
import type { CaseHeader } from "./queries";
import { assertNotBeforeFirstContact, supervisorDocument, } from "./sessions";
import { managedCase } from "./commands";

/** An integer 1–10 (the form's scale). */
function score(label: string) {
  return z.preprocess(
    (v) => (v === undefined || v === null ? "" : String(v).trim()),
    z.string().min(1, { error: `请选择${label}（1–10）`, abort: true }).refine((v) => /^\d+$/.test(v) && Number(v) >= 1 && Number(v) <= 10, `${label}应为 1–10 的整数`).transform(Number),
  );
}

const short = (label: string) => label.replace(/[？?]$/, "");

export const evaluationSchema = z
  .object({
    caseId: reference("个案"),
    version: version(),
    evaluatedOn: pastCalendarDate(L.evaluatedOn),
    servicesReceived: optionalText(short(L.servicesReceived), NARRATIVE_MAX),
    abilityImproved: choice(YES_NO_LABELS, "能力是否获得提升"),
    abilityNote: optionalText(L.abilityNote, NARRATIVE_MAX),
    satisfaction: score("满意度"),
    improvement: score("情况改善"),
    goalAttainment: choice(GOAL_ATTAINMENT_LABELS, "目标达成情况"),
    goalNote: optionalText(L.goalNote, NARRATIVE_MAX),
    comments: optionalText(L.comments, NARRATIVE_MAX),
    clientSignedOn: optionalPastCalendarDate(L.clientSignedOn),
  })
  .superRefine((v, ctx) => {
    if (!v.servicesReceived) ctx.addIssue({ code: "custom", path: ["servicesReceived"], message: "请填写服务对象接受了哪些服务" });
    if (v.abilityImproved === "YES" && !v.abilityNote) ctx.addIssue({ code: "custom", path: ["abilityNote"], message: "选择“是”时请说明能力有哪些提升" });
    if (!v.goalNote) ctx.addIssue({ code: "custom", path: ["goalNote"], message: "请填写目标达成情况的原因说明" });
  });

export const evaluationReviewSchema = z
  .object({
    evaluationId: reference("评估表"),
    version: version(),
    ...(Object.fromEntries(EVALUATION_REVIEW_NARRATIVES.map((k) => [k, optionalText(EVALUATION_REVIEW_LABELS[k], NARRATIVE_MAX)])) as Record<EvaluationReviewNarrative, ReturnType<typeof optionalText>>),
  })
  .superRefine((v, ctx) => {
    for (const k of EVALUATION_REVIEW_NARRATIVES) if (!v[k]) ctx.addIssue({ code: "custom", path: [k], message: `请填写${EVALUATION_REVIEW_LABELS[k]}` });
  });

const clientPart = (input: z.output<typeof evaluationSchema>) => ({
  evaluatedOn: input.evaluatedOn,
  servicesReceivedEnc: encryptField(input.servicesReceived),
  abilityImproved: input.abilityImproved === "YES",
  abilityNoteEnc: encryptField(input.abilityNote),
  satisfaction: input.satisfaction,
  improvement: input.improvement,
  goalAttainment: input.goalAttainment,
  goalNoteEnc: encryptField(input.goalNote),
  commentsEnc: encryptField(input.comments),
  clientSignedOn: input.clientSignedOn,
});

/** 评估表 (the client's part): recorded (no version) or edited (version) by the responsible worker; one per case. */
export const saveEvaluationCommand = defineCommand({
  name: "case.save_evaluation",
  schema: evaluationSchema,
  permission: "case:manage",
  uniqueFields: { case_file_id: { field: "_form", message: "评估表已由他人填写，请刷新后再修改" } },
  run: async ({ input, actor, tx }) => {
    const found = await managedCase(tx, actor, input.caseId);
    assertNotBeforeFirstContact("evaluatedOn", L.evaluatedOn, input.evaluatedOn, found.firstContactOn);
    assertNotBeforeFirstContact("clientSignedOn", L.clientSignedOn, input.clientSignedOn, found.firstContactOn);
    const existing = await tx.caseEvaluation.findUnique({ where: { caseFileId: found.id }, select: { id: true } });
    if (existing) {
      if (input.version === undefined) throw new AppError("CONFLICT", "评估表已由他人填写，请刷新后再修改");
      const doc = await editableDocument(tx, actor, "EVALUATION", existing.id, input.version);
      const moved = await tx.caseEvaluation.updateMany({ where: { id: doc.id, version: doc.version }, data: { ...clientPart(input), version: { increment: 1 } } });
      if (moved.count !== 1) throw new AppError("CONFLICT");
    } else {
      if (input.version !== undefined) throw new AppError("CONFLICT");
      await tx.caseEvaluation.create({ data: { caseFileId: found.id, ...clientPart(input), createdById: actor.userId } });
    }
    return {
      target: { type: "CaseFile", id: found.id },
      detail: { stationId: found.stationId, created: !existing },
      message: "评估表已保存",
      redirectTo: `/station/cases/${found.id}/evaluation`,
    };
  },
});

/** 评估表 (the supervisor's part): the supervisor assigned to the owner, until they have signed it. */
export const saveEvaluationReviewCommand = defineCommand({
  name: "case.review_evaluation",
  schema: evaluationReviewSchema,
  permission: "case:read",
  run: async ({ input, actor, tx }) => {
    const doc = await supervisorDocument(tx, actor, "EVALUATION", input.evaluationId, input.version);
    const data = Object.fromEntries(EVALUATION_REVIEW_NARRATIVES.map((k) => [`${k}Enc`, encryptField(input[k])]));
    const moved = await tx.caseEvaluation.updateMany({ where: { id: doc.id, version: doc.version }, data: { ...data, version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "CaseFile", id: doc.caseFileId! },
      detail: { stationId: doc.stationId, evaluationId: doc.id },
      message: "督导评价已保存",
      redirectTo: `/station/cases/${doc.caseFileId}/evaluation`,
    };
  },
});

/** The evaluation page: the form (decrypted) with its sign-off, history and kept revisions; null if none yet. */
export async function getCaseEvaluation(header: CaseHeader) {
  const e = await db.caseEvaluation.findUnique({ where: { caseFileId: header.caseFile.id } });
  if (!e) return null;
  const trail = (await documentTrails([e.id])).get(e.id)!;
  const supervisorSigned = trail.signoffs.some((x) => x.role === "SUPERVISOR");
  return {
    id: e.id, version: e.version, revision: e.revision, updatedAt: e.updatedAt,
    evaluatedOn: e.evaluatedOn, servicesReceived: decryptField(e.servicesReceivedEnc), abilityImproved: e.abilityImproved, abilityNote: decryptField(e.abilityNoteEnc),
    satisfaction: e.satisfaction, improvement: e.improvement, goalAttainment: e.goalAttainment, goalNote: decryptField(e.goalNoteEnc),
    comments: decryptField(e.commentsEnc), clientSignedOn: e.clientSignedOn,
    ...(Object.fromEntries(EVALUATION_REVIEW_NARRATIVES.map((k) => [k, decryptField(e[`${k}Enc`])])) as Record<EvaluationReviewNarrative, string | null>),
    /** The supervisor may (still) write their part. */
    canReview: header.role === "supervisor" && header.caseFile.status === "OPEN" && !supervisorSigned,
    trail: documentView("EVALUATION", e, trail, header.role, header.caseFile.status === "OPEN"),
  };
}

/** 接案日期 / 结案日期, printed at the top of 评估表 and 结案表 (for a case the header has authorised). */
export async function caseDates(header: CaseHeader) {
  const caseId = header.caseFile.id;
  const [intake, closure] = await Promise.all([
    db.caseIntake.findUnique({ where: { caseFileId: caseId }, select: { intakeDate: true } }),
    db.caseClosure.findUnique({ where: { caseFileId: caseId }, select: { closedOn: true } }),
  ]);
  return { intakeDate: intake?.intakeDate ?? null, closedOn: closure?.closedOn ?? null };
}
