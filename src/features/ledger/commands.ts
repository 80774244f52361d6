import "server-only";
// 支出台账 (§5): the contractor records each expense of an ACTIVE contract against a line of the budget in
// force. Every save runs the finance rules (checkExpense): a hard finding refuses the expense; a purchase of
// 2000 元 or more stays 待补材料 until its quote comparison and purchase contract are on file; advisory
// findings are saved and shown. Deleting: only a 待补材料 expense (an 已入账 one is un-booked first by saving
// it without 记为「已入账」, which leaves an audit row of its own).
import type { z } from "zod";
import type { BudgetCategory } from "@/generated/prisma/enums";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { toDecimalString, toFen } from "@/lib/money";
import { defineCommand } from "@/server/action";
import type { Tx } from "@/server/db";
import { AppError, fieldError, type FieldErrors } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { budgetInForce, type BudgetInForce } from "@/features/budgets/current";
import type { ExpenseCheck } from "@/features/budgets/rules";
import { completeRefusal, evaluateExpense, purchaseDocs, spendingExcept, type ExpenseValues } from "./check";
import { completeExpenseSchema, deleteExpenseSchema, expenseFormSchema, saveExpenseSchema } from "./schemas";

const ledgerPath = (contractId: string) => `/contractor/contracts/${contractId}/ledger`;

/** The contract, if the actor keeps its ledger and it is being carried out, with its budget in force. */
async function openLedger(tx: Tx, actor: Actor, contractId: string): Promise<{ contract: { id: string; districtId: string; startsOn: Date; endsOn: Date }; budget: BudgetInForce }> {
  const contract = await tx.serviceContract.findFirst({
    where: { AND: [{ id: contractId }, scope.contracts(actor, "ledger:manage")] },
    select: { id: true, districtId: true, status: true, startsOn: true, endsOn: true },
  });
  if (!contract) throw new AppError("NOT_FOUND");
  if (contract.status !== "ACTIVE") throw new AppError("INVALID_TRANSITION", "服务项目不在履行中，不能登记或更改支出");
  // One ledger writer at a time per contract: the share limits are checked against the contract's total spending.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ledger:${contract.id}`}))`;
  const budget = await budgetInForce(tx, contract.id);
  if (!budget) throw new AppError("INVALID_TRANSITION", "项目经费预算尚未审核通过，不能登记支出");
  return { contract, budget };
}

async function runCheck(tx: Tx, contractId: string, budget: BudgetInForce, values: ExpenseValues, expenseId: string | null, item: { category: BudgetCategory; name: string }) {
  const [spent, has] = await Promise.all([spendingExcept(tx, contractId, expenseId), purchaseDocs(tx, expenseId)]);
  return { check: evaluateExpense(values, { budget, item, spent, has }), has };
}

/** Hard findings refuse the save, each on the field it concerns. */
function refuseHard(check: ExpenseCheck) {
  const hard = check.findings.filter((f) => f.severity === "hard");
  if (hard.length === 0) return;
  const fieldErrors: FieldErrors = {};
  for (const f of hard) (fieldErrors[f.field ?? "_form"] ??= []).push(f.message);
  throw new AppError("VALIDATION", hard.map((f) => f.message).join("；"), fieldErrors);
}

const advisories = (check: ExpenseCheck) => check.findings.filter((f) => f.severity === "advisory");

function savedMessage(status: "PENDING" | "COMPLETE", warnings: string[]) {
  const base = status === "COMPLETE" ? "支出已保存，已入账" : "支出已保存，状态为「待补材料」";
  return warnings.length ? `${base}。请注意：${warnings.join("；")}` : base;
}

async function saveForm(tx: Tx, actor: Actor, input: z.output<typeof expenseFormSchema>) {
  const existing = input.expenseId
    ? await tx.expense.findFirst({ where: { AND: [{ id: input.expenseId }, scope.expenses(actor, "ledger:manage")] }, select: { id: true, contractId: true, version: true, status: true } })
    : null;
  if (input.expenseId) {
    if (!existing || existing.contractId !== input.contractId) throw new AppError("NOT_FOUND");
    if (input.version !== undefined && input.version !== existing.version) throw new AppError("CONFLICT");
  } else if (input.version !== undefined) {
    throw new AppError("CONFLICT");
  }
  const { contract, budget } = await openLedger(tx, actor, input.contractId);

  const line = budget.lines.find((l) => l.itemId === input.itemId);
  if (!line) throw fieldError("itemId", "请选择本项目现行预算中的科目");
  const day = formatCalendarDate(input.spentOn);
  const [from, to] = [formatCalendarDate(contract.startsOn), formatCalendarDate(contract.endsOn)];
  if (day < from || day > to) throw fieldError("spentOn", `支出日期应在项目期内（${from} 至 ${to}）`);
  if (day > formatDate(new Date())) throw fieldError("spentOn", "支出日期不能晚于今天");

  const values: ExpenseValues = {
    itemId: line.itemId, amount: input.amount, method: input.method, purpose: input.purpose, payee: input.payee,
    isPurchase: input.isPurchase, rateKind: input.rateKind, dailyRate: input.dailyRate,
  };
  const { check, has } = await runCheck(tx, contract.id, budget, values, existing?.id ?? null, line);
  refuseHard(check);
  if (input.status === "COMPLETE" && check.incomplete.length > 0) {
    const message = `${check.incomplete.join("；")}。${completeRefusal(has)}，可先保存为「待补材料」，上传附件后再记为已入账`;
    throw new AppError("VALIDATION", message, { status: [message] });
  }
  const status = input.status;
  const warnings = advisories(check).map((f) => f.message);
  const data = {
    spentOn: input.spentOn, itemId: line.itemId, amount: toDecimalString(input.amount), payee: input.payee, method: input.method,
    invoiceNo: input.invoiceNo, purpose: input.purpose, isPurchase: input.isPurchase, rateKind: input.rateKind,
    dailyRate: input.dailyRate === null ? null : toDecimalString(input.dailyRate), personDays: input.personDays, status,
  };

  let id: string;
  if (existing) {
    const moved = await tx.expense.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    id = existing.id;
  } else {
    id = (await tx.expense.create({ data: { ...data, districtId: contract.districtId, contractId: contract.id, recordedById: actor.userId }, select: { id: true } })).id;
  }
  return {
    target: { type: "Expense", id },
    districtId: contract.districtId,
    detail: {
      contractId: contract.id, created: !existing, item: line.code, amount: toDecimalString(input.amount), method: input.method, status,
      ...(existing && existing.status !== status ? { statusBefore: existing.status } : {}),
      warnings: advisories(check).map((f) => f.rule),
    },
    data: { id, status, warnings },
    message: savedMessage(status, warnings),
    redirectTo: `${ledgerPath(contract.id)}/${id}`,
  };
}

