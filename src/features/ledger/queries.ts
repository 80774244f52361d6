import "server-only";
// 支出台账 pages: the ledger of one contract (filters, totals, the execution of the budget in force), one
// expense with its findings and attachments, and what the form offers. Expenses are read through
// scope.expenses (ledger:read); the contract through scope.contracts with the same permission.
import type { BudgetCategory, ExpenseStatus, PaymentMethod } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { calendarMonthRange, formatCalendarDate, isMonth, parseCalendarDate } from "@/lib/dates";
import { EXPENSE_STATUS_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { toFen, type Fen } from "@/lib/money";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { budgetInForce, type BudgetInForce } from "@/features/budgets/current";
import type { ExpenseCheck, Finding } from "@/features/budgets/rules";
import { filesOf, type FileSummary } from "@/features/files/queries";
import { completeRefusal, evaluateExpense, spendingExcept } from "./check";
import { budgetExecution, type Execution } from "./execution";
import { byCode } from "@/features/budgets/lines";

export const LEDGER_SORTS = ["spentOn", "amount"] as const;
export const LEDGER_FILTERS = ["month", "item", "status", "method"] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];


async function ledgerContract(actor: Actor, contractId: string) {
  return db.serviceContract.findFirst({
    where: { AND: [{ id: contractId }, scope.contracts(actor, "ledger:read")] },
    select: { id: true, code: true, name: true, status: true, startsOn: true, endsOn: true, districtId: true },
  });
}

/** Whether the actor keeps this contract's ledger now (its contractor, while the contract is ACTIVE). */
async function managesLedger(actor: Actor, contractId: string): Promise<boolean> {
  if (!can(actor, "ledger:manage")) return false;
  return (await db.serviceContract.count({ where: { AND: [{ id: contractId, status: "ACTIVE" }, scope.contracts(actor, "ledger:manage")] } })) === 1;
}

function filterWhere(filters: Record<string, string>, q: string): Prisma.ExpenseWhereInput[] {
  const where: Prisma.ExpenseWhereInput[] = [];
  if (filters.month && isMonth(filters.month)) {
    const days = calendarMonthRange(filters.month);
    where.push({ spentOn: { gte: parseCalendarDate(days.from)!, lt: parseCalendarDate(days.to)! } });
  }
  if (filters.item) where.push({ itemId: filters.item });
  if (filters.status && filters.status in EXPENSE_STATUS_LABELS) where.push({ status: filters.status as ExpenseStatus });
  if (filters.method && filters.method in PAYMENT_METHOD_LABELS) where.push({ method: filters.method as PaymentMethod });
  if (q) where.push({ OR: [{ payee: { contains: q, mode: "insensitive" } }, { purpose: { contains: q, mode: "insensitive" } }, { invoiceNo: { contains: q, mode: "insensitive" } }] });
  return where;
}

type DocCounts = { count: number; quoteComparison: boolean; purchaseContract: boolean };

async function documentsOf(expenseIds: string[]): Promise<Map<string, DocCounts>> {
  const rows = expenseIds.length
    ? await db.storedFile.groupBy({ by: ["ownerId", "kind"], where: { ownerType: "Expense", ownerId: { in: expenseIds } }, _count: { _all: true } })
    : [];
  const out = new Map<string, DocCounts>();
  for (const r of rows) {
    const cur = out.get(r.ownerId) ?? { count: 0, quoteComparison: false, purchaseContract: false };
    cur.count += r._count._all;
    if (r.kind === "QUOTE_COMPARISON") cur.quoteComparison = true;
    if (r.kind === "PURCHASE_CONTRACT") cur.purchaseContract = true;
    out.set(r.ownerId, cur);
  }
  return out;
}

/** Spending per item and category from the execution, less one expense: what "everything else" spent. */
function othersFrom(execution: Execution, expense: { itemId: string; category: BudgetCategory; amount: Fen }) {
  const byItem = new Map(execution.lines.map((l) => [l.itemId, l.spent]));
  byItem.set(expense.itemId, (byItem.get(expense.itemId) ?? 0) - expense.amount);
  const byCategory = Object.fromEntries(Object.entries(execution.byCategory).map(([c, v]) => [c, v.spent])) as Record<BudgetCategory, Fen>;
  byCategory[expense.category] -= expense.amount;
  return { byItem, byCategory };
}

