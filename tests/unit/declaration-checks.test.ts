// The sums a declaration must satisfy (checks.ts) and what changed between two versions (diff.ts).
import { describe, expect, it } from "vitest";
import { checkDeclaration, hardFindings } from "@/features/declarations/checks";
import { diffDeclarations } from "@/features/declarations/diff";
import { emptyDeclarationDoc, type DeclarationDoc, type IndicatorDoc } from "@/features/declarations/doc";

const indicator = (over: Partial<IndicatorDoc> = {}): IndicatorDoc => ({
  id: "i1", kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "建设社会工作站", operator: "GTE", annualValue: "10个",
  mediumValue: null, unit: "个", weight: null, attribute: null, scoringRule: null, content: null, basis: null, metricKey: null, ...over,
});

function project(over: Partial<DeclarationDoc> = {}): DeclarationDoc {
  return {
    ...emptyDeclarationDoc("PROJECT", 2027, "社会工作发展经费"),
    totalAmount: "800000.00",
    fundLines: [{ name: "人才管理", amount: "150000.00", plan: null }, { name: "站点建设", amount: "290000.00", plan: null }, { name: "发展经费", amount: "360000.00", plan: null }],
    funding: [{ horizon: "MEDIUM", level: "COUNTY", amount: "2400000.00" }, { horizon: "ANNUAL", level: "COUNTY", amount: "800000.00" }],
    indicators: [indicator(), indicator({ id: "i2", kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益指标", name: "能力提升", operator: "QUALITATIVE", annualValue: "明显" }),
      indicator({ id: "i3", kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标", name: "居民满意率", annualValue: "95%" })],
    ...over,
  };
}

const messages = (doc: DeclarationDoc, projects: DeclarationDoc[] = []) => checkDeclaration(doc, projects).map((f) => `${f.severity} ${f.field} ${f.message}`);

describe("sum checks", () => {
  it("a declaration that adds up has nothing to say", () => {
    expect(messages(project())).toEqual([]);
  });

  it("says how far the 资金安排 lines are from the total, either way, to the fen", () => {
    expect(messages(project({ fundLines: [{ name: "甲", amount: "700000.00", plan: null }] })))
      .toEqual(["hard fundLines 资金安排各项合计 700,000.00 元，与总投入 800,000.00 元不符，少 100,000.00 元"]);
    expect(messages(project({ fundLines: [{ name: "甲", amount: "800000.01", plan: null }] })))
      .toEqual(["hard fundLines 资金安排各项合计 800,000.01 元，与总投入 800,000.00 元不符，多 0.01 元"]);
  });

  it("checks the year's funding against the total; a medium term smaller than the year is only a warning", () => {
    expect(messages(project({ funding: [{ horizon: "ANNUAL", level: "COUNTY", amount: "600000.00" }, { horizon: "ANNUAL", level: "CITY", amount: "100000.00" }] })))
      .toEqual(["hard funding 年度资金来源合计 700,000.00 元，与总投入 800,000.00 元不符，少 100,000.00 元"]);
    expect(messages(project({ funding: [{ horizon: "MEDIUM", level: "COUNTY", amount: "500000.00" }, { horizon: "ANNUAL", level: "COUNTY", amount: "800000.00" }] })))
      .toEqual(["warning funding 中期资金来源合计 500,000.00 元，少于本年度的 800,000.00 元"]);
  });

  it("wants a total, indicators, and (as advice) each level of indicator and some 资金安排", () => {
    expect(hardFindings(checkDeclaration(project({ totalAmount: "0.00", fundLines: [], funding: [] }))).map((f) => f.message)).toEqual(["请填写总投入"]);
    expect(messages(project({ indicators: [] }))).toEqual(["hard indicators 请填写绩效指标"]);
    expect(messages(project({ indicators: [indicator()] }))).toEqual(["warning indicators 没有效益指标", "warning indicators 没有满意度指标"]);
    expect(messages(project({ fundLines: [], funding: [] }))).toEqual(["warning fundLines 未填写资金安排情况"]);
  });

  it("a department-wide declaration: categories add up to the total; projects within their category and the total", () => {
    const dept: DeclarationDoc = {
      ...emptyDeclarationDoc("DEPARTMENT", 2025, "仁和区委社会工作部"), totalAmount: "6824200.00", indicators: [indicator()],
      categoryAmounts: [
        { category: "PERSONNEL", fiscal: "1890000.00", other: "0.00" }, { category: "OPERATING_PUBLIC", fiscal: "164700.00", other: "0.00" },
        { category: "OPERATING_OTHER", fiscal: "4689500.00", other: "0.00" }, { category: "SPECIFIC", fiscal: "80000.00", other: "0.00" },
      ],
    };
    expect(messages(dept)).toEqual([]);
    expect(messages({ ...dept, categoryAmounts: dept.categoryAmounts.slice(1) }))
      .toEqual(["hard categoryAmounts 人员类、运转类、特定目标类合计 4,934,200.00 元，与年度预算资金总额 6,824,200.00 元不符，少 1,890,000.00 元"]);
    expect(messages({ ...dept, categoryAmounts: [] })).toEqual(["hard categoryAmounts 请按人员类、运转类（公用经费、其他运转类）、特定目标类分列预算资金"]);
    const specific = { ...project({ name: "换届经费", category: "SPECIFIC", totalAmount: "90000.00" }) };
    expect(messages(dept, [specific])).toEqual(["warning categoryAmounts 特定目标类项目合计 90,000.00 元，超过该类预算资金 80,000.00 元"]);
    expect(messages(dept, [project({ category: "OPERATING_OTHER", totalAmount: "7000000.00" })]))
      .toEqual([
        "warning categoryAmounts 运转类 · 其他运转类项目合计 7,000,000.00 元，超过该类预算资金 4,689,500.00 元",
        "warning totalAmount 下属项目合计 7,000,000.00 元，超过年度预算资金总额 6,824,200.00 元",
      ]);
  });
});

describe("comparing two versions", () => {
  it("names the fields, lines and indicator cells that changed, follows rows by id, and lists added and removed rows", () => {
    const before = project();
    const after = project({
      annualGoal: "建成10个社工站",
      fundLines: [before.fundLines[0], { ...before.fundLines[1], amount: "300000.00" }],
      indicators: [before.indicators[2], { ...before.indicators[0], annualValue: "12个" }, indicator({ id: undefined, name: "新增指标" })],
    });
    const d = diffDeclarations(before, after);
    expect(d.fields).toEqual(["annualGoal"]);
    expect(d.fundLines).toEqual([2]);
    expect(d.removedFundLines.map((l) => l.name)).toEqual(["发展经费"]);
    expect(d.funding).toBe(false);
    // i3 moved to the top but is unchanged; i1 changed one cell; the new row has no id yet.
    expect(d.indicators).toEqual({ i1: { status: "changed", cells: ["annualValue"] }, "#3": { status: "added" } });
    expect(d.removedIndicators.map((r) => r.id)).toEqual(["i2"]);
    expect(d.none).toBe(false);
    expect(diffDeclarations(before, structuredClone(before)).none).toBe(true);
  });
});
