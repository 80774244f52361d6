// The 绩效目标申报表 editor's pure state (src/features/declarations/components/editor-state.ts): rows added,
// removed, moved and regrouped without touching an indicator's id; the totals the editor shows beside the fund
// lines, the funding grid and the category table (seeds 000 and 003); the live cell checks; and the mapping of
// the server's "doc.indicators.3.annualValue" errors back to the row that was posted there.
import { describe, expect, it } from "vitest";
import { checkDeclaration } from "@/features/declarations/checks";
import { emptyDeclarationDoc, type DeclarationDoc, type IndicatorDoc } from "@/features/declarations/doc";
import { declarationDocSchema } from "@/features/declarations/schemas";
import { zodFieldErrors } from "@/server/action";
import {
  addFundLine, addIndicator, addIndicatorOf, canMoveIndicator, categorySummary, errorPlace, errorsByRow, fundingCell, fundingRowSummary,
  fundLinesSummary, groupsAreSplit, indicatorGroups, indicatorValueProblem, initEditorState, moveFundLine, moveIndicator, nextKey, operatorHint,
  regroup, regroupIndicators, removeFundLine, removeIndicator, setCategoryCell, setFundingCell, setIndicatorDimension, setIndicatorKind, setText,
  toDeclarationDoc, typedFen, updateFundLine, updateIndicator, weightProblem, weightTotal, type EditorState,
} from "@/features/declarations/components/editor-state";

function row(partial: Partial<IndicatorDoc> & Pick<IndicatorDoc, "kind" | "level1Label" | "level2Label" | "name">): IndicatorDoc {
  return {
    dimension: null, operator: "EQ", annualValue: "1", mediumValue: null, unit: null, weight: null,
    attribute: null, scoringRule: null, content: null, basis: null, metricKey: null, ...partial,
  };
}

