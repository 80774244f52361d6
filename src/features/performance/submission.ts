import "server-only";
// 绩效自评 in the generic review workflow (decision 016, extended by decision 020): the declaring unit submits its
// year-end self-evaluation (the score and the grade are frozen, monitoring closes); the bureau's reviewers return it
// with a comment (it opens again, the frozen score is cleared and computed anew at the next submission) or accept it.
// Nobody on the declaring unit's staff decides on it, even holding the reviewer role as well.
import type { SubmissionHandler } from "@/features/submissions/handler";
import { toFen } from "@/lib/money";
import { scope } from "@/server/scope";
import { submittedEvaluation } from "./evaluation";
import { formatPoints, GRADE_LABELS, type Grade } from "./scoring";
import { executionRate } from "./weights";

export const evaluationSubmission: SubmissionHandler = {
  kind: "EVALUATION",
  targetType: "DeclarationEvaluation",
  load: async (tx, actor, id, permission) => {
    const row = await tx.declarationEvaluation.findFirst({
      where: { id, declaration: scope.declarations(actor, permission) },
      select: { id: true, status: true, version: true, declaration: { select: { districtId: true, year: true, name: true } } },
    });
    if (!row) return null;
    const d = row.declaration;
    return { kind: "EVALUATION", id: row.id, districtId: d.districtId, contractId: null, status: row.status, version: row.version, title: `${d.year}年「${d.name}」绩效自评` };
  },
  update: async (tx, s, data) => (await tx.declarationEvaluation.updateMany({ where: { id: s.id, version: s.version, status: s.status }, data })).count,
  onSubmit: (tx, actor, s, now) => submittedEvaluation(tx, actor, s.id, s.version, now),
  submitted: async (tx, s, frozen) => {
    const total = frozen.totalScore as number;
    const grade = frozen.grade as Grade;
    const ev = await tx.declarationEvaluation.findUniqueOrThrow({ where: { id: s.id }, select: { declarationId: true, spentAmount: true, declaration: { select: { totalAmount: true } } } });
    const executionBp = ev.spentAmount === null ? null : executionRate(toFen(ev.spentAmount), toFen(ev.declaration.totalAmount));
    return {
      detail: { declarationId: ev.declarationId, total: formatPoints(total), grade, executionRate: executionBp },
      note: `总分 ${formatPoints(total)} 分，等级「${GRADE_LABELS[grade]}」`,
    };
  },
  onReview: async (_tx, _actor, _s, step, _comment, now) => (step === "return" ? { totalScore: null, grade: null, decidedAt: null } : { decidedAt: now }),
  refuseReviewer: async (tx, actor, s) => {
    const own = await tx.declarationEvaluation.count({ where: { id: s.id, declaration: scope.declarations(actor, "declaration:manage") } });
    return own > 0 ? "申报单位不能审核本单位的绩效自评" : null;
  },
};
