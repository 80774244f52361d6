// Every rule of the 财务管理指引 (src/features/budgets/rules.ts) at its boundary: exactly at the limit is
// allowed, one 分 (or 0.01 percentage point) above is not; hard findings block, advisory ones warn.
import { describe, expect, it } from "vitest";
import type { BudgetCategory, DailyRateKind, PaymentMethod } from "@/generated/prisma/enums";
import {
  checkBudget, checkExpense, DAILY_RATE_CAPS, forbiddenSpending, SHARE_LIMITS, sumByCategory,
  type BudgetLineInput, type ExpenseInput, type RuleCode,
} from "@/features/budgets/rules";
import { compareBudgets, shiftBand, SHIFT_BAND_TEXT } from "@/features/budgets/compare";
import { suggestCode } from "@/features/budgets/lines";
import { inputProblems, liveCheck, type EditorRow } from "@/features/budgets/live-check";

const TOTAL = 10_000_000; // 100,000.00 元 in 分: 1% = 100,000 分, 0.01% = 1,000 分.
const pct = (basisPoints: number) => (TOTAL * basisPoints) / 10_000;

/** A budget of exactly 100,000.00 元: the given categories (in basis points of the total), the rest 社会服务. */
function budget(shares: Partial<Record<BudgetCategory, number>>, extra: BudgetLineInput[] = []): BudgetLineInput[] {
  const lines: BudgetLineInput[] = Object.entries(shares).map(([category, bp]) => ({ category: category as BudgetCategory, name: `${category}支出`, amount: pct(bp!) }));
  const used = [...lines, ...extra].reduce((a, l) => a + l.amount, 0);
  return [{ category: "SOCIAL_SERVICE", name: "个案、小组、社区活动服务支出", amount: TOTAL - used }, ...lines, ...extra];
}

/** A budget that breaks no rule: labour 60%, meetings 5%, management 8%, tax 2%. */
const CLEAN = () => budget({ LABOUR: 6000, MEETING: 500, MANAGEMENT: 800, TAX: 200 });

const rules = (lines: BudgetLineInput[], opts: Partial<Parameters<typeof checkBudget>[0]> = {}) => checkBudget({ lines, ...opts }).findings.map((f) => f.rule);
const finding = (lines: BudgetLineInput[], rule: RuleCode, opts: Partial<Parameters<typeof checkBudget>[0]> = {}) => checkBudget({ lines, ...opts }).findings.find((f) => f.rule === rule);

describe("checkBudget: the clean budget", () => {
  it("has no finding, sums exactly and reports the shares in basis points", () => {
    const check = checkBudget({ lines: CLEAN(), funds: { fundProvincial: 3_000_000, fundLocal: 7_000_000, fundRaised: 0 }, contractAmount: TOTAL });
    expect(check.findings).toEqual([]);
    expect(check.blocking).toBe(false);
    expect(check.total).toBe(TOTAL);
    expect(check.byCategory.LABOUR).toBe(6_000_000);
    expect(check.byCategory.SOCIAL_SERVICE).toBe(TOTAL - 7_500_000);
    expect(check.byCategory.VENUE).toBe(0);
    expect(check.shares).toEqual({ LABOUR: 6000, MEETING: 500, MANAGEMENT: 800, OTHER: 200, UNFORESEEN: 0, TAX: 200 });
  });

  it("sums categories over several lines", () => {
    expect(sumByCategory([{ category: "LABOUR", amount: 1 }, { category: "LABOUR", amount: 2 }, { category: "TAX", amount: 5 }])).toMatchObject({ LABOUR: 3, TAX: 5, MEETING: 0 });
  });

  it("an empty budget cannot be submitted (hard), and has no shares", () => {
    const check = checkBudget({ lines: [] });
    expect(check.findings.map((f) => [f.rule, f.severity])).toEqual([["NO_LINES", "hard"]]);
    expect(check.blocking).toBe(true);
    expect(check.shares.LABOUR).toBeNull();
  });
});

