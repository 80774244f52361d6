// 支出台账: expense.save / expense.delete with every finance rule path, who may write and read, the ledger
// queries and the execution figures (exact, in 分), and the 项目收支表 export.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { formatDate } from "@/lib/dates";
import { parseYuan, sumFen, toFen } from "@/lib/money";
import { uploadFileCommand } from "@/features/files/commands";
import { deleteExpenseCommand, saveExpenseCommand } from "@/features/ledger/commands";
import { budgetExecution } from "@/features/ledger/execution";
import { exportLedger } from "@/features/ledger/export";
import { expenseFormOptions, getExpense, getLedger } from "@/features/ledger/queries";
import { parseListParams } from "@/lib/list-params";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser } from "../../prisma/seed/factories";
import { DEMO_EXPENSES, seedDemoLedger } from "../../prisma/seed/demo-ledger";
import { readFile } from "@/features/files/queries";
import { acceptedBudget, newContract } from "../support/contracts";
import { actorOf, buildWorld, type World } from "../support/world";

let w: World;
/** contractorAdmin's contract (district a, contractors[0]), its budget's items by code. */
let contractId: string;
let items: Record<string, { id: string }>;
/** contractors[1]'s contract in district a, its admin, and its items. */
let otherContractId: string;
let otherItems: Record<string, { id: string }>;
let otherAdmin: Actor;
/** district b's contract of its contractors[0]. */
let bContractId: string;
let bItems: Record<string, { id: string }>;

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");
const pdf = (name = "x.pdf") => new File([PDF], name, { type: "application/pdf" });

function fields(overrides: Record<string, unknown> = {}) {
  return {
    contractId, spentOn: "2026-03-10", itemId: items.D1.id, amount: "300.00", payee: "昆明呈贡出租汽车公司", method: "BANK_TRANSFER",
    invoiceNo: "", purpose: "入户探访交通费", isPurchase: "", rateKind: "", dailyRate: "", personDays: "", status: "",
    ...overrides,
  };
}

async function save(actor: Actor, overrides: Record<string, unknown> = {}) {
  return saveExpenseCommand.execute(actor, fields(overrides));
}

async function saved(actor: Actor, overrides: Record<string, unknown> = {}) {
  const r = await save(actor, overrides);
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { data: { id: string; status: string; warnings: string[] } }).data;
}

const listParams = (filters: Record<string, string> = {}) => parseListParams(filters, { sortable: ["spentOn", "amount"] as const, defaultSort: "spentOn", defaultDir: "desc", pageSize: 50, filters: ["month", "item", "status", "method"] });

beforeAll(async () => {
  w = await buildWorld();
  // Runs to 2030 so "in the future" and "outside the period" are different refusals whatever today is.
  const contract = await newContract(w.a, { endsOn: "2030-12-31" });
  contractId = contract.id;
  items = (await acceptedBudget(w.a, contractId)).items;

  const other = await newContract(w.a, { contractorId: w.a.contractors[1].id, stationIds: [w.a.stations[1].id] });
  otherContractId = other.id;
  otherItems = (await acceptedBudget(w.a, otherContractId)).items;
  const otherUser = await createUser(db, { districtId: w.a.district.id, memberships: [{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }] });
  otherAdmin = (await actorOf(otherUser.id))!;

  const b = await newContract(w.b);
  bContractId = b.id;
  bItems = (await acceptedBudget(w.b, bContractId)).items;
});