export type LedgerRow = {
  id: string;
  spentOn: Date;
  item: { code: string; name: string };
  purpose: string;
  payee: string;
  method: PaymentMethod;
  invoiceNo: string | null;
  amount: Fen;
  status: ExpenseStatus;
  files: number;
  /** Findings of the rules on this expense (advisory ones; hard ones cannot have been saved). */
  warnings: string[];
};

export type Ledger = {
  contract: NonNullable<Awaited<ReturnType<typeof ledgerContract>>>;
  budget: BudgetInForce | null;
  execution: Execution;
  rows: LedgerRow[];
  /** Of the filtered rows (all pages). */
  total: number;
  totalAmount: Fen;
  /** The actor records expenses on this contract now (its contractor, ACTIVE, a budget in force). */
  canRecord: boolean;
  canManage: boolean;
  items: { id: string; code: string; name: string }[];
};

export async function getLedger(actor: Actor, contractId: string, params: ListParams<LedgerSort>): Promise<Ledger | null> {
  const contract = await ledgerContract(actor, contractId);
  if (!contract) return null;
  const where: Prisma.ExpenseWhereInput = { AND: [scope.expenses(actor, "ledger:read"), { contractId: contract.id }, ...filterWhere(params.filters, params.q)] };
  const orderBy: Prisma.ExpenseOrderByWithRelationInput[] = params.sort === "amount"
    ? [{ amount: params.dir }, { spentOn: "desc" }, { id: "asc" }]
    : [{ spentOn: params.dir }, { createdAt: params.dir }, { id: "asc" }];
  const [budget, execution, found, total, sum, canManage, items] = await Promise.all([
    budgetInForce(db, contract.id),
    budgetExecution(db, contract.id),
    db.expense.findMany({
      where, orderBy, ...skipTake(params),
      select: { id: true, spentOn: true, itemId: true, purpose: true, payee: true, method: true, invoiceNo: true, amount: true, status: true, isPurchase: true, rateKind: true, dailyRate: true, item: { select: { code: true, name: true, category: true } } },
    }),
    db.expense.count({ where }),
    db.expense.aggregate({ where, _sum: { amount: true } }),
    managesLedger(actor, contract.id),
    db.budgetItem.findMany({ where: { AND: [{ contractId: contract.id }, scope.budgetItems(actor, "ledger:read")] }, select: { id: true, code: true, name: true } }),
  ]);
  const docs = await documentsOf(found.map((r) => r.id));
  const rows = found.map((r): LedgerRow => {
    const amount = toFen(r.amount);
    const has = docs.get(r.id) ?? { count: 0, quoteComparison: false, purchaseContract: false };
    const check = budget
      ? evaluateExpense(
          { itemId: r.itemId, amount, method: r.method, purpose: r.purpose, payee: r.payee, isPurchase: r.isPurchase, rateKind: r.rateKind, dailyRate: r.dailyRate === null ? null : toFen(r.dailyRate) },
          { budget, item: r.item, spent: othersFrom(execution, { itemId: r.itemId, category: r.item.category, amount }), has },
        )
      : null;
    return {
      id: r.id, spentOn: r.spentOn, item: { code: r.item.code, name: r.item.name }, purpose: r.purpose, payee: r.payee, method: r.method, invoiceNo: r.invoiceNo,
      amount, status: r.status, files: has.count, warnings: check?.findings.map((f) => f.message) ?? [],
    };
  });
  items.sort(byCode);
  return {
    contract, budget, execution, rows, total, totalAmount: toFen(sum._sum.amount),
    canManage, canRecord: canManage && budget !== null, items,
  };
}