describe("checkBudget: share limits", () => {
  it("labour exactly 70% is allowed; 70.01% is refused (hard), on the first labour line", () => {
    expect(rules(budget({ LABOUR: 7000 }))).not.toContain("LABOUR_CAP");
    expect(checkBudget({ lines: budget({ LABOUR: 7000 }) }).blocking).toBe(false);
    const lines = budget({ MEETING: 100 }, [{ category: "LABOUR", name: "驻站社工劳务费", amount: pct(6001) }, { category: "LABOUR", name: "督导劳务费", amount: pct(1000) }]);
    const f = finding(lines, "LABOUR_CAP");
    expect(f).toMatchObject({ severity: "hard", field: "lines.2.amount" });
    expect(f!.message).toContain("70.01%");
    expect(f!.message).toContain("不应超过项目经费总额的 70%");
    expect(checkBudget({ lines }).blocking).toBe(true);
  });

  it("labour is usually 40%–65%: 65% and 40% pass, 65.01% and 39.99% warn (advisory); over 70% only the hard limit", () => {
    expect(rules(budget({ LABOUR: 6500 }))).not.toContain("LABOUR_USUAL");
    expect(rules(budget({ LABOUR: 4000 }))).not.toContain("LABOUR_USUAL");
    expect(finding(budget({ LABOUR: 6501 }), "LABOUR_USUAL")).toMatchObject({ severity: "advisory", field: "lines.1.amount" });
    expect(finding(budget({ LABOUR: 3999 }), "LABOUR_USUAL")).toMatchObject({ severity: "advisory" });
    expect(finding(budget({ LABOUR: 7000 }), "LABOUR_USUAL")!.message).toContain("40%–65%");
    expect(checkBudget({ lines: budget({ LABOUR: 6501 }) }).blocking).toBe(false);
    expect(rules(budget({ LABOUR: 7001 }))).toEqual(["LABOUR_CAP"]);
    // No labour line at all: nothing to say about its share.
    expect(rules(budget({}))).toEqual([]);
  });

  it("meetings 7% pass; 7.01% warns (advisory, not blocking)", () => {
    expect(rules(budget({ LABOUR: 6000, MEETING: 700 }))).toEqual([]);
    const lines = budget({ LABOUR: 6000, MEETING: 701 });
    expect(finding(lines, "MEETING_CAP")).toMatchObject({ severity: "advisory", field: "lines.2.amount" });
    expect(finding(lines, "MEETING_CAP")!.message).toContain("建议不超过项目总经费的 7%");
    expect(checkBudget({ lines }).blocking).toBe(false);
  });

  it("management 10% passes; 10.01% is refused (hard)", () => {
    expect(rules(budget({ LABOUR: 6000, MANAGEMENT: 1000 }))).toEqual([]);
    const lines = budget({ LABOUR: 6000, MANAGEMENT: 1001 });
    expect(finding(lines, "MANAGEMENT_CAP")).toMatchObject({ severity: "hard", field: "lines.2.amount" });
    expect(finding(lines, "MANAGEMENT_CAP")!.message).toContain("10.01%");
    expect(checkBudget({ lines }).blocking).toBe(true);
  });

  it("other costs: unforeseen 1% and tax 4% (other 5%) pass; one 0.01 point above warns (advisory)", () => {
    expect(rules(budget({ LABOUR: 6000, UNFORESEEN: 100, TAX: 400 }))).toEqual([]);
    // Unforeseen 1.01% (other still 5%): only the unforeseen limit.
    expect(rules(budget({ LABOUR: 6000, UNFORESEEN: 101, TAX: 399 }))).toEqual(["UNFORESEEN_CAP"]);
    // Tax 4.01% (other 5.01%): the tax limit and the other-costs limit, both on the first other-cost line.
    const lines = budget({ LABOUR: 6000, UNFORESEEN: 100, TAX: 401 });
    expect(rules(lines).sort()).toEqual(["OTHER_CAP", "TAX_CAP"]);
    expect(finding(lines, "OTHER_CAP")).toMatchObject({ severity: "advisory", field: "lines.2.amount" });
    expect(finding(lines, "TAX_CAP")).toMatchObject({ severity: "advisory", field: "lines.3.amount" });
    expect(finding(lines, "OTHER_CAP")!.message).toContain("5.01%");
    expect(checkBudget({ lines }).blocking).toBe(false);
    expect(finding(budget({ UNFORESEEN: 101 }), "UNFORESEEN_CAP")!.message).toContain("通常不超过总项目经费的 1%");
  });

  it("the limits are the guide's, with the guide's severity", () => {
    expect(Object.fromEntries(Object.entries(SHARE_LIMITS).map(([k, v]) => [k, [v.max, v.severity]]))).toEqual({
      LABOUR: [70, "hard"], MEETING: [7, "advisory"], MANAGEMENT: [10, "hard"], OTHER: [5, "advisory"], UNFORESEEN: [1, "advisory"], TAX: [4, "advisory"],
    });
  });
});

