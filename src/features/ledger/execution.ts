import "server-only";
// 预算执行: per budget line, what the budget in force allows, what the ledger has spent, the variance and the
// execution rate; overall the same. Used by the ledger pages and by the mid-term and final reports' fund use
// (资金使用报告: 预算金额 / 实际支出金额 / 差异额). The caller has checked access to the contract.
import type { BudgetCategory } from "@/generated/prisma/enums";
import { percentBasisPoints, sumFen, toFen, type Fen } from "@/lib/money";
import type { Db, Tx } from "@/server/db";
import { budgetInForce } from "@/features/budgets/current";
import { sumByCategory } from "@/features/budgets/rules";
import { byCode } from "@/features/budgets/lines";

export type ExecutionLine = {
  itemId: string;
  code: string;
  category: BudgetCategory;
  name: string;
  budget: Fen;
  /** Every recorded expense (已入账 and 待补材料). */
  spent: Fen;
  /** Of which still 待补材料. */
  pending: Fen;
  /** budget − spent (negative = overspent). */
  variance: Fen;
  /** spent / budget in basis points; null when the line has no budget. */
  rate: number | null;
};

export type Execution = {
  budgetVersion: number | null;
  lines: ExecutionLine[];
  total: { budget: Fen; spent: Fen; pending: Fen; variance: Fen; rate: number | null };
  byCategory: Record<BudgetCategory, { budget: Fen; spent: Fen }>;
};

/** Spending up to and including `until` (YYYY-MM-DD), or all of it. */
export async function budgetExecution(client: Db | Tx, contractId: string, until?: string): Promise<Execution> {
  const budget = await budgetInForce(client, contractId);
  const untilDate = until ? new Date(`${until}T00:00:00Z`) : undefined;
  const spent = await client.expense.groupBy({
    by: ["itemId", "status"],
    where: { contractId, ...(untilDate ? { spentOn: { lte: untilDate } } : {}) },
    _sum: { amount: true },
  });
  const spentBy = new Map<string, { spent: Fen; pending: Fen }>();
  for (const row of spent) {
    const cur = spentBy.get(row.itemId) ?? { spent: 0, pending: 0 };
    const amount = toFen(row._sum.amount);
    spentBy.set(row.itemId, { spent: cur.spent + amount, pending: cur.pending + (row.status === "PENDING" ? amount : 0) });
  }
  const lines: ExecutionLine[] = (budget?.lines ?? []).map((l) => {
    const s = spentBy.get(l.itemId) ?? { spent: 0, pending: 0 };
    spentBy.delete(l.itemId);
    return { itemId: l.itemId, code: l.code, category: l.category, name: l.name, budget: l.amount, spent: s.spent, pending: s.pending, variance: l.amount - s.spent, rate: percentBasisPoints(s.spent, l.amount) };
  });
  // Items spent on but no longer in the budget in force (removed by an adjustment).
  if (spentBy.size > 0) {
    const items = await client.budgetItem.findMany({ where: { id: { in: [...spentBy.keys()] } }, select: { id: true, code: true, category: true, name: true } });
    for (const item of items) {
      const s = spentBy.get(item.id)!;
      lines.push({ itemId: item.id, code: item.code, category: item.category, name: item.name, budget: 0, spent: s.spent, pending: s.pending, variance: -s.spent, rate: null });
    }
    lines.sort(byCode);
  }
  const totalBudget = sumFen(lines.map((l) => l.budget));
  const totalSpent = sumFen(lines.map((l) => l.spent));
  const budgets = sumByCategory(lines.map((l) => ({ category: l.category, amount: l.budget })));
  const spents = sumByCategory(lines.map((l) => ({ category: l.category, amount: l.spent })));
  return {
    budgetVersion: budget?.number ?? null,
    lines,
    total: { budget: totalBudget, spent: totalSpent, pending: sumFen(lines.map((l) => l.pending)), variance: totalBudget - totalSpent, rate: percentBasisPoints(totalSpent, totalBudget) },
    byCategory: Object.fromEntries(Object.keys(budgets).map((c) => [c, { budget: budgets[c as BudgetCategory], spent: spents[c as BudgetCategory] }])) as Execution["byCategory"],
  };
}