/** Seed 000 (社会工作发展经费, 2020): lines of 700000 元 against a total of 800000 元; an indicator table as written. */
function seed000(): DeclarationDoc {
  return {
    ...emptyDeclarationDoc("PROJECT", 2020, "社会工作发展经费"),
    totalAmount: "800000.00",
    fundLines: [
      { name: "社会工作人才管理经费", amount: "150000.00", plan: "于2020年11月前拨付到委托方账户" },
      { name: "街道与社区社会工作站建设经费", amount: "290000.00", plan: null },
      { name: "社会工作发展经费", amount: "260000.00", plan: null },
    ],
    funding: [
      { horizon: "MEDIUM", level: "COUNTY", amount: "2400000.00" },
      { horizon: "ANNUAL", level: "COUNTY", amount: "800000.00" },
    ],
    indicators: [
      row({ id: "i1", kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "长期从事社会工作人员培训", annualValue: "约200人", mediumValue: "约600人", operator: "QUALITATIVE" }),
      row({ id: "i2", kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "建设社会工作站", annualValue: "计划2个", operator: "QUALITATIVE" }),
      row({ id: "i3", kind: "OUTPUT", level1Label: "产出指标", dimension: "COST", level2Label: "成本指标", name: "社会工作人员培训人均每天标准", annualValue: "170元" }),
      row({ id: "i4", kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益指标", name: "社会工作者培训率", annualValue: "90%" }),
      row({ id: "i5", kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标", name: "居民满意率", annualValue: "95%" }),
    ],
  };
}

const ids = (s: EditorState) => s.doc.indicators.map((r) => r.id ?? r.key);
const names = (s: EditorState) => s.doc.indicators.map((r) => r.name);

describe("setting up and posting", () => {
  it("gives every line and row its own key and keeps the indicator ids", () => {
    const s = initEditorState(seed000());
    const keys = [...s.doc.fundLines.map((l) => l.key), ...s.doc.indicators.map((r) => r.key)];
    expect(new Set(keys).size).toBe(8);
    expect(s.doc.indicators.map((r) => r.id)).toEqual(["i1", "i2", "i3", "i4", "i5"]);
    expect(s.seq).toBe(8);
  });

  it("posts the document without keys, empty texts as null, and round-trips an untouched document exactly", () => {
    const doc = seed000();
    expect(toDeclarationDoc(initEditorState(doc).doc)).toEqual(doc);
    let s = setText(initEditorState(doc), "basis", "   ");
    s = updateIndicator(s, 0, { unit: "", weight: " " });
    const out = toDeclarationDoc(s.doc);
    expect(out.basis).toBeNull();
    expect(out.indicators[0]).not.toHaveProperty("key");
    expect(out.indicators[0]).toMatchObject({ id: "i1", unit: null, weight: null });
    expect(setText(s, "filledOn", "").doc.filledOn).toBe("");
    expect(toDeclarationDoc(setText(s, "filledOn", "").doc).filledOn).toBeNull();
  });

  it("a department-wide declaration shows all four category rows; empty ones are not sent until one is filled, then as 0", () => {
    const dept = emptyDeclarationDoc("DEPARTMENT", 2025, "中共攀枝花市仁和区委社会工作部");
    let s = initEditorState(dept);
    expect(s.doc.categoryAmounts.map((c) => c.category)).toEqual(["PERSONNEL", "OPERATING_PUBLIC", "OPERATING_OTHER", "SPECIFIC"]);
    expect(toDeclarationDoc(s.doc).categoryAmounts).toEqual([]);
    s = setCategoryCell(s, "PERSONNEL", "fiscal", "1890000");
    expect(toDeclarationDoc(s.doc).categoryAmounts).toEqual([
      { category: "PERSONNEL", fiscal: "1890000", other: "0.00" },
      { category: "OPERATING_PUBLIC", fiscal: "0.00", other: "0.00" },
      { category: "OPERATING_OTHER", fiscal: "0.00", other: "0.00" },
      { category: "SPECIFIC", fiscal: "0.00", other: "0.00" },
    ]);
  });
});

describe("资金安排情况", () => {
  it("adds, types, moves and removes lines", () => {
    let s = initEditorState(seed000());
    s = addFundLine(s);
    expect(s.doc.fundLines).toHaveLength(4);
    s = updateFundLine(s, 3, { name: "引进优秀社工", amount: "100000" });
    s = moveFundLine(s, 3, -1);
    expect(s.doc.fundLines.map((l) => l.name)).toEqual(["社会工作人才管理经费", "街道与社区社会工作站建设经费", "引进优秀社工", "社会工作发展经费"]);
    expect(moveFundLine(s, 0, -1)).toBe(s);
    expect(moveFundLine(s, 3, 1)).toBe(s);
    s = removeFundLine(s, 2);
    expect(s.doc.fundLines.map((l) => l.name)).toEqual(["社会工作人才管理经费", "街道与社区社会工作站建设经费", "社会工作发展经费"]);
  });

  it("says the lines' 合计 and how far it is from 总投入 (seed 000: 700000 against 800000 元)", () => {
    const s = initEditorState(seed000());
    expect(fundLinesSummary(s.doc)).toEqual({ sum: 70_000_000, invalid: 0, total: 80_000_000, diff: -10_000_000 });
    const fixed = updateFundLine(s, 2, { amount: "360000" });
    expect(fundLinesSummary(fixed.doc).diff).toBe(0);
    expect(checkDeclaration(toDeclarationDoc(s.doc)).find((f) => f.field === "fundLines")).toMatchObject({ severity: "hard" });
    expect(checkDeclaration(toDeclarationDoc(fixed.doc)).find((f) => f.field === "fundLines")).toBeUndefined();
  });

  it("leaves out of the sum what is not an amount, and counts it", () => {
    const s = updateFundLine(initEditorState(seed000()), 0, { amount: "15万" });
    expect(fundLinesSummary(s.doc)).toMatchObject({ sum: 55_000_000, invalid: 1 });
    expect(typedFen("15万")).toBe("invalid");
    expect(typedFen("")).toBeNull();
    expect(typedFen("1,234.5")).toBe(123_450);
    expect(fundLinesSummary(setText(s, "totalAmount", "").doc)).toMatchObject({ total: null, diff: null });
  });
});

describe("资金来源 grid", () => {
  it("types cells in the form's order, an emptied cell is no longer a source, and sums each row against 总投入", () => {
    let s = initEditorState(seed000());
    s = setFundingCell(s, "ANNUAL", "CENTRAL", "100000");
    expect(s.doc.funding.map((f) => `${f.horizon}:${f.level}`)).toEqual(["MEDIUM:COUNTY", "ANNUAL:CENTRAL", "ANNUAL:COUNTY"]);
    expect(fundingCell(s.doc, "ANNUAL", "CENTRAL")).toBe("100000");
    expect(fundingRowSummary(s.doc, "ANNUAL")).toMatchObject({ sum: 90_000_000, diff: 10_000_000 });
    expect(fundingRowSummary(s.doc, "MEDIUM")).toMatchObject({ sum: 240_000_000 });
    s = setFundingCell(s, "ANNUAL", "CENTRAL", "");
    expect(s.doc.funding).toHaveLength(2);
    expect(fundingRowSummary(s.doc, "ANNUAL").diff).toBe(0);
  });
});

describe("预算资金 by category (seed 003: 189 + 16.47 + 468.95 + 8 = 682.42 万元)", () => {
  it("sums each row and the table against 年度预算资金总额", () => {
    let s = initEditorState({ ...emptyDeclarationDoc("DEPARTMENT", 2025, "中共攀枝花市仁和区委社会工作部"), totalAmount: "6824200.00" });
    s = setCategoryCell(s, "PERSONNEL", "fiscal", "1890000");
    s = setCategoryCell(s, "OPERATING_PUBLIC", "fiscal", "164700");
    s = setCategoryCell(s, "OPERATING_OTHER", "fiscal", "4689500");
    s = setCategoryCell(s, "SPECIFIC", "fiscal", "80000");
    const sum = categorySummary(s.doc);
    expect(sum.all).toMatchObject({ sum: 682_420_000, diff: 0 });
    expect(sum.rows.OPERATING_OTHER).toBe(468_950_000);
    expect(checkDeclaration(toDeclarationDoc(s.doc)).filter((f) => f.field === "categoryAmounts")).toEqual([]);
    s = setCategoryCell(s, "SPECIFIC", "other", "10000");
    expect(categorySummary(s.doc)).toMatchObject({ other: 1_000_000, all: { diff: 1_000_000 } });
    expect(checkDeclaration(toDeclarationDoc(s.doc)).find((f) => f.field === "categoryAmounts")?.message).toContain("多 10,000.00 元");
  });
});

describe("indicator rows", () => {
  it("a row added under a group goes to the end of that group, with the group's labels as written", () => {
    const s0 = initEditorState(seed000());
    const key = nextKey(s0);
    const s = addIndicator(s0, { kind: "OUTPUT", dimension: "QUANTITY", level1Label: "产出指标", level2Label: "数量指标" });
    expect(names(s)).toEqual(["长期从事社会工作人员培训", "建设社会工作站", "", "社会工作人员培训人均每天标准", "社会工作者培训率", "居民满意率"]);
    expect(s.doc.indicators[2]).toMatchObject({ key, kind: "OUTPUT", dimension: "QUANTITY", level1Label: "产出指标", level2Label: "数量指标", operator: "EQ", annualValue: "" });
    expect(s.doc.indicators[2].id).toBeUndefined();
  });

  it("a new 二级指标 goes in its place inside the 一级 group (质量 before 成本), a new 一级 before the later ones", () => {
    const s = addIndicatorOf(initEditorState(seed000()), "OUTPUT", "QUALITY");
    expect(s.doc.indicators.map((r) => r.level2Label)).toEqual(["数量指标", "数量指标", "质量指标", "成本指标", "社会效益指标", "服务对象满意度指标"]);
    const t = addIndicatorOf(s, "BENEFIT", "SUSTAINABLE");
    expect(t.doc.indicators.map((r) => r.level2Label)).toEqual(["数量指标", "数量指标", "质量指标", "成本指标", "社会效益指标", "可持续影响指标", "服务对象满意度指标"]);
    const onlySatisfaction = initEditorState({ ...emptyDeclarationDoc("PROJECT", 2026), indicators: [seed000().indicators[4]] });
    expect(addIndicatorOf(onlySatisfaction, "OUTPUT", "QUANTITY").doc.indicators.map((r) => r.level1Label)).toEqual(["产出指标", "满意度指标"]);
    expect(addIndicatorOf(initEditorState(emptyDeclarationDoc("PROJECT", 2026)), "SATISFACTION", "SATISFACTION").doc.indicators).toHaveLength(1);
  });

  it("a row added by kind and dimension uses the labels the table already writes (seed 003: 项目完成 · 数量指标)", () => {
    const doc = {
      ...emptyDeclarationDoc("PROJECT", 2025, "村（社区）换届工作经费"),
      indicators: [
        row({ id: "a", kind: "OUTPUT", level1Label: "项目完成", dimension: "QUANTITY", level2Label: "数量指标", name: "村（社区）、组换届涉及干部人数", annualValue: "980人" }),
        row({ id: "b", kind: "OUTPUT", level1Label: "项目完成", dimension: "COST", level2Label: "成本指标", name: "换届工作业务培训", annualValue: "8万元" }),
      ],
    };
    const s = addIndicatorOf(initEditorState(doc), "OUTPUT", "QUANTITY");
    expect(s.doc.indicators[1]).toMatchObject({ level1Label: "项目完成", level2Label: "数量指标" });
    const t = addIndicatorOf(initEditorState(doc), "OUTPUT", "TIMELINESS");
    expect(t.doc.indicators.map((r) => `${r.level1Label}/${r.level2Label}`)).toEqual(["项目完成/数量指标", "项目完成/时效指标", "项目完成/成本指标"]);
  });

  it("removes a row and keeps the others' ids", () => {
    const s = removeIndicator(initEditorState(seed000()), 1);
    expect(ids(s)).toEqual(["i1", "i3", "i4", "i5"]);
  });

  it("moves a row up or down inside its 二级 group only", () => {
    const s = initEditorState(seed000());
    expect(canMoveIndicator(s.doc.indicators, 1, -1)).toBe(true);
    expect(canMoveIndicator(s.doc.indicators, 1, 1)).toBe(false); // 成本指标 below
    expect(canMoveIndicator(s.doc.indicators, 0, -1)).toBe(false);
    expect(canMoveIndicator(s.doc.indicators, 4, 1)).toBe(false);
    const moved = moveIndicator(s, 1, -1);
    expect(ids(moved)).toEqual(["i2", "i1", "i3", "i4", "i5"]);
    expect(moveIndicator(s, 1, 1)).toBe(s);
    expect(moved.doc.indicators[0]).toEqual(s.doc.indicators[1]);
  });

  it("choosing another 一级指标 relabels a standard label, fits the 二级指标 to it and moves the row to its group", () => {
    const s = setIndicatorKind(initEditorState(seed000()), 2, "BENEFIT");
    expect(ids(s)).toEqual(["i1", "i2", "i4", "i3", "i5"]);
    expect(s.doc.indicators[3]).toMatchObject({ id: "i3", kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益指标", name: "社会工作人员培训人均每天标准" });
    // A label that reads as the old kind (项目完成 is an output heading) follows; one of the unit's own stays as written.
    const own = initEditorState({ ...emptyDeclarationDoc("PROJECT", 2025), indicators: [
      row({ kind: "OUTPUT", level1Label: "项目完成", dimension: "QUANTITY", level2Label: "数量指标", name: "a" }),
      row({ kind: "OUTPUT", level1Label: "本单位自定", dimension: "QUANTITY", level2Label: "自定二级", name: "b" }),
    ] });
    expect(setIndicatorKind(own, 0, "SATISFACTION").doc.indicators.find((r) => r.name === "a")).toMatchObject({ level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标" });
    expect(setIndicatorKind(own, 1, "BENEFIT").doc.indicators.find((r) => r.name === "b")).toMatchObject({ kind: "BENEFIT", level1Label: "本单位自定", dimension: "SOCIAL", level2Label: "自定二级" });
    expect(setIndicatorKind(own, 0, "OUTPUT")).toBe(own);
  });

  it("choosing another 二级指标 relabels a standard (or 002-style short) label and moves the row", () => {
    const s = setIndicatorDimension(initEditorState(seed000()), 0, "QUALITY");
    expect(ids(s)).toEqual(["i2", "i1", "i3", "i4", "i5"]);
    expect(s.doc.indicators[1]).toMatchObject({ id: "i1", dimension: "QUALITY", level2Label: "质量指标" });
    const short = initEditorState({ ...emptyDeclarationDoc("PROJECT", 2026), indicators: [row({ kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益", name: "x" })] });
    expect(setIndicatorDimension(short, 0, "SUSTAINABLE").doc.indicators[0].level2Label).toBe("可持续影响指标");
    expect(setIndicatorDimension(short, 0, null).doc.indicators[0]).toMatchObject({ dimension: null, level2Label: "社会效益" });
  });

  it("typing a label as written keeps the row in place; 整理分组 gathers split groups in order of first appearance", () => {
    let s = initEditorState(seed000());
    s = updateIndicator(s, 0, { level2Label: "数量" });
    expect(ids(s)).toEqual(["i1", "i2", "i3", "i4", "i5"]);
    expect(indicatorGroups(s.doc.indicators)[0].sections.map((x) => x.level2Label)).toEqual(["数量", "数量指标", "成本指标"]);
    // Rows of one group apart from each other (as an import may leave them):
    const scattered = initEditorState({ ...emptyDeclarationDoc("PROJECT", 2026), indicators: [
      row({ id: "q1", kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "q1" }),
      row({ id: "s1", kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标", name: "s1" }),
      row({ id: "c1", kind: "OUTPUT", level1Label: "产出指标", dimension: "COST", level2Label: "成本指标", name: "c1" }),
      row({ id: "q2", kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "q2" }),
    ] });
    expect(groupsAreSplit(scattered.doc.indicators)).toBe(true);
    const groups = indicatorGroups(scattered.doc.indicators);
    expect(groups.map((g) => g.key)).toEqual(["OUTPUT|产出指标#1", "SATISFACTION|满意度指标#1", "OUTPUT|产出指标#2"]);
    const gathered = regroup(scattered);
    expect(ids(gathered)).toEqual(["q1", "q2", "c1", "s1"]);
    expect(groupsAreSplit(gathered.doc.indicators)).toBe(false);
    expect(regroupIndicators(gathered.doc.indicators)).toEqual(gathered.doc.indicators);
    expect(gathered.doc.indicators.every((r, i) => r === regroup(gathered).doc.indicators[i])).toBe(true);
  });

  it("never changes an indicator's id through any operation", () => {
    let s = initEditorState(seed000());
    s = addIndicatorOf(s, "OUTPUT", "TIMELINESS");
    s = setIndicatorKind(s, 0, "SATISFACTION");
    s = setIndicatorDimension(s, 3, "QUALITY");
    s = moveIndicator(s, 1, -1);
    s = regroup(s);
    s = removeIndicator(s, s.doc.indicators.findIndex((r) => r.id === undefined));
    const out = toDeclarationDoc(s.doc);
    expect(out.indicators.map((r) => r.id).sort()).toEqual(["i1", "i2", "i3", "i4", "i5"]);
    for (const r of out.indicators) expect(r.name).toBe(seed000().indicators.find((x) => x.id === r.id)!.name);
  });
});

describe("live checks of a row", () => {
  it("flags a quantitative 指标性质 whose value has no number, as it is typed", () => {
    expect(indicatorValueProblem({ operator: "EQ", annualValue: "全部完成" })).toContain("文字描述的指标请选「定性」");
    expect(indicatorValueProblem({ operator: "GTE", annualValue: "≥95%" })).toBeNull();
    expect(indicatorValueProblem({ operator: "EQ", annualValue: "58个" })).toBeNull();
    expect(indicatorValueProblem({ operator: "GTE", annualValue: "2025年" })).not.toBeNull();
    expect(indicatorValueProblem({ operator: "QUALITATIVE", annualValue: "基本形成并不断完善优化" })).toBeNull();
    expect(indicatorValueProblem({ operator: "EQ", annualValue: "" })).toBeNull();
  });

  it("hints when the value states another comparison than the row's 指标性质", () => {
    expect(operatorHint({ operator: "EQ", annualValue: "≥95%" })).toContain("「≥」");
    expect(operatorHint({ operator: "GTE", annualValue: "≥95%" })).toBeNull();
    expect(operatorHint({ operator: "GTE", annualValue: "100%" })).toBeNull();
  });

  it("checks 分值 like the server and adds them up exactly", () => {
    expect(weightProblem({ weight: "10" })).toBeNull();
    expect(weightProblem({ weight: "100.5" })).not.toBeNull();
    expect(weightProblem({ weight: "abc" })).not.toBeNull();
    expect(weightProblem({ weight: null })).toBeNull();
    expect(weightTotal([{ weight: "10.1" }, { weight: "20.2" }, { weight: "x" }, { weight: null }])).toEqual({ total: "30.3", counted: 2 });
    expect(weightTotal([{ weight: "50" }, { weight: "50" }])).toEqual({ total: "100", counted: 2 });
  });
});

describe("server errors", () => {
  it("land on the row that was posted at that index, even after rows moved", () => {
    const s = initEditorState(seed000());
    const posted = s.doc.indicators.map((r) => r.key);
    const errors = { "doc.indicators.1.annualValue": ["指标值应为数值"], "doc.indicators.1.weight": ["分值不对"], "doc.name": ["请填写项目名称"], "doc.indicators": ["太多"], "doc.indicators.x.y": ["?"] };
    const moved = moveIndicator(s, 1, -1);
    const byRow = errorsByRow(errors, "indicators", posted);
    expect([...byRow.keys()]).toEqual([posted[1]]);
    expect(byRow.get(moved.doc.indicators[0].key)).toEqual({ annualValue: "指标值应为数值", weight: "分值不对" });
    expect(errorsByRow({ "doc.fundLines.0.amount": ["金额应为金额（元）"] }, "fundLines", ["k1"]).get("k1")).toEqual({ amount: "金额应为金额（元）" });
    expect(errorsByRow({ "doc.fundLines.5.amount": ["x"] }, "fundLines", ["k1"]).size).toBe(0);
  });

  it("are named as the form names the place", () => {
    expect(errorPlace("PROJECT", "doc.indicators.3.annualValue")).toBe("绩效指标第 4 行 · 指标值");
    expect(errorPlace("PROJECT", "doc.fundLines.0.amount")).toBe("资金安排第 1 行 · 金额（元）");
    expect(errorPlace("PROJECT", "doc.name")).toBe("项目名称");
    expect(errorPlace("DEPARTMENT", "doc.name")).toBe("预算单位");
    expect(errorPlace("DEPARTMENT", "doc.totalAmount")).toBe("年度预算资金总额（元）");
    expect(errorPlace("PROJECT", "doc.funding.1.level")).toBe("资金来源第 2 项 · 资金来源");
    expect(errorPlace("DEPARTMENT", "doc.categoryAmounts.0.fiscal")).toBe("预算资金（按支出类别）第 1 项 · 财政资金");
    expect(errorPlace("PROJECT", "doc.indicators")).toBe("绩效指标");
    expect(errorPlace("PROJECT", "doc")).toBe("申报表");
    expect(errorPlace("PROJECT", "_form")).toBe("申报表");
  });

  it("what the editor posts passes the server's schema, and the schema's error paths come back to the cells", () => {
    const s = initEditorState(seed000());
    const ok = declarationDocSchema.safeParse(toDeclarationDoc(s.doc));
    expect(ok.success).toBe(true);
    expect(ok.data).toEqual(seed000());
    const broken = updateFundLine(updateIndicator(addIndicatorOf(s, "OUTPUT", "QUANTITY"), 0, { operator: "EQ", annualValue: "约200人左右" }), 1, { amount: "二十九万" });
    const posted = broken.doc.indicators.map((r) => r.key);
    const result = declarationDocSchema.safeParse(toDeclarationDoc(broken.doc));
    expect(result.success).toBe(false);
    const errors = Object.fromEntries(Object.entries(zodFieldErrors(result.error!)).map(([k, v]) => [`doc.${k}`, v]));
    expect(Object.keys(errors).sort()).toEqual(["doc.fundLines.1.amount", "doc.indicators.0.annualValue", "doc.indicators.2.annualValue"]);
    const byRow = errorsByRow(errors, "indicators", posted);
    expect(byRow.get(posted[0])?.annualValue).toBe(indicatorValueProblem({ operator: "EQ", annualValue: "约200人左右" }));
    expect(byRow.get(posted[2])?.annualValue).toContain("请填写指标值");
    expect(errorsByRow(errors, "fundLines", broken.doc.fundLines.map((l) => l.key)).get(broken.doc.fundLines[1].key)?.amount).toContain("金额");
  });
});