describe("checkBudget: 劳务费标准 (元/人/天)", () => {
  const CASES: [DailyRateKind, number, "hard" | "advisory"][] = [
    ["WORKER_FULL_DAY", 20_000, "hard"],
    ["WORKER_PART_DAY", 10_000, "hard"],
    ["EXPERT_SENIOR", 80_000, "hard"],
    ["EXPERT_INTERMEDIATE", 50_000, "hard"],
    ["EXPERT_OTHER", 30_000, "hard"],
    ["TEMP_STAFF", 20_000, "advisory"],
    ["VOLUNTEER", 10_000, "hard"],
  ];
  const withRate = (rateKind: DailyRateKind, dailyRate: number | null) => budget({ LABOUR: 6000 }, [{ category: "VOLUNTEER", name: "劳务", amount: pct(100), rateKind, dailyRate }]);

  it.each(CASES)("%s: %i 分 is allowed, one 分 more is not (%s)", (kind, cap, severity) => {
    expect(DAILY_RATE_CAPS[kind]).toEqual({ cap, severity });
    expect(rules(withRate(kind, cap))).toEqual([]);
    const f = finding(withRate(kind, cap + 1), "DAILY_RATE");
    expect(f).toMatchObject({ severity, field: "lines.2.dailyRate" });
    expect(checkBudget({ lines: withRate(kind, cap + 1) }).blocking).toBe(severity === "hard");
  });

  it("says the standard in yuan (200 / 200.01) and, for volunteers, that meals and transport are not claimed again", () => {
    expect(finding(withRate("WORKER_FULL_DAY", 20_001), "DAILY_RATE")!.message).toBe("社工补贴（服务不低于 4 小时/天）标准 200.01 元/人/天，不得超过 200.00 元/人/天");
    expect(finding(withRate("TEMP_STAFF", 25_000), "DAILY_RATE")!.message).toContain("建议不超过 200.00 元/人/天");
    expect(finding(withRate("VOLUNTEER", 12_000), "DAILY_RATE")!.message).toContain("不得再报销餐费和交通费");
  });

  it("a line without a rate, or a rate kind without an amount, is not checked", () => {
    expect(rules(withRate("WORKER_FULL_DAY", null))).toEqual([]);
  });
});

