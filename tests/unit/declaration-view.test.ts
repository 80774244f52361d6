// The read side of 绩效目标申报表 on the seeds' own rows (000–003): the merged 一级 / 二级指标 cells, which columns
// the indicator table has, and the view and print layout built from them — sum findings on their part,
// comments beside their target, changes marked.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { checkDeclaration } from "@/features/declarations/checks";
import { DeclarationList, parseDeclarationFilters } from "@/features/declarations/components/declaration-list";
import { DeclarationView, type DeclarationViewProps } from "@/features/declarations/components/declaration-view";
import { declarationPrintSpecs } from "@/features/declarations/components/declaration-print";
import { groupIndicators, indicatorColumns, mediumName } from "@/features/declarations/components/indicator-grouping";
import { diffDeclarations } from "@/features/declarations/diff";
import { emptyDeclarationDoc, type DeclarationDoc, type IndicatorDoc } from "@/features/declarations/doc";
import { readIndicatorValue } from "@/features/declarations/values";
import type { Block, Cell } from "@/features/print/layout";
import { parseWan, parseYuan, toDecimalString } from "@/lib/money";
import { COMMUNITY_BUILDING_2020, SOCIAL_WORK_DEVELOPMENT_2020 } from "../../prisma/seed/demo-declarations-2020";
import { CHENGGONG_2026, RENHE_2025 } from "../../prisma/seed/demo-declarations-2025";

const yuan = (text: string) => toDecimalString(parseYuan(text)!);
const wan = (text: string) => toDecimalString(parseWan(text)!);

function indicator(i: number, row: Partial<IndicatorDoc> & Pick<IndicatorDoc, "level1Label" | "level2Label" | "name" | "annualValue">): IndicatorDoc {
  return {
    id: `i${i}`, kind: "OUTPUT", dimension: null, operator: readIndicatorValue(row.annualValue).operator, mediumValue: null, unit: null, weight: null,
    attribute: null, scoringRule: null, content: null, basis: null, metricKey: null, ...row,
  };
}

/** 000 or 001 as the seed stores it. */
function doc2020(d: typeof SOCIAL_WORK_DEVELOPMENT_2020): DeclarationDoc {
  return {
    ...emptyDeclarationDoc("PROJECT", 2020, d.name),
    title: "呈贡区民政局2020年经费项目", basis: d.basis.join("\n"), overview: d.overview.join("\n"), content: d.content.join("\n"),
    unitName: "昆明市呈贡区民政局", unitOrgCode: "115301210151291309", period: "2020年1月-12月",
    plan: d.fundLines.map((l, i) => `${i + 1}.${l.plan}`).join("\n"), effects: d.effects,
    totalAmount: yuan(d.total), fundLines: d.fundLines.map((l) => ({ name: l.name, amount: yuan(l.amount), plan: l.plan })),
    funding: [
      { horizon: "MEDIUM", level: "COUNTY", amount: wan(d.funding.medium.county) },
      { horizon: "ANNUAL", level: "COUNTY", amount: wan(d.funding.annual.county) },
    ],
    mediumGoal: d.mediumGoal, annualGoal: d.annualGoal, guaranteeMeasures: d.guaranteeMeasures, performanceNotes: d.performanceNotes,
    responsiblePerson: d.responsiblePerson, filler: d.filler, filledOn: "2019-10-31",
    indicators: d.indicators.map(([level1Label, level2Label, mediumName, mediumValue, name, annualValue], i) =>
      indicator(i + 1, { level1Label, level2Label, name, annualValue, mediumValue, content: mediumName === name ? null : mediumName })),
  };
}

const doc000 = doc2020(SOCIAL_WORK_DEVELOPMENT_2020);
const doc001 = doc2020(COMMUNITY_BUILDING_2020);

const doc002: DeclarationDoc = {
  ...emptyDeclarationDoc("PROJECT", 2026, CHENGGONG_2026.name),
  title: CHENGGONG_2026.title, basis: CHENGGONG_2026.basis, totalAmount: "411300.00",
  fundLines: CHENGGONG_2026.fundLines.map((l) => ({ name: l.name, amount: toDecimalString(parseWan(l.amount)!), plan: l.plan })),
  mediumGoal: CHENGGONG_2026.mediumGoal, annualGoal: CHENGGONG_2026.annualGoal,
  indicators: CHENGGONG_2026.indicators.map((r, i) => indicator(i + 1, {
    level1Label: r.level1Label, level2Label: r.level2Label, name: r.name, annualValue: r.value, operator: r.nature === "=" ? "EQ" : "GTE",
    unit: r.unit, attribute: r.attribute, scoringRule: r.scoringRule, content: r.content, basis: r.basis,
  })),
};