describe("expense.save", () => {
  it("records a bank transfer as 待补材料, or 已入账 when asked; audited", async () => {
    const pending = await saved(w.a.actors.contractorAdmin, { invoiceNo: "53012345 6789" });
    expect(pending).toMatchObject({ status: "PENDING", warnings: [] });
    const row = await db.expense.findUniqueOrThrow({ where: { id: pending.id } });
    expect(row).toMatchObject({ contractId, districtId: w.a.district.id, itemId: items.D1.id, payee: "昆明呈贡出租汽车公司", method: "BANK_TRANSFER", invoiceNo: "530123456789", status: "PENDING", recordedById: w.a.users.contractorAdmin.id });
    expect(toFen(row.amount)).toBe(30000);
    expect(row.spentOn.toISOString().slice(0, 10)).toBe("2026-03-10");

    const complete = await saved(w.a.actors.contractorAdmin, { status: "COMPLETE" });
    expect(complete.status).toBe("COMPLETE");
    const audit = await db.auditLog.findFirst({ where: { action: "expense.save", targetId: complete.id } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetType: "Expense", districtId: w.a.district.id });
    expect(audit!.detail).toMatchObject({ contractId, item: "D1", amount: "300.00", status: "COMPLETE", created: true });
  });

  it("refuses forbidden spending (不得列支) on the purpose field, and saves nothing", async () => {
    const before = await db.expense.count({ where: { contractId } });
    for (const purpose of ["购买空调一台用于活动室", "发放员工年终奖", "缴纳税务罚款", "活动室装修"]) {
      const r = await save(w.a.actors.contractorAdmin, { itemId: items.A1.id, purpose });
      expect(r, purpose).toMatchObject({ ok: false, code: "VALIDATION" });
      expect((r as { fieldErrors: Record<string, string[]> }).fieldErrors.purpose[0]).toContain("不得列支");
    }
    expect(await db.expense.count({ where: { contractId } })).toBe(before);
  });

  it("1000 元 and more not by bank transfer: warns (data.warnings) but saves, even as 已入账", async () => {
    const cash = await saved(w.a.actors.contractorAdmin, { amount: "1000.00", method: "CASH", status: "COMPLETE" });
    expect(cash.status).toBe("COMPLETE");
    expect(cash.warnings).toEqual(["单笔 1000 元以上的支出建议采用银行转账方式，避免大额支付现金"]);
    const r = await save(w.a.actors.contractorAdmin, { amount: "1000.00", method: "CASH" });
    expect(r).toMatchObject({ ok: true });
    expect((r as { message: string }).message).toContain("建议采用银行转账");
    // Just below: nothing to say; by bank transfer: nothing to say.
    expect((await saved(w.a.actors.contractorAdmin, { amount: "999.99", method: "CASH" })).warnings).toEqual([]);
    expect((await saved(w.a.actors.contractorAdmin, { amount: "5000.00", itemId: items.A1.id })).warnings).toEqual([]);
  });

  it("a purchase of 2000 元 cannot be 已入账 until a quote comparison and a purchase contract are on file", async () => {
    const purchase = { itemId: items.A1.id, amount: "2000.00", isPurchase: "on", payee: "呈贡区惠民超市", purpose: "采购重阳节活动物资（食用油、大米）" };
    const refused = await save(w.a.actors.contractorAdmin, { ...purchase, status: "COMPLETE" });
    expect(refused).toMatchObject({ ok: false, code: "VALIDATION" });
    const statusError = (refused as { fieldErrors: Record<string, string[]> }).fieldErrors.status[0];
    expect(statusError).toContain("补齐询价（比价）资料和采购合同后才能记为已入账");

    const kept = await saved(w.a.actors.contractorAdmin, purchase);
    expect(kept.status).toBe("PENDING");
    expect(kept.warnings.join()).toContain("须附询价（比价）资料");

    const complete = (version?: number) => saveExpenseCommand.execute(w.a.actors.contractorAdmin, { step: "complete", expenseId: kept.id, ...(version ? { version } : {}) });
    expect(await complete()).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { status: [expect.stringContaining("补齐询价（比价）资料和采购合同")] } });

    const upload = (kind: string) => uploadFileCommand.execute(w.a.actors.contractorAdmin, { ownerType: "Expense", ownerId: kept.id, kind, caption: "", file: pdf(`${kind}.pdf`) });
    expect(await upload("QUOTE_COMPARISON")).toMatchObject({ ok: true });
    const half = await complete();
    expect(half).toMatchObject({ ok: false, fieldErrors: { status: [expect.stringContaining("补齐采购合同后才能记为已入账")] } });
    expect((half as { fieldErrors: Record<string, string[]> }).fieldErrors.status[0]).not.toContain("询价（比价）资料和");
    expect(await upload("PURCHASE_CONTRACT")).toMatchObject({ ok: true });

    const version = (await db.expense.findUniqueOrThrow({ where: { id: kept.id } })).version;
    expect(await complete(version + 1)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await complete(version)).toMatchObject({ ok: true, data: { status: "COMPLETE" } });
    expect((await db.expense.findUniqueOrThrow({ where: { id: kept.id } })).status).toBe("COMPLETE");
    expect(await complete()).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const audit = await db.auditLog.findFirst({ where: { action: "expense.save", targetId: kept.id, detail: { path: ["step"], equals: "complete" } } });
    expect(audit).toMatchObject({ outcome: "SUCCESS" });

    // The form can ask for 已入账 too, once the documents are there (an edit of the same expense).
    const other = await saved(w.a.actors.contractorAdmin, purchase);
    for (const kind of ["QUOTE_COMPARISON", "PURCHASE_CONTRACT"]) {
      expect(await uploadFileCommand.execute(w.a.actors.contractorAdmin, { ownerType: "Expense", ownerId: other.id, kind, caption: "", file: pdf() })).toMatchObject({ ok: true });
    }
    expect(await save(w.a.actors.contractorAdmin, { ...purchase, expenseId: other.id, version: 1, status: "COMPLETE" })).toMatchObject({ ok: true, data: { status: "COMPLETE", warnings: [] } });

    // Below 2000 元, or not a purchase: 已入账 right away.
    expect((await saved(w.a.actors.contractorAdmin, { ...purchase, amount: "1999.99", status: "COMPLETE" })).status).toBe("COMPLETE");
    expect((await saved(w.a.actors.contractorAdmin, { ...purchase, isPurchase: "", status: "COMPLETE" })).status).toBe("COMPLETE");
  });

  it("daily rate × person-days must equal the amount exactly; the per-day caps apply", async () => {
    const expert = { itemId: items.A1.id, payee: "王教授", purpose: "个案督导专家咨询", rateKind: "EXPERT_OTHER", dailyRate: "300.00", personDays: "2" };
    const mismatch = await save(w.a.actors.contractorAdmin, { ...expert, amount: "599.99" });
    expect(mismatch).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { amount: [expect.stringContaining("600.00 元")] } });
    expect((await saved(w.a.actors.contractorAdmin, { ...expert, amount: "600.00" })).warnings).toEqual([]);
    const stored = await db.expense.findFirstOrThrow({ where: { contractId, payee: "王教授" } });
    expect(stored).toMatchObject({ rateKind: "EXPERT_OTHER", personDays: 2 });
    expect(toFen(stored.dailyRate)).toBe(30000);
    // Cents: 0.33 × 3 = 0.99 exactly.
    expect(await save(w.a.actors.contractorAdmin, { ...expert, dailyRate: "0.33", personDays: "3", amount: "0.99" })).toMatchObject({ ok: true });
    // Over a hard cap (其他专业技术人员 300 元/人/天): refused on the rate.
    expect(await save(w.a.actors.contractorAdmin, { ...expert, dailyRate: "300.01", personDays: "1", amount: "300.01" })).toMatchObject({ ok: false, fieldErrors: { dailyRate: [expect.stringContaining("不得超过 300.00 元/人/天")] } });
    // Over an advisory cap (临时聘用人员 200): saved with a warning.
    const temp = await saved(w.a.actors.contractorAdmin, { ...expert, rateKind: "TEMP_STAFF", dailyRate: "220.00", personDays: "5", amount: "1100.00" });
    expect(temp.warnings.join()).toContain("建议不超过 200.00 元/人/天");
    // The standard and the rate go together.
    expect(await save(w.a.actors.contractorAdmin, { ...expert, dailyRate: "", personDays: "2", amount: "600.00" })).toMatchObject({ ok: false, fieldErrors: { dailyRate: ["请填写元/人/天"] } });
    expect(await save(w.a.actors.contractorAdmin, { ...expert, rateKind: "", amount: "600.00" })).toMatchObject({ ok: false, fieldErrors: { rateKind: ["请选择劳务标准"] } });
  });

  it("checks the fields: amount > 0, invoice number, dates within the period and not in the future", async () => {
    const errorsOf = async (overrides: Record<string, unknown>) => ((await save(w.a.actors.contractorAdmin, overrides)) as { fieldErrors?: Record<string, string[]> }).fieldErrors ?? {};
    expect(await errorsOf({ amount: "0" })).toHaveProperty("amount");
    expect(await errorsOf({ amount: "12.345" })).toHaveProperty("amount");
    expect(await errorsOf({ invoiceNo: "1234567" })).toHaveProperty("invoiceNo");
    expect(await errorsOf({ invoiceNo: "12345678901234567890X" })).toHaveProperty("invoiceNo");
    expect(await errorsOf({ invoiceNo: "发票1234567" })).toHaveProperty("invoiceNo");
    expect(await errorsOf({ payee: "", purpose: "" })).toMatchObject({ payee: expect.any(Array), purpose: expect.any(Array) });
    expect(await errorsOf({ method: "CHEQUE" })).toHaveProperty("method");
    expect((await errorsOf({ spentOn: "2025-12-31" })).spentOn[0]).toContain("项目期内");
    const tomorrow = formatDate(new Date(Date.now() + 86_400_000));
    expect((await errorsOf({ spentOn: tomorrow })).spentOn[0]).toBe("支出日期不能晚于今天");
    expect(await save(w.a.actors.contractorAdmin, { spentOn: "2026-01-01", invoiceNo: "ab12cd34" })).toMatchObject({ ok: true });
  });

  it("the item must be a line of this contract's budget in force", async () => {
    expect(await save(w.a.actors.contractorAdmin, { itemId: otherItems.D1.id })).toMatchObject({ ok: false, fieldErrors: { itemId: ["请选择本项目现行预算中的科目"] } });
    expect(await save(w.a.actors.contractorAdmin, { itemId: bItems.D1.id })).toMatchObject({ ok: false, fieldErrors: { itemId: expect.any(Array) } });
    // An item of this contract that no accepted version allocates (a draft adjustment's new line).
    const draftOnly = await db.budgetItem.create({ data: { districtId: w.a.district.id, contractId, code: "G9", category: "SOCIAL_SERVICE", name: "草稿中的新科目" } });
    expect(await save(w.a.actors.contractorAdmin, { itemId: draftOnly.id })).toMatchObject({ ok: false, fieldErrors: { itemId: expect.any(Array) } });
  });

  it("hard share limits on actual spending refuse: management above 10% of the budget total", async () => {
    const c = await newContract(w.a);
    const its = (await acceptedBudget(w.a, c.id)).items;
    // 10% of 300,000.00 = 30,000.00 exactly is allowed (with the line overrun warning: its budget is 24,000.00).
    const at = await saveExpenseCommand.execute(w.a.actors.contractorAdmin, fields({ contractId: c.id, itemId: its.D4.id, amount: "30000.00", purpose: "项目管理人员工资" }));
    expect(at).toMatchObject({ ok: true });
    expect((at as { data: { warnings: string[] } }).data.warnings.join()).toContain("超出预算 24,000.00 元");
    const over = await saveExpenseCommand.execute(w.a.actors.contractorAdmin, fields({ contractId: c.id, itemId: its.D4.id, amount: "0.01", purpose: "办公用品" }));
    expect(over).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { amount: [expect.stringContaining("不得超过项目资金总额的 10%")] } });
    // Editing the first one down makes room (its own amount is not counted twice).
    const id = (at as { data: { id: string } }).data.id;
    expect(await saveExpenseCommand.execute(w.a.actors.contractorAdmin, fields({ contractId: c.id, expenseId: id, version: 1, itemId: its.D4.id, amount: "29999.99", purpose: "项目管理人员工资" }))).toMatchObject({ ok: true });
    expect(await saveExpenseCommand.execute(w.a.actors.contractorAdmin, fields({ contractId: c.id, itemId: its.D4.id, amount: "0.01", purpose: "办公用品" }))).toMatchObject({ ok: true });
  });

  it("edits with the version; a stale version conflicts; the contract cannot be switched", async () => {
    const e = await saved(w.a.actors.contractorAdmin, { amount: "88.00", purpose: "待修改的交通费" });
    expect(await save(w.a.actors.contractorAdmin, { expenseId: e.id, version: 1, amount: "99.50", itemId: items.D2.id, purpose: "培训交通费" })).toMatchObject({ ok: true });
    const row = await db.expense.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ version: 2, itemId: items.D2.id, purpose: "培训交通费" });
    expect(toFen(row.amount)).toBe(9950);
    expect(await save(w.a.actors.contractorAdmin, { expenseId: e.id, version: 1, amount: "1.00" })).toMatchObject({ ok: false, code: "CONFLICT" });
    // A version without an expense, or the expense under another contract: refused.
    expect(await save(w.a.actors.contractorAdmin, { version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await save(w.a.actors.contractorAdmin, { contractId: otherContractId, expenseId: e.id, version: 2, itemId: otherItems.D1.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("only the contract's contractor writes: another contractor, another district and every other role are refused", async () => {
    const e = await saved(w.a.actors.contractorAdmin, { purpose: "权限测试" });
    // Another contractor of the same district: not found (its own contract works).
    expect(await save(otherAdmin)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(otherAdmin, { expenseId: e.id, version: 1 })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(otherAdmin, { contractId: otherContractId, itemId: otherItems.D1.id })).toMatchObject({ ok: true });
    // Another district's contractor.
    expect(await save(w.b.actors.contractorAdmin)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(w.b.actors.contractorAdmin, { contractId: bContractId, itemId: bItems.D1.id })).toMatchObject({ ok: true });
    // No ledger:manage: bureau (reads only), street office, station roles, evaluator, auditor, system admin.
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "streetStaff", "stationHead", "socialWorker", "supervisor", "evaluator", "auditor"] as const) {
      expect(await save(w.a.actors[key]), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await deleteExpenseCommand.execute(w.a.actors[key], { expenseId: e.id }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await save(w.systemAdmin)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const denied = await db.auditLog.findFirst({ where: { action: "expense.save", outcome: "DENIED", actorUserId: w.a.users.streetStaff.id } });
    expect(denied).not.toBeNull();
  });

  it("refuses a contract that is not being carried out, or has no budget in force", async () => {
    const done = await newContract(w.a, { status: "COMPLETED" });
    const doneItems = (await acceptedBudget(w.a, done.id)).items;
    expect(await save(w.a.actors.contractorAdmin, { contractId: done.id, itemId: doneItems.D1.id })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const bare = await newContract(w.a);
    expect(await save(w.a.actors.contractorAdmin, { contractId: bare.id })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: expect.stringContaining("预算尚未审核通过") });
    expect(await expenseFormOptions(w.a.actors.contractorAdmin, done.id)).toBeNull();
    expect((await expenseFormOptions(w.a.actors.contractorAdmin, bare.id))?.budget).toBeNull();
  });
});

describe("expense.delete", () => {
  it("deletes a 待补材料 expense with its attachments; an 已入账 one is kept", async () => {
    const e = await saved(w.a.actors.contractorAdmin, { purpose: "待删除" });
    expect(await uploadFileCommand.execute(w.a.actors.contractorAdmin, { ownerType: "Expense", ownerId: e.id, kind: "INVOICE", caption: "", file: pdf() })).toMatchObject({ ok: true });
    expect(await deleteExpenseCommand.execute(otherAdmin, { expenseId: e.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteExpenseCommand.execute(w.b.actors.contractorAdmin, { expenseId: e.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await deleteExpenseCommand.execute(w.a.actors.contractorAdmin, { expenseId: e.id, version: 2 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteExpenseCommand.execute(w.a.actors.contractorAdmin, { expenseId: e.id, version: 1 })).toMatchObject({ ok: true, redirectTo: `/contractor/contracts/${contractId}/ledger` });
    expect(await db.expense.findUnique({ where: { id: e.id } })).toBeNull();
    expect(await db.storedFile.count({ where: { ownerType: "Expense", ownerId: e.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "expense.delete", targetId: e.id } })).toMatchObject({ outcome: "SUCCESS", detail: { contractId, item: "D1", amount: "300.00", files: 1 } });

    const booked = await saved(w.a.actors.contractorAdmin, { purpose: "已入账不能删", status: "COMPLETE" });
    expect(await deleteExpenseCommand.execute(w.a.actors.contractorAdmin, { expenseId: booked.id })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // Un-booked first (an edit without 记为「已入账」), then it can go.
    expect(await save(w.a.actors.contractorAdmin, { expenseId: booked.id, version: 1, purpose: "已入账不能删" })).toMatchObject({ ok: true, data: { status: "PENDING" } });
    expect(await deleteExpenseCommand.execute(w.a.actors.contractorAdmin, { expenseId: booked.id })).toMatchObject({ ok: true });
  });
});

describe("ledger queries and execution", () => {
  it("execution figures are exact after several expenses (sums in 分)", async () => {
    const c = await newContract(w.a);
    const its = (await acceptedBudget(w.a, c.id)).items;
    const spend = [
      ["D1", "0.01", "COMPLETE"], ["D1", "1234.56", "COMPLETE"], ["D1", "0.99", ""], ["A1", "99.99", ""], ["A1", "4500.10", "COMPLETE"],
      ["B1", "13750.00", "COMPLETE"], ["B2", "1250.33", "COMPLETE"], ["D4", "2000.00", ""],
    ] as const;
    for (const [code, amount, status] of spend) {
      await saved(w.a.actors.contractorAdmin, { contractId: c.id, itemId: its[code].id, amount, status, purpose: `执行率测试 ${code}` });
    }
    const fen = (code: string, pendingOnly = false) => sumFen(spend.filter(([k, , s]) => k === code && (!pendingOnly || s === "")).map(([, a]) => parseYuan(a)!));
    const ex = await budgetExecution(db, c.id);
    const line = (code: string) => ex.lines.find((l) => l.code === code)!;
    expect(line("D1")).toMatchObject({ budget: 600000, spent: 123556, pending: 99, variance: 600000 - 123556, rate: 2059 });
    expect(fen("D1")).toBe(123556);
    expect(line("A1")).toMatchObject({ budget: 4500000, spent: fen("A1"), pending: 9999, variance: 4500000 - 460009, rate: 1022 });
    expect(line("B2")).toMatchObject({ spent: 125033, rate: 834 });
    expect(line("F1")).toMatchObject({ spent: 0, pending: 0, variance: 600000, rate: 0 });
    const total = sumFen(spend.map(([, a]) => parseYuan(a)!));
    expect(total).toBe(2283598);
    expect(ex.total).toMatchObject({ budget: 30000000, spent: total, pending: fen("D1", true) + fen("A1", true) + fen("D4", true), variance: 30000000 - total, rate: 761 });
    expect(ex.byCategory.LABOUR).toEqual({ budget: 18000000, spent: 1375000 + 125033 });
    expect(ex.byCategory.TRANSPORT.spent).toBe(123556);
    expect(ex.budgetVersion).toBe(1);
    // Spending up to a date.
    expect((await budgetExecution(db, c.id, "2026-03-09")).total.spent).toBe(0);
    expect((await budgetExecution(db, c.id, "2026-03-10")).total.spent).toBe(total);
  });

  it("the ledger list: filters, totals, attachments and warnings; the bureau reads it, others do not", async () => {
    const c = await newContract(w.a);
    const its = (await acceptedBudget(w.a, c.id)).items;
    const a = await saved(w.a.actors.contractorAdmin, { contractId: c.id, itemId: its.D1.id, spentOn: "2026-02-03", amount: "1500.00", method: "CASH", payee: "滴滴出行", purpose: "二月交通费" });
    await saved(w.a.actors.contractorAdmin, { contractId: c.id, itemId: its.D1.id, spentOn: "2026-03-03", amount: "200.00", payee: "公交集团", purpose: "三月交通费", status: "COMPLETE" });
    await saved(w.a.actors.contractorAdmin, { contractId: c.id, itemId: its.A1.id, spentOn: "2026-03-20", amount: "2800.00", isPurchase: "on", payee: "惠民超市", purpose: "采购社区活动物资" });
    expect(await uploadFileCommand.execute(w.a.actors.contractorAdmin, { ownerType: "Expense", ownerId: a.id, kind: "INVOICE", caption: "", file: pdf() })).toMatchObject({ ok: true });

    const all = (await getLedger(w.a.actors.contractorAdmin, c.id, listParams()))!;
    expect(all).toMatchObject({ total: 3, totalAmount: 450000, canManage: true, canRecord: true });
    expect(all.rows.map((r) => r.purpose)).toEqual(["采购社区活动物资", "三月交通费", "二月交通费"]);
    const feb = all.rows.find((r) => r.id === a.id)!;
    expect(feb).toMatchObject({ files: 1, amount: 150000, item: { code: "D1", name: "交通费" }, method: "CASH", status: "PENDING" });
    expect(feb.warnings).toEqual(["单笔 1000 元以上的支出建议采用银行转账方式，避免大额支付现金"]);
    expect(all.rows[0].warnings.join()).toContain("须附询价（比价）资料");
    expect(all.rows[1].warnings).toEqual([]);
    expect(all.execution.total.spent).toBe(450000);

    expect((await getLedger(w.a.actors.contractorAdmin, c.id, listParams({ month: "2026-03" })))!).toMatchObject({ total: 2, totalAmount: 300000 });
    expect((await getLedger(w.a.actors.contractorAdmin, c.id, listParams({ item: its.D1.id })))!).toMatchObject({ total: 2, totalAmount: 170000 });
    expect((await getLedger(w.a.actors.contractorAdmin, c.id, listParams({ status: "COMPLETE" })))!).toMatchObject({ total: 1, totalAmount: 20000 });
    expect((await getLedger(w.a.actors.contractorAdmin, c.id, listParams({ method: "CASH" })))!).toMatchObject({ total: 1, totalAmount: 150000 });
    expect((await getLedger(w.a.actors.contractorAdmin, c.id, listParams({ q: "惠民" })))!).toMatchObject({ total: 1 });
    expect((await getLedger(w.a.actors.contractorAdmin, c.id, listParams({ sort: "amount", dir: "asc" })))!.rows.map((r) => r.amount)).toEqual([20000, 150000, 280000]);

    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer"] as const) {
      const l = await getLedger(w.a.actors[key], c.id, listParams());
      expect(l, key).toMatchObject({ total: 3, canManage: false, canRecord: false });
      const d = await getExpense(w.a.actors[key], c.id, a.id);
      expect(d, key).toMatchObject({ canManage: false, expense: { id: a.id, amount: 150000 } });
      expect(d!.files).toHaveLength(1);
    }
    for (const actor of [w.a.actors.streetStaff, w.a.actors.supervisor, w.a.actors.stationHead, w.a.actors.socialWorker, w.a.actors.evaluator, w.a.actors.auditor, otherAdmin, w.b.actors.bureauAdmin, w.b.actors.contractorAdmin, w.systemAdmin]) {
      expect(await getLedger(actor, c.id, listParams()), actor.username).toBeNull();
      expect(await getExpense(actor, c.id, a.id), actor.username).toBeNull();
    }
    // The expense under another contract's URL is not found.
    expect(await getExpense(w.a.actors.contractorAdmin, contractId, a.id)).toBeNull();
  });

  it("an expense's page: findings, why it is not 已入账 yet, and who may change it", async () => {
    const c = await newContract(w.a);
    const its = (await acceptedBudget(w.a, c.id)).items;
    const e = await saved(w.a.actors.contractorAdmin, { contractId: c.id, itemId: its.A1.id, amount: "2500.00", method: "CASH", isPurchase: "on", payee: "惠民超市", purpose: "采购活动物资" });
    const d = (await getExpense(w.a.actors.contractorAdmin, c.id, e.id))!;
    expect(d.findings.map((f) => f.rule)).toEqual(["BANK_TRANSFER", "PURCHASE_DOCS", "PURCHASE_DOCS"]);
    expect(d.completeBlocked).toBe("补齐询价（比价）资料和采购合同后才能记为已入账");
    expect(d).toMatchObject({ canManage: true, expense: { status: "PENDING", item: { code: "A1", inForce: true } } });
    expect(d.lines.map((l) => l.code)).toEqual(["A1", "B1", "B2", "C1", "D1", "D2", "D3", "D4", "D5", "E1", "F1"]);
    await db.serviceContract.update({ where: { id: c.id }, data: { status: "COMPLETED" } });
    expect((await getExpense(w.a.actors.contractorAdmin, c.id, e.id))!.canManage).toBe(false);
    expect(await saveExpenseCommand.execute(w.a.actors.contractorAdmin, { step: "complete", expenseId: e.id })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });
});

describe("项目收支表 export", () => {
  it("two sheets with numeric amounts from 分; audited as a download; out of scope → null", async () => {
    const c = await newContract(w.a, { code: "HT-EXPORT-1" });
    const its = (await acceptedBudget(w.a, c.id)).items;
    await saved(w.a.actors.contractorAdmin, { contractId: c.id, itemId: its.D1.id, spentOn: "2026-02-01", amount: "1234.56", invoiceNo: "12345678", purpose: "交通费一" });
    await saved(w.a.actors.contractorAdmin, { contractId: c.id, itemId: its.D1.id, spentOn: "2026-02-02", amount: "0.44", purpose: "交通费二", status: "COMPLETE" });
    const file = (await exportLedger(w.a.actors.bureauReviewer, c.id))!;
    expect(file).toMatchObject({ filename: "项目收支表-HT-EXPORT-1.xlsx", asciiFilename: "ledger-HT-EXPORT-1.xlsx", rows: 2 });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.buffer as unknown as ArrayBuffer);
    const [ledger, exec] = wb.worksheets;
    expect(ledger.getRow(3).values).toEqual([undefined, "序号", "支出日期", "预算科目", "支出事由", "收款方", "支付方式", "发票号码", "金额（元）", "状态", "附件数"]);
    expect(ledger.getCell(4, 2).value).toBe("2026-02-01");
    expect(ledger.getCell(4, 3).value).toBe("D1 交通费");
    expect(ledger.getCell(4, 7).value).toBe("12345678");
    expect(ledger.getCell(4, 8).value).toBe(1234.56);
    expect(ledger.getCell(4, 8).numFmt).toBe("#,##0.00");
    expect(ledger.getCell(5, 9).value).toBe("已入账");
    expect(ledger.getCell(6, 1).value).toBe("合计");
    expect(ledger.getCell(6, 8).value).toBe(1235);
    expect(exec.getRow(3).values).toEqual([undefined, "序号", "费用支出项目", "预算金额（元）", "实际支出金额（元）", "差异额（元）", "执行率"]);
    const d1 = exec.getRows(4, 11)!.find((r) => r.getCell(1).value === "D1")!;
    expect([d1.getCell(2).value, d1.getCell(3).value, d1.getCell(4).value, d1.getCell(5).value, d1.getCell(6).value]).toEqual(["交通费", 6000, 1235, 4765, 0.2058]);
    const totalRow = exec.getRow(exec.rowCount);
    expect([totalRow.getCell(1).value, totalRow.getCell(3).value, totalRow.getCell(4).value, totalRow.getCell(5).value]).toEqual(["合计", 300000, 1235, 298765]);
    expect(await db.auditLog.findFirst({ where: { action: "ledger.export", targetId: c.id, actorUserId: w.a.users.bureauReviewer.id } })).toMatchObject({ outcome: "SUCCESS", targetType: "ServiceContract", detail: { rows: 2 } });

    expect(await exportLedger(w.a.actors.contractorAdmin, c.id)).not.toBeNull();
    for (const actor of [w.a.actors.streetStaff, w.a.actors.supervisor, otherAdmin, w.b.actors.bureauReviewer, w.a.actors.auditor]) {
      expect(await exportLedger(actor, c.id), actor.username).toBeNull();
    }
    expect(await db.auditLog.findFirst({ where: { action: "ledger.export", outcome: "DENIED", actorUserId: w.a.users.streetStaff.id, targetId: c.id } })).toMatchObject({ detail: { reason: "NOT_FOUND" } });
  });
});

describe("demo ledger (prisma/seed/demo-ledger.ts)", () => {
  it("passes the finance rules: only the cash payment and the pending purchase carry findings", async () => {
    const c = await newContract(w.a);
    await acceptedBudget(w.a, c.id);
    const { expenses } = await db.$transaction((tx) => seedDemoLedger(tx, { districtId: w.a.district.id, contractId: c.id, contractorAdminId: w.a.users.contractorAdmin.id }));
    expect(expenses).toHaveLength(DEMO_EXPENSES.length);
    const ledger = (await getLedger(w.a.actors.bureauReviewer, c.id, listParams()))!;
    expect(ledger.total).toBe(DEMO_EXPENSES.length);
    expect(ledger.totalAmount).toBe(sumFen(DEMO_EXPENSES.map((e) => parseYuan(e.amount)!)));
    for (const e of expenses) {
      const d = (await getExpense(w.a.actors.bureauReviewer, c.id, e.id))!;
      expect(d.findings.filter((f) => f.severity === "hard"), `${e.code} ${d.expense.purpose}`).toEqual([]);
      if (d.expense.rateKind && d.expense.dailyRate !== null && d.expense.personDays !== null) expect(d.expense.dailyRate * d.expense.personDays).toBe(d.expense.amount);
      if (d.expense.status === "COMPLETE") expect(d.completeBlocked).toBeNull();
    }
    const flagged = ledger.rows.filter((r) => r.warnings.length > 0);
    expect(flagged.map((r) => [r.method, r.amount, r.status])).toEqual([["CASH", 120000, "COMPLETE"], ["BANK_TRANSFER", 280000, "PENDING"]]);
    expect(ledger.rows.filter((r) => r.status === "PENDING")).toHaveLength(1);
    // The training invoice is a real PDF the bureau can download.
    const withPdf = ledger.rows.find((r) => r.files === 1)!;
    const stored = await db.storedFile.findFirstOrThrow({ where: { ownerId: withPdf.id } });
    const got = (await readFile(w.a.actors.bureauReviewer, stored.id))!;
    expect(Buffer.from(got.data).subarray(0, 8).toString()).toBe("%PDF-1.4");
    expect(ledger.execution.total.rate).toBeGreaterThan(5000);
  });
});