describe("forbidden spending (专项经费不得用于)", () => {
  const REFUSED: [string, string][] = [
    ["购买汽车", "购买汽车"],
    ["购置工作用车辆", "购买汽车"],
    ["车辆购置税", "购买汽车"],
    ["购车补贴", "购买汽车"],
    ["购买办公电脑", "购买固定资产及设施设备"],
    ["采购空调两台", "购买固定资产及设施设备"],
    ["固定资产折旧", "购买固定资产及设施设备"],
    ["活动室设施设备", "购买固定资产及设施设备"],
    ["设备购置", "购买固定资产及设施设备"],
    ["员工福利", "发放员工福利及奖励"],
    ["年终奖", "发放员工福利及奖励"],
    ["社工绩效奖金", "发放员工福利及奖励"],
    ["交通违章罚款", "罚款、罚金"],
    ["税收滞纳金", "罚款、罚金"],
    ["偿还银行贷款", "还贷、偿还债务"],
    ["贷款利息", "还贷、偿还债务"],
    ["机构还款", "还贷、偿还债务"],
    ["向学校捐赠图书", "捐赠、赞助"],
    ["慈善捐款", "捐赠、赞助"],
    ["赞助社区运动会", "捐赠、赞助"],
    ["对外投资", "对外投资"],
    ["购买理财产品", "对外投资"],
    ["站点装修", "土建工程、房屋设施的维修改造"],
    ["活动室维修改造", "土建工程、房屋设施的维修改造"],
    ["房屋修缮", "土建工程、房屋设施的维修改造"],
    ["修建活动中心", "购买或修建楼堂馆所"],
    ["党建活动经费", "党组织建设经费"],
    ["党组织建设", "党组织建设经费"],
  ];
  const ALLOWED = [
    "汽车租赁", "车辆租赁费", "购买车票", "团购车票", "交通费（含车辆租赁）", "活动设备租赁费", "购买活动设备租赁服务",
    "小额贷款政策宣传", "家庭理财知识讲座", "捐赠物资发放", "志愿者补贴", "驻站社工劳务费及保险", "社工站服务场所支出",
    "印刷宣传费", "培训费", "项目管理费", "税费", "会议室租金", "儿童福利政策宣讲",
  ];

  it.each(REFUSED)("「%s」 is refused as %s", (text, label) => {
    expect(forbiddenSpending(text)).toBe(label);
  });

  it.each(ALLOWED)("「%s」 is allowed", (text) => {
    expect(forbiddenSpending(text)).toBeNull();
  });

  it("a forbidden line is a hard finding on its name", () => {
    const lines = budget({ LABOUR: 6000 }, [{ category: "SOCIAL_SERVICE", name: "购买汽车", amount: pct(100) }]);
    expect(finding(lines, "FORBIDDEN")).toMatchObject({ severity: "hard", field: "lines.2.name", message: "「购买汽车」属于不得列支的开支（购买汽车）" });
    expect(checkBudget({ lines }).blocking).toBe(true);
    expect(rules(budget({ LABOUR: 6000 }, [{ category: "TRANSPORT", name: "汽车租赁", amount: pct(100) }]))).toEqual([]);
  });
});

describe("funding sources", () => {
  const funds = (fundProvincial: number, fundLocal: number, fundRaised: number) => ({ fundProvincial, fundLocal, fundRaised });

  it("must add up to the total (hard): equal passes, one 分 off is refused with the difference", () => {
    expect(rules(CLEAN(), { funds: funds(3_000_000, 6_000_000, 1_000_000) })).toEqual([]);
    const f = finding(CLEAN(), "FUNDS_SUM", { funds: funds(3_000_000, 6_000_000, 999_999) });
    expect(f).toMatchObject({ severity: "hard", field: "fundLocal" });
    expect(f!.message).toBe("资金来源合计 99,999.99 元，应等于资金支出合计 100,000.00 元（相差 -0.01 元）");
    expect(checkBudget({ lines: CLEAN(), funds: funds(3_000_000, 7_000_001, 0) }).blocking).toBe(true);
  });

  it("government funds differing from the contract amount warn (advisory)", () => {
    expect(rules(CLEAN(), { funds: funds(3_000_000, 6_000_000, 1_000_000), contractAmount: 9_000_000 })).toEqual([]);
    const f = finding(CLEAN(), "CONTRACT_AMOUNT", { funds: funds(3_000_000, 7_000_000, 0), contractAmount: 9_000_000 });
    expect(f).toMatchObject({ severity: "advisory", field: "fundProvincial" });
    expect(checkBudget({ lines: CLEAN(), funds: funds(3_000_000, 7_000_000, 0), contractAmount: 9_000_000 }).blocking).toBe(false);
  });
});