const doc003: DeclarationDoc = {
  ...emptyDeclarationDoc("DEPARTMENT", 2025, "中共攀枝花市仁和区委社会工作部"),
  title: "部门（单位）整体支出绩效目标申报表", totalAmount: wan(RENHE_2025.total),
  categoryAmounts: RENHE_2025.categories.map((c) => ({ category: c.category, fiscal: wan(c.fiscal), other: "0.00" })),
  annualGoal: RENHE_2025.annualGoal,
  indicators: RENHE_2025.indicators.map(([level1Label, level2Label, name, annualValue], i) => indicator(i + 1, { level1Label, level2Label, name, annualValue })),
};

/** 003's eight projects as the seed stores them: a table each, naming their 预算单位 but with no narrative. */
const projects003: DeclarationDoc[] = RENHE_2025.projects.map((p) => ({
  ...emptyDeclarationDoc("PROJECT", 2025, p.name), title: p.title, category: p.category, totalAmount: wan(p.total), annualGoal: p.goal,
  unitName: "中共攀枝花市仁和区委社会工作部",
  funding: [{ horizon: "ANNUAL" as const, level: "COUNTY" as const, amount: wan(p.fiscal) }],
  indicators: p.indicators.map(([level1Label, level2Label, name, annualValue], i) => indicator(i + 1, { level1Label, level2Label, name, annualValue })),
}));

const render = (props: DeclarationViewProps) => renderToStaticMarkup(createElement(DeclarationView, props));

/** The markup from `marker` up to the next element carrying `until` (or the end). */
function part(html: string, marker: string, until = "data-part="): string {
  const start = html.indexOf(marker);
  expect(start, marker).toBeGreaterThanOrEqual(0);
  const end = html.indexOf(until, start + marker.length);
  return html.slice(start, end < 0 ? undefined : end);
}
const rowOf = (html: string, id: string) => part(html, `data-indicator="${id}"`, "</tr>");

describe("groupIndicators", () => {
  it("merges 000's 一级 cells (产出 16 rows, 满意度 3) and 二级 cells within them, as the paper table", () => {
    const g = groupIndicators(doc000.indicators);
    expect(g.filter((r) => r.level1Span > 0).map((r) => [r.index, r.row.level1Label, r.level1Span])).toEqual([
      [0, "产   出   指   标", 16],
      [16, "满意度指标", 3],
    ]);
    expect(g.filter((r) => r.level2Span > 0).map((r) => [r.index, r.row.level2Label, r.level2Span])).toEqual([
      [0, "数量指标", 4], [4, "质量指标", 2], [6, "时效指标", 1], [7, "成本指标", 6], [13, "社会效益指标", 3],
      [16, "可持续影响指标", 2], [18, "服务对象满意度指标", 1],
    ]);
    // Every row is covered exactly once by each merged column.
    expect(g.reduce((n, r) => n + r.level1Span, 0)).toBe(19);
    expect(g.reduce((n, r) => n + r.level2Span, 0)).toBe(19);
  });

  it("merges 003's department table (基本经费 / 项目经费 / 效益指标 / 满意度指标)", () => {
    const g = groupIndicators(doc003.indicators);
    expect(g.filter((r) => r.level1Span > 0).map((r) => [r.row.level1Label, r.level1Span])).toEqual([["基本经费", 4], ["项目经费", 4], ["效益指标", 2], ["满意度指标", 1]]);
    // 数量指标 under 基本经费 and again under 项目经费: two cells, not one across the 一级 boundary.
    expect(g.filter((r) => r.level2Span > 0).map((r) => r.level2Span)).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  });

  it("starts a new cell when a label comes back after another, and never spans a 二级 cell past its 一级 group", () => {
    const rows = [["A", "x"], ["A", "x"], ["B", "x"], ["B", "y"], ["A", "y"], ["A", "y"]].map(([level1Label, level2Label]) => ({ level1Label, level2Label }));
    expect(groupIndicators(rows).map((r) => [r.level1Span, r.level2Span])).toEqual([[2, 2], [0, 0], [2, 1], [0, 1], [2, 2], [0, 0]]);
    expect(groupIndicators([])).toEqual([]);
    // Padding spaces do not split a cell.
    expect(groupIndicators([{ level1Label: "产出指标", level2Label: "数量指标" }, { level1Label: "产出指标 ", level2Label: " 数量指标" }]).map((r) => r.level1Span)).toEqual([2, 0]);
  });
});

