import "server-only";
// The review steps every contractor submission shares: 提交 → 退回（附意见）/ 通过 / 不予批准, and the project
// supervisor's 审核意见 on a change request. Each step: scope (through the kind's handler) → rules → guarded
// update (version + status) → report_event row → audit row, all in one transaction.
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { ReportEventKind, ReportKind, Role, SubmissionStatus } from "@/generated/prisma/enums";
import { choice, indexedRows, NARRATIVE_MAX, optionalText, reference, requiredVersion } from "@/lib/fields";
import { REPORT_KIND_LABELS } from "@/lib/labels";
import { defineCommand } from "@/server/action";
import type { Tx } from "@/server/db";
import { AppError } from "@/server/errors";
import { can, grantingMemberships, type Actor, type Permission } from "@/server/permissions";
import type { LoadedSubmission } from "./handler";
import { SUBMISSIONS } from "./registry";
import { SUBMISSION_RULES, submissionRefusal, type SubmissionAction } from "./rules";

const KINDS = REPORT_KIND_LABELS as Record<ReportKind, string>;
const base = z.object({ kind: choice(KINDS, "材料类型"), id: reference("材料"), version: requiredVersion() });

function permissionFor(kind: ReportKind, action: SubmissionAction): Permission {
  const rules = SUBMISSION_RULES[kind];
  if (action === "opinion") return "change:opinion";
  return action === "submit" || action === "edit" ? rules.draft : rules.review;
}

/** The role the actor acts in for this step (recorded on the history row). */
function actingRole(actor: Actor, permission: Permission): Role | null {
  return grantingMemberships(actor, permission)[0]?.role ?? null;
}

async function prepare(tx: Tx, actor: Actor, input: { kind: ReportKind; id: string; version: number }, action: SubmissionAction): Promise<LoadedSubmission> {
  const permission = permissionFor(input.kind, action);
  // The command's gate lets in anyone holding one kind's permission; this kind needs its own.
  if (!can(actor, permission)) throw new AppError("FORBIDDEN");
  const s = await SUBMISSIONS[input.kind].load(tx, actor, input.id, permission);
  if (!s) throw new AppError("NOT_FOUND");
  const refusal = submissionRefusal({ kind: s.kind, status: s.status, hasOpinion: s.hasOpinion }, action, (p) => can(actor, p));
  if (refusal) throw new AppError("INVALID_TRANSITION", refusal);
  if (input.version !== s.version) throw new AppError("CONFLICT");
  return s;
}

/** Nobody reviews, or gives the supervisor's opinion on, what they submitted themselves. */
async function refuseOwnSubmission(tx: Tx, actor: Actor, s: LoadedSubmission) {
  const submitter = await tx.reportEvent.findFirst({ where: { kind: s.kind, reportId: s.id, event: "SUBMIT" }, orderBy: { at: "desc" }, select: { actorId: true } });
  if (submitter?.actorId === actor.userId) throw new AppError("FORBIDDEN", "不能审核本人提交的材料");
}

async function move(tx: Tx, s: LoadedSubmission, data: Record<string, unknown>) {
  const moved = await SUBMISSIONS[s.kind].update(tx, s, { ...data, version: { increment: 1 } });
  if (moved !== 1) throw new AppError("CONFLICT");
}

export async function recordReportEvent(tx: Tx, actor: Actor, s: Pick<LoadedSubmission, "kind" | "id" | "districtId">, event: ReportEventKind, comment: string | null, role: Role | null) {
  await tx.reportEvent.create({ data: { districtId: s.districtId, kind: s.kind, reportId: s.id, event, comment, actorId: actor.userId, actorName: actor.name, actorRole: role } });
}

function outcome(s: LoadedSubmission, detail: Record<string, unknown>, message: string) {
  return {
    target: { type: SUBMISSIONS[s.kind].targetType, id: s.id },
    detail: { kind: s.kind, contractId: s.contractId, ...detail } as Prisma.InputJsonValue,
    message,
  };
}

/** 提交: the contractor submits a DRAFT or RETURNED submission; the kind freezes what it drafted from the records. */
export const submitSubmissionCommand = defineCommand({
  name: "submission.submit",
  schema: base,
  permission: ["brief:manage", "report:manage", "budget:manage", "declaration:manage"],
  run: async ({ input, actor, tx }) => {
    const s = await prepare(tx, actor, input, "submit");
    if (s.contractId) {
      const contract = await tx.serviceContract.findUniqueOrThrow({ where: { id: s.contractId }, select: { status: true } });
      if (contract.status === "TERMINATED") throw new AppError("INVALID_TRANSITION", "服务项目已终止，不能再提交");
    }
    const now = new Date();
    const frozen = await SUBMISSIONS[s.kind].onSubmit(tx, actor, s, now);
    await move(tx, s, { ...frozen, status: "SUBMITTED" satisfies SubmissionStatus });
    await recordReportEvent(tx, actor, s, "SUBMIT", null, actingRole(actor, SUBMISSION_RULES[s.kind].draft));
    const summary = await SUBMISSIONS[s.kind].submitted?.(tx, s, frozen);
    return outcome(s, { from: s.status, to: "SUBMITTED", ...summary?.detail }, `${s.title}已提交审核${summary ? `：${summary.note}` : ""}`);
  },
});

