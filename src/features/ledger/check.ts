import "server-only";
// The finance rules (src/features/budgets/rules.ts checkExpense) applied to one expense of the ledger:
// against the budget in force, the contract's other spending (everything recorded but this expense) and
// the attachments on file. The same evaluation decides a save and explains an expense on its page.
import type { BudgetCategory, DailyRateKind, PaymentMethod } from "@/generated/prisma/enums";
import { toFen, type Fen } from "@/lib/money";
import type { Db, Tx } from "@/server/db";
import type { BudgetInForce } from "@/features/budgets/current";
import { checkExpense, sumByCategory, type ExpenseCheck } from "@/features/budgets/rules";

export type ExpenseValues = {
  itemId: string;
  amount: Fen;
  method: PaymentMethod;
  purpose: string;
  payee: string;
  isPurchase: boolean;
  rateKind: DailyRateKind | null;
  dailyRate: Fen | null;
};

/** Which of the purchase documents an expense has on file. */
export async function purchaseDocs(client: Db | Tx, expenseId: string | null): Promise<{ quoteComparison: boolean; purchaseContract: boolean }> {
  if (!expenseId) return { quoteComparison: false, purchaseContract: false };
  const kinds = await client.storedFile.groupBy({
    by: ["kind"],
    where: { ownerType: "Expense", ownerId: expenseId, kind: { in: ["QUOTE_COMPARISON", "PURCHASE_CONTRACT"] } },
    _count: { _all: true },
  });
  return { quoteComparison: kinds.some((k) => k.kind === "QUOTE_COMPARISON"), purchaseContract: kinds.some((k) => k.kind === "PURCHASE_CONTRACT") };
}

/** What the contract has spent per item and per category, leaving out one expense (the one being saved). */
export async function spendingExcept(client: Db | Tx, contractId: string, expenseId: string | null) {
  const rows = await client.expense.groupBy({
    by: ["itemId"],
    where: { contractId, ...(expenseId ? { id: { not: expenseId } } : {}) },
    _sum: { amount: true },
  });
  const items = rows.length
    ? await client.budgetItem.findMany({ where: { id: { in: rows.map((r) => r.itemId) } }, select: { id: true, category: true } })
    : [];
  const categoryOf = new Map(items.map((i) => [i.id, i.category]));
  const byItem = new Map(rows.map((r) => [r.itemId, toFen(r._sum.amount)]));
  const byCategory = sumByCategory(rows.map((r) => ({ category: categoryOf.get(r.itemId)!, amount: toFen(r._sum.amount) })));
  return { byItem, byCategory };
}

/**
 * The check of `values` booked to `budget` (the budget in force), given what else the contract spent. The
 * item is looked up in the budget in force; an item no longer in it (removed by an adjustment) counts with a
 * budget of 0, so any spending on it shows as an overrun.
 */
export function evaluateExpense(
  values: ExpenseValues,
  ctx: {
    budget: BudgetInForce;
    item: { category: BudgetCategory; name: string };
    spent: { byItem: Map<string, Fen>; byCategory: Record<BudgetCategory, Fen> };
    has: { quoteComparison: boolean; purchaseContract: boolean };
  },
): ExpenseCheck {
  const line = ctx.budget.lines.find((l) => l.itemId === values.itemId);
  return checkExpense({
    amount: values.amount,
    method: values.method,
    purpose: values.purpose,
    payee: values.payee,
    isPurchase: values.isPurchase,
    rateKind: values.rateKind,
    dailyRate: values.dailyRate,
    item: { category: ctx.item.category, name: ctx.item.name, budget: line?.amount ?? 0, spentBefore: ctx.spent.byItem.get(values.itemId) ?? 0 },
    budgetTotal: ctx.budget.total,
    spentBeforeByCategory: ctx.spent.byCategory,
    has: ctx.has,
  });
}

/** "补齐询价（比价）资料和采购合同后才能记为已入账" for what is missing. */
export function completeRefusal(has: { quoteComparison: boolean; purchaseContract: boolean }): string {
  const missing = [!has.quoteComparison && "询价（比价）资料", !has.purchaseContract && "采购合同"].filter(Boolean).join("和");
  return `补齐${missing}后才能记为已入账`;
}