describe("checkExpense", () => {
  const ZERO = Object.fromEntries((["SOCIAL_SERVICE", "LABOUR", "VOLUNTEER", "TRANSPORT", "TRAINING", "MEETING", "MANAGEMENT", "PRINTING", "VENUE", "UNFORESEEN", "TAX"] as BudgetCategory[]).map((c) => [c, 0])) as Record<BudgetCategory, number>;
  function expense(overrides: Partial<ExpenseInput> = {}): ExpenseInput {
    return {
      amount: 50_000, method: "BANK_TRANSFER", purpose: "社区活动物资", payee: "昆明某商贸有限公司", isPurchase: false,
      item: { category: "SOCIAL_SERVICE", name: "社区活动服务支出", budget: 4_500_000, spentBefore: 0 },
      budgetTotal: 30_000_000, spentBeforeByCategory: { ...ZERO }, has: { quoteComparison: false, purchaseContract: false },
      ...overrides,
    };
  }
  const codes = (e: ExpenseInput) => checkExpense(e).findings.map((f) => f.rule);

  it("a plain expense within its line has no finding", () => {
    expect(checkExpense(expense())).toEqual({ findings: [], blocking: false, incomplete: [] });
  });

  it("cash: 999.99 no warning, 1000.00 warns (advisory); a bank transfer of 1000.00 does not", () => {
    expect(codes(expense({ amount: 99_999, method: "CASH" }))).toEqual([]);
    const f = checkExpense(expense({ amount: 100_000, method: "CASH" }));
    expect(f.findings).toMatchObject([{ rule: "BANK_TRANSFER", severity: "advisory", field: "method" }]);
    expect(f.blocking).toBe(false);
    expect(codes(expense({ amount: 100_000, method: "BANK_TRANSFER" }))).toEqual([]);
    for (const method of ["OFFICIAL_CARD", "MOBILE", "OTHER"] as PaymentMethod[]) expect(codes(expense({ amount: 100_000, method }))).toEqual(["BANK_TRANSFER"]);
  });

  it("a purchase of 1999.99 needs no documents; 2000.00 without quote and contract is incomplete (待补材料), with both it is complete", () => {
    expect(checkExpense(expense({ amount: 199_999, isPurchase: true })).incomplete).toEqual([]);
    const bare = checkExpense(expense({ amount: 200_000, isPurchase: true }));
    expect(bare.incomplete).toEqual(["购买物资或服务 2000 元以上须附询价（比价）资料", "购买服务或物资 2000 元以上须签订合同并附合同"]);
    expect(bare.findings.filter((f) => f.rule === "PURCHASE_DOCS")).toHaveLength(2);
    expect(bare.blocking).toBe(false);
    expect(checkExpense(expense({ amount: 200_000, isPurchase: true, has: { quoteComparison: true, purchaseContract: false } })).incomplete).toEqual(["购买服务或物资 2000 元以上须签订合同并附合同"]);
    expect(checkExpense(expense({ amount: 200_000, isPurchase: true, has: { quoteComparison: true, purchaseContract: true } })).incomplete).toEqual([]);
    // Not a purchase (劳务费): no documents asked for.
    expect(checkExpense(expense({ amount: 500_000, isPurchase: false })).incomplete).toEqual([]);
  });

  it("overrunning the line warns (advisory): reaching the budget exactly does not", () => {
    const item = { category: "SOCIAL_SERVICE" as const, name: "社区活动服务支出", budget: 1_000_000, spentBefore: 950_000 };
    expect(codes(expense({ amount: 50_000, item }))).toEqual([]);
    const f = checkExpense(expense({ amount: 50_001, item })).findings[0];
    expect(f).toMatchObject({ rule: "LINE_OVERRUN", severity: "advisory", field: "amount" });
    expect(f.message).toContain("超 0.01 元");
  });

  it("spending beyond a category's share of the budget: management over 10% is refused, meetings over 7% warn; other categories are not checked", () => {
    const management = { category: "MANAGEMENT" as const, name: "项目管理费", budget: 5_000_000, spentBefore: 2_900_000 };
    // Budget total 300,000.00 元: 10% = 30,000.00 元.
    expect(codes(expense({ amount: 100_000, item: management, spentBeforeByCategory: { ...ZERO, MANAGEMENT: 2_900_000 } }))).toEqual([]);
    const over = checkExpense(expense({ amount: 100_001, item: management, spentBeforeByCategory: { ...ZERO, MANAGEMENT: 2_900_000 } }));
    expect(over.findings).toMatchObject([{ rule: "MANAGEMENT_CAP", severity: "hard", field: "amount" }]);
    expect(over.findings[0].message).toContain("实际支出");
    expect(over.blocking).toBe(true);
    const meeting = { category: "MEETING" as const, name: "会议费", budget: 3_000_000, spentBefore: 2_100_000 };
    expect(checkExpense(expense({ amount: 1, item: meeting, spentBeforeByCategory: { ...ZERO, MEETING: 2_100_000 } })).findings).toMatchObject([{ rule: "MEETING_CAP", severity: "advisory" }]);
    // Labour already over 70% of the total does not concern an expense booked to social services.
    expect(codes(expense({ spentBeforeByCategory: { ...ZERO, LABOUR: 25_000_000 } }))).toEqual([]);
    // Tax touches both the tax limit and the other-costs limit.
    const tax = { category: "TAX" as const, name: "税费", budget: 1_500_000, spentBefore: 1_200_000 };
    expect(codes(expense({ amount: 1, item: tax, spentBeforeByCategory: { ...ZERO, TAX: 1_200_000, UNFORESEEN: 300_000 } })).sort()).toEqual(["OTHER_CAP", "TAX_CAP"]);
  });

  it("forbidden purposes are refused (hard); per-day rates are checked like the budget's", () => {
    const f = checkExpense(expense({ purpose: "购买汽车一辆" }));
    expect(f.findings).toMatchObject([{ rule: "FORBIDDEN", severity: "hard", field: "purpose" }]);
    expect(f.blocking).toBe(true);
    expect(codes(expense({ purpose: "活动用汽车租赁" }))).toEqual([]);
    expect(checkExpense(expense({ rateKind: "WORKER_PART_DAY", dailyRate: 10_001 })).findings).toMatchObject([{ rule: "DAILY_RATE", severity: "hard", field: "dailyRate" }]);
    expect(codes(expense({ rateKind: "WORKER_PART_DAY", dailyRate: 10_000 }))).toEqual([]);
  });
});

