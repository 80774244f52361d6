// 项目经费预算 through the real commands: the contractor saves (hard findings do not block a draft, bad input
// does), submits (hard findings refuse it, keyed like the form), the bureau returns / accepts / rejects,
// adjustments copy the budget in force; who may do what; the budget in force changes only on acceptance.
import { beforeAll, describe, expect, it } from "vitest";
import { saveBudgetCommand, startBudgetAdjustmentCommand } from "@/features/budgets/commands";
import { budgetInForce } from "@/features/budgets/current";
import { budgetPage } from "@/features/budgets/queries";
import { reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { toFen } from "@/lib/money";
import type { ActionResult } from "@/server/action";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser, uniq } from "../../prisma/seed/factories";
import { seedDemoBudgets } from "../../prisma/seed/demo-budgets";
import { acceptedBudget, newContract } from "../support/contracts";
import { actorOf, buildWorld, type World } from "../support/world";

let w: World;
/** contractors[1]'s administrator (the world has one for contractors[0] only). */
let otherContractorAdmin: Actor;

beforeAll(async () => {
  w = await buildWorld();
  const user = await createUser(db, { districtId: w.a.district.id, username: `ca2.${uniq()}`, memberships: [{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }] });
  otherContractorAdmin = (await actorOf(user.id))!;
});

type Line = { itemId?: string; code: string; category: string; name: string; amount: string; basis?: string; rateKind?: string; dailyRate?: string };

/** A 300,000 元 budget in the 申报书's categories: labour 60%, meetings 3%, management 8%, tax 2%. */
const TYPICAL: Line[] = [
  { code: "A1", category: "SOCIAL_SERVICE", name: "个案、小组、社区活动服务支出", amount: "45000.00", basis: "活动 30 场*1500 元" },
  { code: "B1", category: "LABOUR", name: "驻站社工劳务费及保险", amount: "165000.00", basis: "3 人*12 月*4583.33 元", rateKind: "WORKER_FULL_DAY", dailyRate: "200" },
  { code: "B2", category: "LABOUR", name: "督导劳务费", amount: "15000.00" },
  { code: "C1", category: "VOLUNTEER", name: "志愿者补贴、保险", amount: "9000.00", rateKind: "VOLUNTEER", dailyRate: "100" },
  { code: "D1", category: "TRANSPORT", name: "交通费", amount: "6000.00" },
  { code: "D2", category: "TRAINING", name: "培训费", amount: "9000.00" },
  { code: "D3", category: "MEETING", name: "会议费", amount: "9000.00" },
  { code: "D4", category: "MANAGEMENT", name: "项目管理费", amount: "24000.00" },
  { code: "D5", category: "PRINTING", name: "印刷宣传费", amount: "6000.00" },
  { code: "E1", category: "VENUE", name: "社工站服务场所支出", amount: "6000.00" },
  { code: "F1", category: "TAX", name: "税费", amount: "6000.00" },
];