describe("indicatorColumns", () => {
  it("puts 中期 and 年度 side by side for 000 and 001 (001's differing 中期 name kept in content is not a 2026 column)", () => {
    expect(indicatorColumns(doc000.indicators)).toEqual({ medium: true, detail: false, name: true, weight: false });
    const cols = indicatorColumns(doc001.indicators);
    expect(cols).toEqual({ medium: true, detail: false, name: true, weight: false });
    const training = doc001.indicators.find((r) => r.name === "社区干部培训（3天）每人每天标准")!;
    expect(mediumName(training, cols)).toBe("社区干部培训1年2期");
    expect(mediumName(doc001.indicators[0], cols)).toBe("社区居民委员会工作经费");
  });

  it("shows the 2026 columns for 002 and no 三级指标 column for 003's department table", () => {
    expect(indicatorColumns(doc002.indicators)).toEqual({ medium: false, detail: true, name: true, weight: false });
    expect(indicatorColumns(doc003.indicators)).toEqual({ medium: false, detail: false, name: false, weight: false });
  });
});

describe("DeclarationView", () => {
  it("draws 000 in the seed's order with the 700000 / 800000 mismatch on the 资金安排 part, in red", () => {
    const findings = checkDeclaration(doc000);
    const html = render({ doc: doc000, findings });
    const headings = ["一、项目名称", "二、立项依据", "三、项目实施单位", "四、项目基本概况", "五、项目实施内容", "六、资金安排情况", "七、项目实施计划", "八、项目实施成效", "九、项目绩效目标表"];
    const at = headings.map((h) => html.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const fund = part(html, 'data-part="fundLines"');
    expect(fund).toContain("1.社会工作人才管理经费：");
    expect(fund).toMatch(/以上3项合计：<span[^>]*>700,000\.00<\/span>元/);
    expect(fund).toMatch(/data-testid="declaration-finding" data-field="fundLines" data-severity="hard"[^>]*>.*700,000\.00.*800,000\.00/);
    expect(fund).toContain('role="alert"');
    expect(fund).toContain("text-red-800");
    // Nowhere else.
    expect(html.split('data-field="fundLines"').length).toBe(2);
  });

  it("puts 中期 and 年度 values side by side with merged 一级 / 二级 cells", () => {
    const html = render({ doc: doc000, findings: [] });
    const table = part(html, 'data-part="indicators"');
    expect(table).toMatch(/rowspan="16"/i);
    const first = rowOf(html, "i1");
    expect(first).toMatch(/产 {3}出 {3}指 {3}标[\s\S]*数量指标[\s\S]*约600人[\s\S]*数量指标[\s\S]*长期从事社会工作人员培训[\s\S]*约200人/);
    // The second row is covered by the merged cells: it starts with its 三级指标.
    expect(rowOf(html, "i2")).not.toContain("数量指标");
    expect(html).toContain("中期资金来源（元）");
    expect(part(html, 'data-part="funding"')).toContain("2,400,000.00");
  });

  it("shows 002's 指标性质, 度量单位, 指标属性, 评（扣）分标准, 指标内容 and 设定依据 columns", () => {
    const html = render({ doc: doc002, findings: checkDeclaration(doc002) });
    for (const h of ["指标性质", "度量单位", "指标属性", "评（扣）分标准", "指标内容", "绩效指标值设定依据及数据来源"]) expect(html).toContain(h);
    expect(rowOf(html, "i2")).toMatch(/民生小实事合格率[\s\S]*≥[\s\S]*100%[\s\S]*002[\s\S]*完不成扣分/);
    expect(html).not.toContain("中期指标值");
    expect(html).toContain("以上3项合计：");
  });

  it("draws 003's department table: amounts by category, no 三级指标, and its projects linked", () => {
    const projects = RENHE_2025.projects.map((p, i) => ({ id: `p${i + 1}`, name: p.name, category: p.category, totalAmount: wan(p.total), status: "ACCEPTED" as const }));
    const html = render({ doc: doc003, findings: checkDeclaration(doc003, projects), projects, area: "street" });
    const categories = part(html, 'data-part="categoryAmounts"');
    expect(categories).toContain("6,824,200.00");
    expect(part(categories, 'data-category="PERSONNEL"', "</tr>")).toContain("1,890,000.00");
    expect(categories).toMatch(/运转类[\s\S]*公用经费[\s\S]*164,700.00[\s\S]*其他运转类[\s\S]*4,689,500.00/);
    expect(part(html, 'data-part="indicators"')).not.toContain("三级指标");
    expect(html).toContain("指标值（包含数字及文字描述）");
    expect(html).toContain('href="/street/declarations/p1"');
    expect(html).toContain('data-testid="declaration-projects-total">4,769,500.00');
    expect(html).toContain('data-testid="declaration-check-ok"');
  });

  it("draws one of 003's projects as its table only: title, 预算单位, annual funding, goal, indicators", () => {
    const doc = projects003[0];
    const html = render({ doc, findings: checkDeclaration(doc) });
    expect(html).not.toContain("一、项目名称");
    expect(html).toContain(">其他运转类项目支出绩效目标申报表<");
    expect(html).toContain("中共攀枝花市仁和区委社会工作部");
    expect(part(html, 'data-part="funding"')).not.toContain("中期资金来源");
    expect(part(html, 'data-part="funding"')).toContain("2,600,000.00");
    expect(rowOf(html, "i1")).toMatch(/项目完成[\s\S]*数量指标[\s\S]*村（社区）常职干部及社工人数[\s\S]*536人/);
    // No 资金安排 lines, but the project states its annual funding, as the department-wide form asks: no advice.
    expect(html).not.toContain("未填写资金安排情况");
  });

  it("shows each reviewer comment beside its target, and lists one it cannot place", () => {
    const at = new Date("2026-03-02T02:00:00Z");
    const comments = [
      { target: "fundLine:2", targetLabel: "资金安排 · 2", comment: "请列明工作站数量", actorName: "王审核", at },
      { target: "indicator:i3", targetLabel: "建设社会工作站", comment: "年度目标与中期目标不一致", actorName: "王审核", at },
      { target: "field:basis", targetLabel: "立项依据", comment: "文件名缺右括号", actorName: "王审核", at },
      { target: "funding", targetLabel: "资金来源", comment: "中期合计请核对", actorName: "王审核", at },
      { target: "indicator:gone", targetLabel: "已删除的行", comment: "此行不需要", actorName: "王审核", at },
    ];
    const html = render({ doc: doc000, findings: [], comments });
    expect(part(html, 'data-fund-line="2"', "</li>")).toContain("请列明工作站数量");
    expect(rowOf(html, "i3")).toContain("年度目标与中期目标不一致");
    expect(part(html, 'data-field="basis"', "</div></div>")).toContain("文件名缺右括号");
    expect(part(html, 'data-part="funding"')).toContain("中期合计请核对");
    expect(part(html, 'data-testid="declaration-check"', 'data-part=')).toContain("此行不需要");
    expect(html.match(/data-testid="review-comment"/g)).toHaveLength(5);
    expect(html).toContain("审核意见：");
  });

  it("marks what changed since the older version: fields, cells, added rows, removed lines and rows", () => {
    const after: DeclarationDoc = {
      ...doc000,
      basis: `${doc000.basis}\n4.新增依据`,
      fundLines: doc000.fundLines.slice(0, 2).map((l, i) => (i === 1 ? { ...l, amount: "390000.00" } : l)),
      indicators: [
        ...doc000.indicators.slice(0, 18).map((r) => (r.id === "i2" ? { ...r, annualValue: "12人" } : r)).filter((r) => r.id !== "i4"),
        indicator(99, { level1Label: "满意度指标", level2Label: "服务对象满意度指标", name: "社工满意率", annualValue: "≥90%" }),
      ],
    };
    const changes = diffDeclarations(doc000, after);
    const html = render({ doc: after, findings: checkDeclaration(after), changes });
    expect(part(html, 'data-field="basis"', "</div>")).toMatch(/bg-amber-100[\s\S]*data-changed="true"[^>]*>已修改/);
    expect(part(html, 'data-fund-line="2"', "</li>")).toContain('data-changed="true"');
    expect(part(html, 'data-fund-line="1"', "</li>")).not.toContain('data-changed="true"');
    expect(html).toMatch(/data-removed="true"[^>]*><del>社会工作发展经费：260,000.00元<\/del>/);
    expect(rowOf(html, "i2")).toMatch(/data-cell="annualValue" class="[^"]*bg-amber-100[^"]*"><span[^>]*>12人<\/span><span data-changed="true"/);
    expect(rowOf(html, "i99")).toContain(">新增<");
    const removed = part(html, 'data-testid="removed-indicators"', "</ul>");
    expect(removed).toContain("<del");
    expect(removed).toContain("引进优秀社工");
    expect(removed).toContain("居民满意率");
    // The sum of the two remaining lines (540000) is checked again on the new version.
    expect(part(html, 'data-part="fundLines"')).toContain("540,000.00");
  });
});

describe("declarationPrintSpecs", () => {
  const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: "table" }> => b.kind === "table");
  const cells = (blocks: Block[]): Cell[] => tables(blocks).flatMap((t) => t.rows.flat());

  it("prints a 2020 project as its narrative and its 项目支出绩效目标申报表, 中期 and 年度 side by side", () => {
    const [narrative, table, ...rest] = declarationPrintSpecs(doc000);
    expect(rest).toHaveLength(0);
    const text = narrative.blocks.flatMap((b) => (b.kind === "text" ? b.lines : []));
    expect(text).toContain("呈贡区民政局2020年经费项目");
    expect(text).toContain("六、资金安排情况");
    expect(text).toContain("以上3项合计：700,000.00元");
    expect(table.blocks.flatMap((b) => (b.kind === "text" ? b.lines : []))).toEqual(expect.arrayContaining(["九、项目绩效目标表", "项目支出绩效目标申报表", "（2020年度）"]));
    const indicatorTable = tables(table.blocks).find((t) => t.rows.some((r) => r.some((c) => c.text === "约600人")))!;
    // Every row spans the table's width once merged cells are counted.
    const width = indicatorTable.widths.length;
    const covered = new Array<number>(indicatorTable.rows.length).fill(0);
    indicatorTable.rows.forEach((row, r) => row.forEach((c) => {
      for (let k = 0; k < (c.rowSpan ?? 1); k++) covered[r + k] += c.colSpan ?? 1;
    }));
    expect(covered.every((n) => n === width)).toBe(true);
    expect(cells(table.blocks).find((c) => c.text === "产   出   指   标")?.rowSpan).toBe(16);
    expect(cells(table.blocks).map((c) => c.text)).toEqual(expect.arrayContaining(["中期资金来源（万元）", "240", "80"]));
  });

  it("prints a department-wide declaration followed by each project's table", () => {
    const specs = declarationPrintSpecs(doc003, projects003);
    // One run of pages, as 003 is one document: the department's table, then each project's under its own title.
    expect(specs).toHaveLength(1);
    const titles = specs[0].blocks.flatMap((b) => (b.kind === "text" && b.bold ? b.lines : []));
    expect(titles).toEqual(RENHE_2025.projects.map((p) => p.title));
    expect(specs[0].title).toBe("部门（单位）整体支出绩效目标申报表");
    expect(cells(specs[0].blocks).find((c) => c.text === "基本经费")?.rowSpan).toBe(4);
    // 预算资金 in 万元 as 003 prints it.
    expect(cells(specs[0].blocks).map((c) => c.text)).toEqual(expect.arrayContaining(["682.42", "189", "16.47", "468.95", "8", "村（社区）换届工作经费"]));
  });
});