describe("compareBudgets: 调整幅度 and the evaluation consequence", () => {
  const line = (itemId: string, amount: number) => ({ itemId, code: itemId, category: "SOCIAL_SERVICE" as BudgetCategory, name: itemId, amount });

  it("per line old / new / Δ, lines added and removed, and sum|Δ| / 2 / previous total", () => {
    const c = compareBudgets([line("A1", 4_500_000), line("D1", 600_000), line("X", 100_000)], [line("A1", 5_100_000), line("X", 0), line("N", 100_000)]);
    expect(c.lines.map((l) => [l.itemId, l.before, l.after, l.delta])).toEqual([["A1", 4_500_000, 5_100_000, 600_000], ["D1", 600_000, null, -600_000], ["N", null, 100_000, 100_000], ["X", 100_000, 0, -100_000]]);
    expect(c.totals).toEqual({ before: 5_200_000, after: 5_200_000, delta: 0 });
    expect(c.moved).toBe(700_000);
    expect(c.shift).toBe(1346); // 700,000 / 5,200,000 = 13.46%
    expect(c.band).toBe("DEDUCT_1_3");
  });

  it("bands: under 10% none; 10%–20% 扣 1–3 分; over 20% up to 30% not specified; over 30% 扣 5–7 分", () => {
    // shiftBand(sum of |Δ|, previous total): the shift is half the sum of |Δ|.
    const prev = 10_000_000;
    expect(shiftBand(1_999_998, prev)).toBe("NONE"); // 9.99999%
    expect(shiftBand(2_000_000, prev)).toBe("DEDUCT_1_3"); // 10%
    expect(shiftBand(4_000_000, prev)).toBe("DEDUCT_1_3"); // 20%
    expect(shiftBand(4_000_002, prev)).toBe("BETWEEN");
    expect(shiftBand(6_000_000, prev)).toBe("BETWEEN"); // 30%: not yet 超过 30%
    expect(shiftBand(6_000_002, prev)).toBe("DEDUCT_5_7");
    expect(shiftBand(0, 0)).toBe("NONE");
    expect(SHIFT_BAND_TEXT.DEDUCT_1_3).toContain("扣 1–3 分");
    expect(SHIFT_BAND_TEXT.DEDUCT_5_7).toContain("扣 5–7 分");
  });
});