function form(contractId: string, lines: Line[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  const out: Record<string, unknown> = { contractId, fundProvincial: "100000.00", fundLocal: "200000.00", fundRaised: "0", notes: "按财务管理指引编制", reason: "", ...extra };
  lines.forEach((l, i) => {
    for (const [k, v] of Object.entries({ itemId: "", basis: "", rateKind: "", dailyRate: "", ...l })) out[`lines.${i}.${k}`] = v;
  });
  return out;
}

const withAmount = (lines: Line[], code: string, amount: string) => lines.map((l) => (l.code === code ? { ...l, amount } : l));

function expectOk(r: ActionResult) {
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

function expectCode(r: ActionResult, code: string) {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (!r.ok) expect(r.code, JSON.stringify(r)).toBe(code);
}

function expectFieldError(r: ActionResult, field: string, text?: string) {
  expect(r.ok, JSON.stringify(r)).toBe(false);
  if (r.ok) return;
  expect(r.fieldErrors?.[field]?.[0], JSON.stringify(r)).toBeDefined();
  if (text) expect(r.fieldErrors![field].join("；")).toContain(text);
}

async function versionsOf(contractId: string) {
  return db.budgetVersion.findMany({ where: { contractId }, orderBy: { number: "asc" }, include: { allocations: { include: { item: true } } } });
}

async function version(contractId: string, number: number) {
  return db.budgetVersion.findFirstOrThrow({ where: { contractId, number }, include: { allocations: { include: { item: true } } } });
}

/** The form rows of a stored version (hidden itemIds), in 序号 order as the page shows them. */
async function rowsOf(contractId: string, number: number): Promise<Line[]> {
  const v = await version(contractId, number);
  return v.allocations
    .map((a) => ({ itemId: a.item.id, code: a.item.code, category: a.item.category, name: a.item.name, amount: a.amount.toFixed(2), basis: a.basis ?? "", rateKind: a.rateKind ?? "", dailyRate: a.dailyRate?.toFixed(2) ?? "" }))
    .sort((x, y) => x.code.localeCompare(y.code, "zh-CN", { numeric: true }));
}

async function submit(actor: Actor, contractId: string, number: number) {
  const v = await version(contractId, number);
  return submitSubmissionCommand.execute(actor, { kind: "BUDGET", id: v.id, version: String(v.version) });
}

async function review(actor: Actor, contractId: string, number: number, step: "accept" | "return" | "reject", comment = "") {
  const v = await version(contractId, number);
  return reviewSubmissionCommand.execute(actor, { kind: "BUDGET", id: v.id, version: String(v.version), step, comment });
}

async function save(actor: Actor, contractId: string, number: number | null, lines: Line[], extra: Record<string, unknown> = {}) {
  const v = number ? await version(contractId, number) : null;
  return saveBudgetCommand.execute(actor, form(contractId, lines, v ? { versionId: v.id, version: String(v.version), ...extra } : extra));
}

describe("budget.save: the declared budget (version 1)", () => {
  it("creates version 1 as a draft with its items; hard findings do not block saving a draft", async () => {
    const c = await newContract(w.a);
    // Labour 75%: over the hard limit, still saved.
    const over = [...withAmount(withAmount(TYPICAL, "B1", "210000.00"), "A1", "15000.00"), { code: "A2", category: "SOCIAL_SERVICE", name: "社区活动物资", amount: "0" }];
    const r = await save(w.a.actors.contractorAdmin, c.id, null, withAmount(over, "D4", "9000.00"));
    expectOk(r);
    if (r.ok) expect(r.message).toContain("不符合财务管理规定");
    const [v] = await versionsOf(c.id);
    expect(v).toMatchObject({ number: 1, status: "DRAFT", reason: null, notes: "按财务管理指引编制", createdById: w.a.users.contractorAdmin.id });
    expect(toFen(v.fundProvincial)).toBe(10_000_000);
    expect(v.allocations).toHaveLength(12);
    const b1 = v.allocations.find((a) => a.item.code === "B1")!;
    expect(b1).toMatchObject({ basis: "3 人*12 月*4583.33 元", rateKind: "WORKER_FULL_DAY" });
    expect(toFen(b1.dailyRate)).toBe(20_000);
    expect(toFen(b1.amount)).toBe(21_000_000);
    expect(await budgetInForce(db, c.id)).toBeNull();
    const audit = await db.auditLog.findFirst({ where: { action: "budget.save", targetId: v.id }, orderBy: { at: "desc" } });
    expect(audit?.outcome).toBe("SUCCESS");
  });

  it("refuses invalid input with field errors on the rows: bad amounts, duplicate 序号, empty names, a rate without its kind", async () => {
    const c = await newContract(w.a);
    const admin = w.a.actors.contractorAdmin;
    expectFieldError(await save(admin, c.id, null, withAmount(TYPICAL, "A1", "4,50x")), "lines.0.amount", "金额");
    expectFieldError(await save(admin, c.id, null, withAmount(TYPICAL, "A1", "-1")), "lines.0.amount");
    expectFieldError(await save(admin, c.id, null, withAmount(TYPICAL, "A1", "12.345")), "lines.0.amount");
    expectFieldError(await save(admin, c.id, null, TYPICAL.map((l) => (l.code === "B2" ? { ...l, code: "b1" } : l))), "lines.2.code", "序号 B1 与第 2 行重复");
    expectFieldError(await save(admin, c.id, null, TYPICAL.map((l) => (l.code === "D1" ? { ...l, name: "" } : l))), "lines.4.name", "请填写项目名称");
    expectFieldError(await save(admin, c.id, null, TYPICAL.map((l) => (l.code === "D1" ? { ...l, code: "" } : l))), "lines.4.code", "请填写序号");
    expectFieldError(await save(admin, c.id, null, TYPICAL.map((l) => (l.code === "D2" ? { ...l, dailyRate: "300" } : l))), "lines.5.rateKind");
    expectFieldError(await save(admin, c.id, null, TYPICAL.map((l) => (l.code === "D2" ? { ...l, rateKind: "EXPERT_OTHER" } : l))), "lines.5.dailyRate");
    expectFieldError(await save(admin, c.id, null, TYPICAL, { fundProvincial: "" }), "fundProvincial", "请填写");
    expect(await versionsOf(c.id)).toHaveLength(0);
    // A blank row of the form (only its suggested 序号 and category) is not a line.
    expectOk(await save(admin, c.id, null, [...TYPICAL, { code: "A9", category: "SOCIAL_SERVICE", name: "", amount: "" }]));
    expect((await version(c.id, 1)).allocations).toHaveLength(11);
  });

  it("edits the draft: items keep their id, a renamed draft-only item is edited in place, dropped ones are deleted, 序号 can swap", async () => {
    const c = await newContract(w.a);
    const admin = w.a.actors.contractorAdmin;
    expectOk(await save(admin, c.id, null, TYPICAL));
    const rows = await rowsOf(c.id, 1);
    const a1 = rows[0].itemId;
    const b1 = rows[1].itemId;
    const b2 = rows[2].itemId;
    // B1 ↔ B2, A1 renamed, D5 dropped (its 6,000 to E1), a new line G? no: a new 社会服务 line A2.
    const edited = rows
      .filter((r) => r.code !== "D5")
      .map((r) => (r.itemId === b1 ? { ...r, code: "B2" } : r.itemId === b2 ? { ...r, code: "B1" } : r.itemId === a1 ? { ...r, name: "个案、小组服务支出", amount: "39000.00" } : r.code === "E1" ? { ...r, amount: "12000.00" } : r))
      .concat([{ code: "A2", category: "SOCIAL_SERVICE", name: "社区活动支出", amount: "6000.00" }]);
    expectOk(await save(admin, c.id, 1, edited));
    const v = await version(c.id, 1);
    expect(v.version).toBe(3);
    const byCode = Object.fromEntries(v.allocations.map((a) => [a.item.code, a]));
    expect(byCode.A1.item).toMatchObject({ id: a1, name: "个案、小组服务支出" });
    expect(byCode.B1.itemId).toBe(b2);
    expect(byCode.B2.itemId).toBe(b1);
    expect(byCode.D5).toBeUndefined();
    expect(await db.budgetItem.count({ where: { contractId: c.id, code: "D5" } })).toBe(0);
    expect(toFen(byCode.A2.amount)).toBe(600_000);
    expect(await db.budgetItem.count({ where: { contractId: c.id } })).toBe(11);
    // A stale form (the version it was read at) is refused.
    expectCode(await saveBudgetCommand.execute(admin, form(c.id, edited, { versionId: v.id, version: "1" })), "CONFLICT");
    // A second "new budget" form for a contract that has one is refused.
    expectCode(await save(admin, c.id, null, TYPICAL), "CONFLICT");
  });
});

describe("submitting and reviewing the declared budget", () => {
  it("hard findings refuse submission with field errors keyed like the form; fixed, it is submitted, returned, resubmitted and accepted", async () => {
    const c = await newContract(w.a);
    const admin = w.a.actors.contractorAdmin;
    const reviewer = w.a.actors.bureauReviewer;
    // Labour 75% (B1 + B2 = 225,000), a forbidden line, management 10.01%, funds 1 元 short.
    const bad = [
      ...withAmount(withAmount(withAmount(TYPICAL, "B1", "210000.00"), "A1", "30.00"), "D4", "30030.00").filter((l) => l.code !== "F1"),
      { code: "A2", category: "SOCIAL_SERVICE", name: "购买汽车", amount: "0.00" },
    ];
    // Totals: 300,000 − 45,000 + 30 + 45,000 (B1) + 6,030 (D4) − 6,000 (F1) = 300,060 元.
    expectOk(await save(admin, c.id, null, bad, { fundLocal: "200059.00" }));
    const refused = await submit(admin, c.id, 1);
    expectCode(refused, "VALIDATION");
    expectFieldError(refused, "lines.2.amount", "不应超过项目经费总额的 70%"); // B1 is the third row (A1, A2, B1 …)
    expectFieldError(refused, "lines.1.name", "购买汽车");
    expectFieldError(refused, "lines.8.amount", "不得超过项目资金总额的 10%"); // D4 (A1, A2, B1, B2, C1, D1, D2, D3, D4 …)
    expectFieldError(refused, "fundLocal", "相差 -1.00 元");
    if (!refused.ok) expect(refused.message).toContain("4 项不符合财务管理规定");
    expect((await version(c.id, 1)).status).toBe("DRAFT");

    // Fixed by typing the budget afresh (rows without itemIds: the draft's items are replaced).
    expectOk(await save(admin, c.id, 1, TYPICAL));
    expectOk(await submit(admin, c.id, 1));
    let v = await version(c.id, 1);
    expect(v.status).toBe("SUBMITTED");
    expect(v.submittedAt).not.toBeNull();
    // Nothing can be edited while it is under review; the budget is not in force yet.
    expectCode(await save(admin, c.id, 1, TYPICAL), "INVALID_TRANSITION");
    expect(await budgetInForce(db, c.id)).toBeNull();
    // The declared budget is returned for changes, never rejected.
    expectCode(await review(reviewer, c.id, 1, "reject", "不同意"), "INVALID_TRANSITION");
    expectFieldError(await review(reviewer, c.id, 1, "return", ""), "comment");
    expectOk(await review(reviewer, c.id, 1, "return", "督导劳务费请写明计算方式"));
    expect((await version(c.id, 1)).status).toBe("RETURNED");
    expect(await budgetInForce(db, c.id)).toBeNull();

    const rows = (await rowsOf(c.id, 1)).map((r) => (r.code === "B2" ? { ...r, basis: "1 人*12 月*1250 元" } : r));
    expectOk(await save(admin, c.id, 1, rows));
    expectOk(await submit(admin, c.id, 1));
    expectOk(await review(reviewer, c.id, 1, "accept"));
    v = await version(c.id, 1);
    expect(v.status).toBe("ACCEPTED");
    expect(v.decidedAt).not.toBeNull();
    const inForce = (await budgetInForce(db, c.id))!;
    expect(inForce.number).toBe(1);
    expect(inForce.total).toBe(30_000_000);
    expect(inForce.lines.find((l) => l.code === "B2")!.basis).toBe("1 人*12 月*1250 元");
    // Accepted: no more edits.
    expectCode(await save(admin, c.id, 1, rows), "INVALID_TRANSITION");
    const events = await db.reportEvent.findMany({ where: { kind: "BUDGET", reportId: v.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.event)).toEqual(["SUBMIT", "RETURN", "SUBMIT", "ACCEPT"]);
  });
});

describe("who may save, submit and review", () => {
  it("the contractor of the contract saves and submits; other roles, other contractors and other districts are refused", async () => {
    const c = await newContract(w.a);
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "streetStaff", "stationHead", "socialWorker", "supervisor", "evaluator", "auditor"] as const) {
      expectCode(await save(w.a.actors[key], c.id, null, TYPICAL), "FORBIDDEN");
    }
    expectCode(await save(otherContractorAdmin, c.id, null, TYPICAL), "NOT_FOUND");
    expectCode(await save(w.b.actors.contractorAdmin, c.id, null, TYPICAL), "NOT_FOUND");
    expectCode(await startBudgetAdjustmentCommand.execute(otherContractorAdmin, { contractId: c.id, reason: "调整" }), "NOT_FOUND");
    expect(await versionsOf(c.id)).toHaveLength(0);

    expectOk(await save(w.a.actors.contractorAdmin, c.id, null, TYPICAL));
    const v = await version(c.id, 1);
    // Someone else's draft cannot be saved over or submitted.
    expectCode(await save(otherContractorAdmin, c.id, 1, TYPICAL), "NOT_FOUND");
    expectCode(await save(w.b.actors.contractorAdmin, c.id, 1, TYPICAL), "NOT_FOUND");
    for (const actor of [w.a.actors.streetStaff, w.a.actors.bureauStaff, w.a.actors.bureauReviewer]) expectCode(await submit(actor, c.id, 1), "FORBIDDEN");
    expectCode(await submit(otherContractorAdmin, c.id, 1), "NOT_FOUND");
    expectCode(await submit(w.b.actors.contractorAdmin, c.id, 1), "NOT_FOUND");
    // A reviewer does not review a draft.
    expectCode(await review(w.a.actors.bureauReviewer, c.id, 1, "accept"), "INVALID_TRANSITION");
    expectOk(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, { kind: "BUDGET", id: v.id, version: String(v.version) }));

    // Only the district's reviewer reviews.
    for (const key of ["bureauStaff", "bureauAdmin", "contractorAdmin", "supervisor", "evaluator"] as const) {
      expectCode(await review(w.a.actors[key], c.id, 1, "accept"), "FORBIDDEN");
    }
    // The street office reviews briefs, not budgets: it lacks budget:review.
    expectCode(await review(w.a.actors.streetStaff, c.id, 1, "accept"), "FORBIDDEN");
    expectCode(await review(w.b.actors.bureauReviewer, c.id, 1, "accept"), "NOT_FOUND");
    // The reviewer does not save the contractor's budget.
    expectCode(await save(w.a.actors.bureauReviewer, c.id, 1, TYPICAL), "FORBIDDEN");
    expect((await version(c.id, 1)).status).toBe("SUBMITTED");
    expectOk(await review(w.a.actors.bureauReviewer, c.id, 1, "accept"));
    expect((await budgetInForce(db, c.id))!.number).toBe(1);
  });

  it("a completed or terminated project's budget cannot be changed", async () => {
    const c = await newContract(w.a, { status: "COMPLETED" });
    expectCode(await save(w.a.actors.contractorAdmin, c.id, null, TYPICAL), "INVALID_TRANSITION");
  });
});