describe("DeclarationList", () => {
  const at = new Date("2025-03-10T02:30:00Z");
  const rows = [
    { id: "d", kind: "DEPARTMENT" as const, year: 2025, name: "中共攀枝花市仁和区委社会工作部", unit: "中共攀枝花市仁和区委社会工作部", totalAmount: "6824200.00", status: "ACCEPTED" as const, submittedAt: at, parent: null, projectCount: 1 },
    { id: "p", kind: "PROJECT" as const, year: 2025, name: "社区工作者薪酬", unit: "中共攀枝花市仁和区委社会工作部", totalAmount: "1486700.00", status: "ACCEPTED" as const, submittedAt: null, parent: { id: "d", name: "中共攀枝花市仁和区委社会工作部" }, projectCount: 0 },
  ];
  const list = (canManage: boolean) => renderToStaticMarkup(createElement(DeclarationList, { rows, area: "contractor", filters: { year: 2025 }, canManage }));

  it("indents projects under their department, formats amounts and times (Beijing), and offers 新建申报 only to who may declare", () => {
    const html = list(true);
    expect(html).toContain('href="/contractor/declarations/new"');
    expect(list(false)).not.toContain("新建申报");
    expect(part(html, 'data-testid="declaration-row"', "</td>")).not.toContain('data-nested="true"');
    expect(html).toMatch(/data-nested="true"[^>]*>[\s\S]*社区工作者薪酬/);
    expect(html).toContain("6,824,200.00");
    expect(html).toContain("2025-03-10 10:30:00");
    expect(html).toContain("（含 1 个项目）");
    expect(html).toMatch(/<option value="2025" selected="">/);
  });

  it("reads year, status and search from the URL and drops malformed values", () => {
    expect(parseDeclarationFilters({ year: "2025", status: "RETURNED", q: "  社工  " })).toEqual({ year: 2025, status: "RETURNED", q: "社工" });
    expect(parseDeclarationFilters({ year: "20x5", status: "nope", q: "" })).toEqual({});
    expect(parseDeclarationFilters({ year: ["1999"], status: "toString" })).toEqual({});
  });
});