/** Blank rows of the form (no comment typed) are dropped; the same target twice is one comment each. */
const itemComment = z.object({ target: z.string().trim().min(1, "请选择意见针对的内容").max(80), comment: optionalText("意见", NARRATIVE_MAX) });

function withItems(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const r = raw as Record<string, unknown>;
  const rows = indexedRows(r, "items").filter((row): row is Record<string, unknown> => !!row && typeof row.comment === "string" && row.comment.trim() !== "");
  return { ...r, items: rows };
}

/** 逐项意见: each names a part of the submission the kind offers for comment; stored with the submission round. */
async function recordItemComments(tx: Tx, actor: Actor, s: LoadedSubmission, items: { target: string; comment: string | null }[]) {
  const handler = SUBMISSIONS[s.kind];
  if (!handler.commentTargets) throw new AppError("VALIDATION", "此类材料不支持逐项意见", { items: ["此类材料不支持逐项意见"] });
  const { round, targets } = await handler.commentTargets(tx, s);
  const unknown = items.findIndex((i) => !targets.has(i.target));
  if (unknown >= 0) throw new AppError("VALIDATION", "意见针对的内容不在本次提交的材料中", { [`items.${unknown}.target`]: ["意见针对的内容不在本次提交的材料中"] });
  await tx.reviewComment.createMany({
    data: items.map((i) => ({
      districtId: s.districtId, kind: s.kind, reportId: s.id, round, target: i.target, targetLabel: targets.get(i.target)!, comment: i.comment!, actorId: actor.userId, actorName: actor.name,
    })),
  });
}

const STEP_EVENT = { return: "RETURN", accept: "ACCEPT", reject: "REJECT" } as const;
const STEP_STATUS = { return: "RETURNED", accept: "ACCEPTED", reject: "REJECTED" } as const;
const STEP_MESSAGE = { return: "已退回修改", accept: "已审核通过", reject: "已决定不予批准" } as const;

/** 审核: return with comments, accept, or (budgets, change requests) reject — never one's own submission. */
export const reviewSubmissionCommand = defineCommand({
  name: "submission.review",
  schema: z.preprocess(withItems, base.extend({
    step: choice({ return: "退回", accept: "通过", reject: "不予批准" }, "审核结果"),
    comment: optionalText("审核意见", NARRATIVE_MAX),
    items: z.array(itemComment).max(200, "逐项意见最多 200 条").default([]),
  })).superRefine((v, ctx) => {
    // A return says what to change: in the overall comment, or item by item (绩效目标申报表).
    if (v.step === "return" && !v.comment && v.items.length === 0) ctx.addIssue({ code: "custom", path: ["comment"], message: "退回时请写明需要修改的内容" });
    if (v.step === "reject" && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "请写明不予批准的理由" });
    if (v.step !== "return" && v.items.length > 0) ctx.addIssue({ code: "custom", path: ["items"], message: "逐项意见只随退回一并给出" });
    // 项目变更申请审批表 prints the bureau's opinion: a decision on it is written down.
    if (v.step === "accept" && SUBMISSION_RULES[v.kind].opinion && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "请填写民政局审核意见" });
  }),
  permission: ["brief:review", "report:review", "budget:review", "declaration:review"],
  run: async ({ input, actor, tx }) => {
    const s = await prepare(tx, actor, input, input.step);
    await refuseOwnSubmission(tx, actor, s);
    const refusal = await SUBMISSIONS[s.kind].refuseReviewer?.(tx, actor, s);
    if (refusal) throw new AppError("FORBIDDEN", refusal);
    if (input.items.length > 0) await recordItemComments(tx, actor, s, input.items);
    const now = new Date();
    const extra = (await SUBMISSIONS[s.kind].onReview?.(tx, actor, s, input.step, input.comment, now)) ?? {};
    const to = STEP_STATUS[input.step];
    await move(tx, s, { ...extra, status: to });
    await recordReportEvent(tx, actor, s, STEP_EVENT[input.step], input.comment, actingRole(actor, SUBMISSION_RULES[s.kind].review));
    return outcome(s, { from: s.status, to, step: input.step }, `${s.title}${STEP_MESSAGE[input.step]}`);
  },
});

/** 督导审核意见: the project supervisor's opinion on a submitted change request, before the bureau decides. */
export const opinionSubmissionCommand = defineCommand({
  name: "submission.opinion",
  schema: base.extend({ comment: optionalText("督导审核意见", NARRATIVE_MAX) }).superRefine((v, ctx) => {
    if (!v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "请填写督导审核意见（根据项目各相关方反馈，审定项目变更可行性）" });
  }),
  permission: "change:opinion",
  run: async ({ input, actor, tx }) => {
    const s = await prepare(tx, actor, input, "opinion");
    await refuseOwnSubmission(tx, actor, s);
    const handler = SUBMISSIONS[s.kind];
    if (!handler.onOpinion) throw new AppError("INVALID_TRANSITION", "此类材料无需督导审核意见");
    const extra = await handler.onOpinion(tx, actor, s, input.comment!, new Date());
    await move(tx, s, extra);
    await recordReportEvent(tx, actor, s, "OPINION", input.comment, actingRole(actor, "change:opinion"));
    return outcome(s, { opinion: true }, "督导审核意见已保存");
  },
});