describe("预算调整", () => {
  it("copies the budget in force into version N+1; the budget in force changes only on acceptance; history keeps each version", async () => {
    const c = await newContract(w.a);
    const admin = w.a.actors.contractorAdmin;
    const reviewer = w.a.actors.bureauReviewer;
    // Not before a budget is in force.
    expectCode(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "调整" }), "INVALID_TRANSITION");
    const { items } = await acceptedBudget(w.a, c.id);

    expectFieldError(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "" }), "reason", "请填写调整原因");
    for (const actor of [w.a.actors.bureauReviewer, w.a.actors.bureauStaff, w.a.actors.streetStaff]) expectCode(await startBudgetAdjustmentCommand.execute(actor, { contractId: c.id, reason: "调整" }), "FORBIDDEN");
    expectCode(await startBudgetAdjustmentCommand.execute(w.b.actors.contractorAdmin, { contractId: c.id, reason: "调整" }), "NOT_FOUND");
    expectOk(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "站点自有场地投入使用，交通需求减少" }));
    // One open version at a time.
    expectCode(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "再调整" }), "INVALID_TRANSITION");

    const v2 = await version(c.id, 2);
    expect(v2).toMatchObject({ status: "DRAFT", reason: "站点自有场地投入使用，交通需求减少" });
    expect(v2.allocations.map((a) => a.itemId).sort()).toEqual(Object.values(items).map((i) => i.id).sort());
    expect(toFen(v2.fundLocal)).toBe(30_000_000);

    // The adjustment itself, unchanged, cannot be submitted.
    const unchanged = await submit(admin, c.id, 2);
    expectCode(unchanged, "VALIDATION");
    if (!unchanged.ok) expect(unchanged.message).toContain("与现行预算完全相同");

    const rows = await rowsOf(c.id, 2);
    // An item of the budget in force keeps its 序号, category and name.
    expectFieldError(await save(admin, c.id, 2, rows.map((r) => (r.code === "D1" ? { ...r, code: "D9" } : r)), { reason: "调整" }), "lines.4.code", "不能修改");
    expectFieldError(await save(admin, c.id, 2, rows.map((r) => (r.code === "D1" ? { ...r, name: "差旅费" } : r)), { reason: "调整" }), "lines.4.code", "不能修改");
    // The reason stays required.
    expectFieldError(await save(admin, c.id, 2, rows, { reason: "" }), "reason", "请填写调整原因");
    // 6,000 from 交通费 to 社会服务, and a new line.
    const moved = rows.map((r) => (r.code === "D1" ? { ...r, amount: "0.00" } : r.code === "A1" ? { ...r, amount: "48000.00" } : r)).concat([{ code: "A2", category: "SOCIAL_SERVICE", name: "“一老一小”社区活动", amount: "3000.00" }]);
    expectOk(await save(admin, c.id, 2, moved, { reason: "站点自有场地投入使用，交通需求减少；增加社区活动" }));
    // A new line cannot take the 序号 of an item of another version (even one this adjustment drops).
    expectFieldError(await save(admin, c.id, 2, [...moved.filter((r) => r.code !== "A2" && r.code !== "D1"), { code: "D1", category: "SOCIAL_SERVICE", name: "新项目", amount: "0" }], { reason: "调整" }), "lines.10.code", "其他版本");
    expectFieldError(await save(admin, c.id, 2, [...moved, { code: "d1", category: "SOCIAL_SERVICE", name: "新项目", amount: "0" }], { reason: "调整" }), "lines.12.code", "重复");

    expectOk(await submit(admin, c.id, 2));
    expect((await budgetInForce(db, c.id))!.number).toBe(1);
    expect((await budgetInForce(db, c.id))!.lines.find((l) => l.code === "D1")!.amount).toBe(600_000);
    expectOk(await review(reviewer, c.id, 2, "accept", "同意调整"));
    const inForce = (await budgetInForce(db, c.id))!;
    expect(inForce.number).toBe(2);
    expect(inForce.lines.find((l) => l.code === "D1")).toMatchObject({ itemId: items.D1.id, amount: 0 });
    expect(inForce.lines.find((l) => l.code === "A1")!.amount).toBe(4_800_000);
    expect(inForce.lines.find((l) => l.code === "A2")!.amount).toBe(300_000);
    expect(inForce.total).toBe(30_000_000);
    // Version 1 is kept as it was.
    const v1 = await version(c.id, 1);
    expect(v1.status).toBe("ACCEPTED");
    expect(toFen(v1.allocations.find((a) => a.item.code === "A1")!.amount)).toBe(4_500_000);
    expect(v1.allocations).toHaveLength(11);

    // The page: history and the comparison with the version adjusted (|+3,000| + |+3,000| + |−6,000| = 12,000; ÷ 2 ÷ 300,000 = 2%).
    const page = (await budgetPage(admin, c.id, "contractor", 2))!;
    expect(page.versions.map((v) => [v.number, v.status])).toEqual([[1, "ACCEPTED"], [2, "ACCEPTED"]]);
    expect(page.inForce!.number).toBe(2);
    expect(page.selectedComparison!.base.number).toBe(1);
    expect(page.selectedComparison!.comparison.shift).toBe(200);
    expect(page.selectedComparison!.comparison.band).toBe("NONE");
    expect(page.cumulative!.shift).toBe(200);
    expect(page.canStartAdjustment).toBe(true);
  });

  it("a draft adjustment is discarded with the items only it had; a rejected one leaves the budget in force; the reason is required on submission", async () => {
    const c = await newContract(w.a);
    const admin = w.a.actors.contractorAdmin;
    const reviewer = w.a.actors.bureauReviewer;
    await acceptedBudget(w.a, c.id);
    expectOk(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "增加社区活动" }));
    const rows = await rowsOf(c.id, 2);
    expectOk(await save(admin, c.id, 2, [...withAmount(rows, "A1", "40000.00"), { code: "A2", category: "SOCIAL_SERVICE", name: "社区活动", amount: "5000.00" }], { reason: "增加社区活动" }));
    expect(await db.budgetItem.count({ where: { contractId: c.id, code: "A2" } })).toBe(1);
    const v2 = await version(c.id, 2);
    // Other people cannot discard it; the version 1 cannot be discarded.
    expectCode(await saveBudgetCommand.execute(otherContractorAdmin, { action: "discard", contractId: c.id, versionId: v2.id, version: String(v2.version) }), "NOT_FOUND");
    expectCode(await saveBudgetCommand.execute(w.a.actors.bureauReviewer, { action: "discard", contractId: c.id, versionId: v2.id, version: String(v2.version) }), "FORBIDDEN");
    const v1 = await version(c.id, 1);
    expectCode(await saveBudgetCommand.execute(admin, { action: "discard", contractId: c.id, versionId: v1.id }), "INVALID_TRANSITION");
    expectOk(await saveBudgetCommand.execute(admin, { action: "discard", contractId: c.id, versionId: v2.id, version: String(v2.version) }));
    expect(await versionsOf(c.id)).toHaveLength(1);
    expect(await db.budgetItem.count({ where: { contractId: c.id, code: "A2" } })).toBe(0);
    expect(await db.budgetItem.count({ where: { contractId: c.id } })).toBe(11);

    // Version 2 again (numbers are not reused while free: the next is 2), submitted, rejected.
    expectOk(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "管理费调整" }));
    expectOk(await save(admin, c.id, 2, withAmount(withAmount(await rowsOf(c.id, 2), "D4", "30000.00"), "A1", "39000.00"), { reason: "管理费调整" }));
    // A submitted adjustment cannot be discarded.
    expectOk(await submit(admin, c.id, 2));
    const submitted = await version(c.id, 2);
    expectCode(await saveBudgetCommand.execute(admin, { action: "discard", contractId: c.id, versionId: submitted.id, version: String(submitted.version) }), "INVALID_TRANSITION");
    expectFieldError(await review(reviewer, c.id, 2, "reject", ""), "comment");
    expectOk(await review(reviewer, c.id, 2, "reject", "管理费已到上限，不予调整"));
    expect((await version(c.id, 2)).status).toBe("REJECTED");
    expect((await budgetInForce(db, c.id))!.number).toBe(1);
    expect((await budgetInForce(db, c.id))!.lines.find((l) => l.code === "D4")!.amount).toBe(2_400_000);

    // A new adjustment after a rejection: version 3, from the budget in force (version 1).
    expectOk(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "交通费调整" }));
    const v3 = await version(c.id, 3);
    expect(toFen(v3.allocations.find((a) => a.item.code === "D4")!.amount)).toBe(2_400_000);
    expectOk(await save(admin, c.id, 3, withAmount(withAmount(await rowsOf(c.id, 3), "D1", "3000.00"), "A1", "48000.00"), { reason: "交通费调整" }));
    // The stored reason is checked again on submission.
    await db.budgetVersion.update({ where: { id: v3.id }, data: { reason: null } });
    expectFieldError(await submit(admin, c.id, 3), "reason", "请填写调整原因");
  });

  it("a line with expenses cannot be dropped (its amount can go to 0)", async () => {
    const c = await newContract(w.a);
    const admin = w.a.actors.contractorAdmin;
    const { items } = await acceptedBudget(w.a, c.id);
    await db.expense.create({ data: { districtId: w.a.district.id, contractId: c.id, itemId: items.D1.id, spentOn: new Date("2026-03-02T00:00:00Z"), amount: "120.00", payee: "出租车", method: "MOBILE", purpose: "入户探访交通", recordedById: w.a.users.contractorAdmin.id } });
    expectOk(await startBudgetAdjustmentCommand.execute(admin, { contractId: c.id, reason: "交通费调整" }));
    const rows = await rowsOf(c.id, 2);
    const dropped = await save(admin, c.id, 2, withAmount(rows.filter((r) => r.code !== "D1"), "A1", "51000.00"), { reason: "交通费调整" });
    expectFieldError(dropped, "lines", "已有支出记录");
    expectOk(await save(admin, c.id, 2, withAmount(withAmount(rows, "D1", "0"), "A1", "51000.00"), { reason: "交通费调整" }));
  });
});

