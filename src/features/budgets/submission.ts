import "server-only";
// 项目经费预算 (version 1) and each 预算调整 (later versions) in the generic review workflow.
import { scope } from "@/server/scope";
import type { SubmissionHandler } from "@/features/submissions/handler";

export const budgetSubmission: SubmissionHandler = {
  kind: "BUDGET",
  targetType: "BudgetVersion",
  load: async (tx, actor, id, permission) => {
    const row = await tx.budgetVersion.findFirst({
      where: { AND: [{ id }, scope.budgetVersions(actor, permission)] },
      select: { id: true, districtId: true, contractId: true, status: true, version: true, number: true, contract: { select: { name: true } } },
    });
    if (!row) return null;
    return { kind: "BUDGET", id: row.id, districtId: row.districtId, contractId: row.contractId, status: row.status, version: row.version, title: row.number === 1 ? `「${row.contract.name}」项目经费预算` : `「${row.contract.name}」预算调整（第 ${row.number} 版）` };
  },
  update: async (tx, s, data) => (await tx.budgetVersion.updateMany({ where: { id: s.id, version: s.version, status: s.status }, data })).count,
  onSubmit: async (_tx, _actor, _s, now) => ({ submittedAt: now }),
  onReview: async (_tx, _actor, _s, step, _comment, now) => (step === "return" ? {} : { decidedAt: now }),
};
