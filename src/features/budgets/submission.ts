import "server-only";
// 项目经费预算 (version 1) and each 预算调整 (later versions) in the generic review workflow. Submitting
// re-runs the finance rules on the stored version (hard findings refuse it, keyed like the form's fields);
// accepting puts the version in force (the accepted version with the highest number is the budget in force).
import { scope } from "@/server/scope";
import { AppError, fieldError, type FieldErrors } from "@/server/errors";
import { contractOf, type SubmissionHandler } from "@/features/submissions/handler";
import { budgetInForce } from "./current";
import { compareBudgets } from "./compare";
import { loadVersionLines } from "./version-lines";
import { checkBudget } from "./rules";

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
  onSubmit: async (tx, _actor, s, now) => {
    const stored = await loadVersionLines(tx, s.id);
    const { lines } = stored;
    const contract = await tx.serviceContract.findUniqueOrThrow({ where: { id: contractOf(s) }, select: { status: true } });
    if (contract.status === "COMPLETED") throw new AppError("INVALID_TRANSITION", "服务项目已结项，预算不能再调整");
    const check = checkBudget({ lines, funds: stored.funds, contractAmount: stored.contractAmount });
    if (stored.number >= 2 && !stored.reason) throw fieldError("reason", "请填写调整原因");
    const hard = check.findings.filter((f) => f.severity === "hard");
    if (hard.length > 0) {
      const fieldErrors: FieldErrors = {};
      for (const f of hard) (fieldErrors[f.field ?? "lines"] ??= []).push(f.message);
      throw new AppError("VALIDATION", `预算有 ${hard.length} 项不符合财务管理规定，不能提交：${hard.map((f) => f.message).join("；")}`, fieldErrors);
    }
    if (stored.number >= 2) {
      const inForce = await budgetInForce(tx, stored.contractId);
      const same = inForce
        && compareBudgets(inForce.lines, lines).lines.every((l) => l.delta === 0 && l.before !== null && l.after !== null)
        && inForce.funds.fundProvincial === stored.funds.fundProvincial && inForce.funds.fundLocal === stored.funds.fundLocal && inForce.funds.fundRaised === stored.funds.fundRaised
        && inForce.lines.every((l) => { const n = lines.find((x) => x.itemId === l.itemId)!; return n.basis === l.basis && n.rateKind === l.rateKind && n.dailyRate === l.dailyRate; });
      if (same) throw new AppError("VALIDATION", "预算调整与现行预算完全相同，无需提交；请修改后再提交，或放弃本次调整。", { lines: ["与现行预算相比没有任何调整"] });
    }
    return { submittedAt: now, decidedAt: null };
  },
  onReview: async (tx, _actor, s, step, _comment, now) => {
    if (step === "reject") {
      const v = await tx.budgetVersion.findUniqueOrThrow({ where: { id: s.id }, select: { number: true } });
      // Without a budget in force there is nothing to fall back on: the declared budget is returned for changes.
      if (v.number === 1) throw new AppError("INVALID_TRANSITION", "项目经费预算（第 1 版）只能退回修改或审核通过；不予批准仅适用于预算调整");
    }
    return step === "return" ? {} : { decidedAt: now };
  },
};