describe("what each person sees", () => {
  it("the bureau never sees a draft; the contractor does; street offices and other districts see no budget", async () => {
    const c = await newContract(w.a);
    await acceptedBudget(w.a, c.id);
    expectOk(await startBudgetAdjustmentCommand.execute(w.a.actors.contractorAdmin, { contractId: c.id, reason: "增加社区活动" }));
    const own = (await budgetPage(w.a.actors.contractorAdmin, c.id, "contractor"))!;
    expect(own.versions.map((v) => v.status)).toEqual(["ACCEPTED", "DRAFT"]);
    expect(own.open!.number).toBe(2);
    expect(own.editor!.lockedItems).toHaveLength(11);
    expect(own.canStartAdjustment).toBe(false);
    const bureau = (await budgetPage(w.a.actors.bureauReviewer, c.id, "bureau"))!;
    expect(bureau.versions.map((v) => v.number)).toEqual([1]);
    expect(bureau.open).toBeNull();
    expect(bureau.editor).toBeNull();
    expect(await budgetPage(w.a.actors.streetStaff, c.id, "bureau")).toBeNull();
    expect(await budgetPage(w.b.actors.bureauReviewer, c.id, "bureau")).toBeNull();
    expect(await budgetPage(otherContractorAdmin, c.id, "contractor")).toBeNull();
    // Submitted, the reviewer sees it with the actions allowed to them.
    const v2 = await version(c.id, 2);
    expectOk(await save(w.a.actors.contractorAdmin, c.id, 2, withAmount(withAmount(await rowsOf(c.id, 2), "D1", "0"), "A1", "51000.00"), { reason: "增加社区活动" }));
    expectOk(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, { kind: "BUDGET", id: v2.id, version: String(v2.version + 1) }));
    const review = (await budgetPage(w.a.actors.bureauReviewer, c.id, "bureau"))!;
    expect(review.open!.status).toBe("SUBMITTED");
    expect(review.openView!.actions.sort()).toEqual(["accept", "reject", "return"]);
    expect(review.openComparison!.comparison.moved).toBe(600_000);
    const staff = (await budgetPage(w.a.actors.bureauStaff, c.id, "bureau"))!;
    expect(staff.openView!.actions).toEqual([]);
  });

  it("the demo adjustment: version 2 submitted, 6,000 元 moved from 交通费 to 社会服务", async () => {
    const c = await newContract(w.a);
    await acceptedBudget(w.a, c.id);
    await db.$transaction((tx) => seedDemoBudgets(tx, { districtId: w.a.district.id, contractId: c.id, contractorAdminId: w.a.users.contractorAdmin.id }));
    const page = (await budgetPage(w.a.actors.bureauReviewer, c.id, "bureau"))!;
    expect(page.open).toMatchObject({ number: 2, status: "SUBMITTED" });
    expect(page.open!.check.blocking).toBe(false);
    const deltas = page.openComparison!.comparison.lines.filter((l) => l.delta !== 0).map((l) => [l.code, l.delta]);
    expect(deltas).toEqual([["A1", 600_000], ["D1", -600_000]]);
    expect(page.openView!.history.map((e) => e.event)).toEqual(["SUBMIT"]);
    expectOk(await review(w.a.actors.bureauReviewer, c.id, 2, "accept"));
    expect((await budgetInForce(db, c.id))!.number).toBe(2);
  });
});