describe("the editor's live check", () => {
  const row = (code: string, category: BudgetCategory, name: string, amount: string, more: Partial<EditorRow> = {}): EditorRow => ({ itemId: null, code, category, name, basis: "", rateKind: "", dailyRate: "", amount, ...more });
  const funds = { fundProvincial: "80000", fundLocal: "200000", fundRaised: "0" };

  it("skips blank rows and puts each finding on the row of the form it concerns", () => {
    const rows = [
      row("A1", "SOCIAL_SERVICE", "个案、小组、社区活动服务支出", "50000"),
      row("C1", "VOLUNTEER", "", ""), // blank template row
      row("B1", "LABOUR", "驻站社工劳务费及保险", "210000"),
      row("D1", "TRANSPORT", "", ""),
      row("D4", "MANAGEMENT", "项目管理费", "20000"),
      row("A2", "SOCIAL_SERVICE", "购买汽车", "0", { rateKind: "VOLUNTEER", dailyRate: "120" }),
    ];
    const live = liveCheck(rows, funds, 28_000_000);
    expect(live.check.total).toBe(28_000_000);
    expect(live.funded).toBe(28_000_000);
    expect(live.byRow.get(2)!.map((f) => [f.rule, f.severity, f.field])).toEqual([["LABOUR_CAP", "hard", "lines.2.amount"]]);
    expect(live.byRow.get(2)![0].message).toContain("75.00%");
    expect(live.byRow.get(5)!.map((f) => f.rule).sort()).toEqual(["DAILY_RATE", "FORBIDDEN"]);
    expect(live.byRow.has(1)).toBe(false);
    expect(live.other).toEqual([]);
    // Fixed to 60%: nothing left.
    const fixed = liveCheck([row("A1", "SOCIAL_SERVICE", "服务", "92000"), row("B1", "LABOUR", "劳务", "168000"), row("D4", "MANAGEMENT", "管理", "20000")], funds, 28_000_000);
    expect(fixed.check.findings).toEqual([]);
  });

  it("funding findings concern no row; a bad amount counts as 0 until fixed", () => {
    const live = liveCheck([row("A1", "SOCIAL_SERVICE", "服务", "1000"), row("A2", "SOCIAL_SERVICE", "服务", "12.345")], { fundProvincial: "0", fundLocal: "999", fundRaised: "abc" }, 100_000);
    expect(live.check.total).toBe(100_000);
    expect(live.other.map((f) => [f.rule, f.field])).toEqual([["FUNDS_SUM", "fundLocal"], ["CONTRACT_AMOUNT", "fundProvincial"]]);
  });

  it("input problems the server would refuse: 序号 missing, repeated or taken, no name, bad amounts, a rate without its kind", () => {
    const problems = inputProblems([
      row("A1", "SOCIAL_SERVICE", "服务", "1"),
      row("a1", "SOCIAL_SERVICE", "服务", "1"),
      row("", "SOCIAL_SERVICE", "服务", "1"),
      row("D1", "TRANSPORT", "交通", "1"),
      row("A3", "SOCIAL_SERVICE", "", "x"),
      row("A4", "SOCIAL_SERVICE", "服务", "", { dailyRate: "100" }),
      row("A5", "SOCIAL_SERVICE", "", ""),
    ], new Set(["D1"]));
    expect(Object.fromEntries(problems)).toEqual({
      1: ["序号 A1 与第 1 行重复"],
      2: ["请填写序号"],
      3: ["序号 D1 已用于本项目其他版本的预算项，请换一个序号"],
      4: ["请填写项目名称", "金额应为数字（元），最多两位小数，如 12345.60"],
      5: ["请填写金额", "请选择该标准对应的劳务标准"],
    });
  });

  it("suggests the next free 序号 of the category's letter", () => {
    expect(suggestCode("SOCIAL_SERVICE", [])).toBe("A1");
    expect(suggestCode("SOCIAL_SERVICE", ["A1", "a2", "B1"])).toBe("A3");
    expect(suggestCode("MEETING", ["D1", "D2"])).toBe("D3");
    expect(suggestCode("TAX", ["F1"])).toBe("F2");
  });
});