export type ExpenseDetail = {
  contract: NonNullable<Awaited<ReturnType<typeof ledgerContract>>>;
  expense: {
    id: string; version: number; spentOn: Date; itemId: string; item: { code: string; name: string; category: BudgetCategory; inForce: boolean };
    amount: Fen; payee: string; method: PaymentMethod; invoiceNo: string | null; purpose: string; isPurchase: boolean;
    rateKind: Prisma.ExpenseGetPayload<{ select: { rateKind: true } }>["rateKind"]; dailyRate: Fen | null; personDays: number | null;
    status: ExpenseStatus; recordedBy: string; createdAt: Date; updatedAt: Date;
  };
  files: FileSummary[];
  findings: Finding[];
  check: ExpenseCheck | null;
  /** Why it cannot be 已入账 yet, as one sentence ("补齐…后才能记为已入账"), or null. */
  completeBlocked: string | null;
  canManage: boolean;
  /** The budget in force's lines, for the edit form. */
  lines: { itemId: string; code: string; name: string }[];
};

export async function getExpense(actor: Actor, contractId: string, expenseId: string): Promise<ExpenseDetail | null> {
  const contract = await ledgerContract(actor, contractId);
  if (!contract) return null;
  const row = await db.expense.findFirst({
    where: { AND: [{ id: expenseId, contractId: contract.id }, scope.expenses(actor, "ledger:read")] },
    select: {
      id: true, version: true, spentOn: true, itemId: true, amount: true, payee: true, method: true, invoiceNo: true, purpose: true, isPurchase: true,
      rateKind: true, dailyRate: true, personDays: true, status: true, recordedById: true, createdAt: true, updatedAt: true,
      item: { select: { code: true, name: true, category: true } },
    },
  });
  if (!row) return null;
  const [budget, files, spent, recorder, canManage] = await Promise.all([
    budgetInForce(db, contract.id),
    filesOf("Expense", [row.id]),
    spendingExcept(db, contract.id, row.id),
    db.user.findUnique({ where: { id: row.recordedById }, select: { name: true } }),
    managesLedger(actor, contract.id),
  ]);
  const own = files.get(row.id) ?? [];
  const has = { quoteComparison: own.some((f) => f.kind === "QUOTE_COMPARISON"), purchaseContract: own.some((f) => f.kind === "PURCHASE_CONTRACT") };
  const amount = toFen(row.amount);
  const dailyRate = row.dailyRate === null ? null : toFen(row.dailyRate);
  const check = budget
    ? evaluateExpense({ itemId: row.itemId, amount, method: row.method, purpose: row.purpose, payee: row.payee, isPurchase: row.isPurchase, rateKind: row.rateKind, dailyRate }, { budget, item: row.item, spent, has })
    : null;
  return {
    contract,
    expense: {
      id: row.id, version: row.version, spentOn: row.spentOn, itemId: row.itemId,
      item: { ...row.item, inForce: !!budget?.lines.some((l) => l.itemId === row.itemId) },
      amount, payee: row.payee, method: row.method, invoiceNo: row.invoiceNo, purpose: row.purpose, isPurchase: row.isPurchase,
      rateKind: row.rateKind, dailyRate, personDays: row.personDays, status: row.status, recordedBy: recorder?.name ?? "", createdAt: row.createdAt, updatedAt: row.updatedAt,
    },
    files: own,
    findings: check?.findings ?? [],
    check,
    completeBlocked: check && check.incomplete.length > 0 ? completeRefusal(has) : null,
    canManage: canManage && budget !== null,
    lines: (budget?.lines ?? []).map((l) => ({ itemId: l.itemId, code: l.code, name: l.name })),
  };
}

/** What the 登记支出 form needs, or null when the actor cannot record on this contract now. */
export async function expenseFormOptions(actor: Actor, contractId: string) {
  const contract = await ledgerContract(actor, contractId);
  if (!contract || !(await managesLedger(actor, contract.id))) return null;
  const budget = await budgetInForce(db, contract.id);
  return {
    contract: { id: contract.id, startsOn: formatCalendarDate(contract.startsOn), endsOn: formatCalendarDate(contract.endsOn) },
    budget,
    lines: (budget?.lines ?? []).map((l) => ({ itemId: l.itemId, code: l.code, name: l.name })),
  };
}