/** 记为已入账: the same check, on the expense as it is stored, now that its documents may be on file. */
async function complete(tx: Tx, actor: Actor, input: z.output<typeof completeExpenseSchema>) {
  const expense = await tx.expense.findFirst({
    where: { AND: [{ id: input.expenseId }, scope.expenses(actor, "ledger:manage")] },
    select: {
      id: true, contractId: true, version: true, status: true, itemId: true, amount: true, method: true, purpose: true, payee: true, isPurchase: true, rateKind: true, dailyRate: true,
      item: { select: { code: true, category: true, name: true } },
    },
  });
  if (!expense) throw new AppError("NOT_FOUND");
  if (input.version !== undefined && input.version !== expense.version) throw new AppError("CONFLICT");
  if (expense.status === "COMPLETE") throw new AppError("INVALID_TRANSITION", "该支出已入账");
  const { contract, budget } = await openLedger(tx, actor, expense.contractId);
  const values: ExpenseValues = {
    itemId: expense.itemId, amount: toFen(expense.amount), method: expense.method, purpose: expense.purpose, payee: expense.payee,
    isPurchase: expense.isPurchase, rateKind: expense.rateKind, dailyRate: expense.dailyRate === null ? null : toFen(expense.dailyRate),
  };
  const { check, has } = await runCheck(tx, contract.id, budget, values, expense.id, expense.item);
  refuseHard(check);
  if (check.incomplete.length > 0) {
    const message = `${check.incomplete.join("；")}。${completeRefusal(has)}`;
    throw new AppError("VALIDATION", message, { status: [message] });
  }
  const moved = await tx.expense.updateMany({ where: { id: expense.id, version: expense.version }, data: { status: "COMPLETE", version: { increment: 1 } } });
  if (moved.count !== 1) throw new AppError("CONFLICT");
  const warnings = advisories(check).map((f) => f.message);
  return {
    target: { type: "Expense", id: expense.id },
    districtId: contract.districtId,
    detail: { contractId: contract.id, step: "complete", item: expense.item.code, amount: toDecimalString(values.amount), status: "COMPLETE", statusBefore: expense.status, warnings: advisories(check).map((f) => f.rule) },
    data: { id: expense.id, status: "COMPLETE" as const, warnings },
    message: savedMessage("COMPLETE", warnings),
    redirectTo: `${ledgerPath(contract.id)}/${expense.id}`,
  };
}

/** 登记 / 修改支出 (no step) and 记为已入账 (step=complete). */
export const saveExpenseCommand = defineCommand({
  name: "expense.save",
  schema: saveExpenseSchema,
  permission: "ledger:manage",
  run: async ({ input, actor, tx }) => (input.step === "complete" ? complete(tx, actor, input) : saveForm(tx, actor, input)),
});

/** Removes a 待补材料 expense and its attachments. */
export const deleteExpenseCommand = defineCommand({
  name: "expense.delete",
  schema: deleteExpenseSchema,
  permission: "ledger:manage",
  run: async ({ input, actor, tx }) => {
    const expense = await tx.expense.findFirst({
      where: { AND: [{ id: input.expenseId }, scope.expenses(actor, "ledger:manage")] },
      select: { id: true, contractId: true, version: true, status: true, amount: true, item: { select: { code: true } } },
    });
    if (!expense) throw new AppError("NOT_FOUND");
    if (input.version !== undefined && input.version !== expense.version) throw new AppError("CONFLICT");
    if (expense.status !== "PENDING") throw new AppError("INVALID_TRANSITION", "已入账的支出不能删除；确需删除的，请先修改为不记为「已入账」");
    const { contract } = await openLedger(tx, actor, expense.contractId);
    const files = await tx.storedFile.deleteMany({ where: { ownerType: "Expense", ownerId: expense.id } });
    const gone = await tx.expense.deleteMany({ where: { id: expense.id, version: expense.version } });
    if (gone.count !== 1) throw new AppError("CONFLICT");
    return {
      target: { type: "Expense", id: expense.id },
      districtId: contract.districtId,
      detail: { contractId: contract.id, item: expense.item.code, amount: toDecimalString(toFen(expense.amount)), files: files.count },
      message: "支出已删除",
      redirectTo: ledgerPath(contract.id),
    };
  },
});
