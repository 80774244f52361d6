// A 绩效目标申报表 as one plain document: what the editor saves, what every submission snapshots, what the
// comparison diffs, what the Excel export writes and the import reads back. Pure (no server code), so the
// browser, the server and the tests share it. Amounts are strings in 元 with two decimals ("800000.00").
import type {
  DeclarationKind, ExpenditureCategory, FundingHorizon, FundingLevel, IndicatorDimension, IndicatorKind, IndicatorOperator,
} from "@/generated/prisma/enums";

export type DeclarationFundLineDoc = { name: string; amount: string; plan: string | null };
export type DeclarationFundingDoc = { horizon: FundingHorizon; level: FundingLevel; amount: string };
export type DeclarationCategoryAmountDoc = { category: ExpenditureCategory; fiscal: string; other: string };

export type IndicatorDoc = {
  /** Stable across versions while the row is kept (the database id); absent for a new or imported row. */
  id?: string;
  kind: IndicatorKind;
  level1Label: string;
  dimension: IndicatorDimension | null;
  level2Label: string;
  name: string;
  operator: IndicatorOperator;
  annualValue: string;
  mediumValue: string | null;
  unit: string | null;
  weight: string | null;
  attribute: string | null;
  scoringRule: string | null;
  content: string | null;
  basis: string | null;
  metricKey: string | null;
};

/** The declaration's own text fields, in the order the forms print them. */
export const DECLARATION_TEXT_FIELDS = [
  "title", "name", "departmentName", "departmentCode", "unitName", "unitOrgCode", "unitAddress", "unitPhone",
  "legalRepresentative", "fundingSource", "unitOverview", "basis", "overview", "content", "plan", "effects", "period",
  "summary", "basisSummary",
  "mediumGoal", "annualGoal", "guaranteeMeasures", "performanceNotes", "responsiblePerson", "filler",
] as const;
export type DeclarationTextField = (typeof DECLARATION_TEXT_FIELDS)[number];

export type DeclarationDoc = {
  kind: DeclarationKind;
  year: number;
  category: ExpenditureCategory | null;
  totalAmount: string;
  filledOn: string | null; // YYYY-MM-DD
  fundLines: DeclarationFundLineDoc[];
  funding: DeclarationFundingDoc[];
  categoryAmounts: DeclarationCategoryAmountDoc[];
  indicators: IndicatorDoc[];
} & Record<DeclarationTextField, string | null>;

/** How the forms name each field (seeds 000–003). One place: the views, the editor, comments, diff and Excel use it. */
export const DECLARATION_FIELD_LABELS: Record<DeclarationTextField | "category" | "totalAmount" | "filledOn" | "year", string> = {
  title: "表头（单位及年度经费项目）",
  name: "项目名称",
  year: "年度",
  category: "项目类别",
  departmentName: "主管部门",
  departmentCode: "主管部门代码",
  unitName: "实施单位",
  unitOrgCode: "组织机构代码",
  unitAddress: "地址",
  unitPhone: "联系电话",
  legalRepresentative: "法人代表",
  fundingSource: "经费来源",
  unitOverview: "单位概况",
  basis: "立项依据",
  overview: "项目基本概况",
  content: "项目实施内容",
  plan: "项目实施计划",
  effects: "项目实施成效",
  period: "项目期",
  summary: "项目概况（绩效目标表）",
  basisSummary: "项目立项依据（绩效目标表）",
  totalAmount: "总投入（元）",
  mediumGoal: "中期目标",
  annualGoal: "年度目标",
  guaranteeMeasures: "单位已有的保障项目实施的制度措施",
  performanceNotes: "预算绩效说明",
  responsiblePerson: "单位负责人",
  filler: "填报人",
  filledOn: "填报日期",
};

/** How the editor, the comparison and the messages name an indicator's cells (the printed forms' column headers follow each seed). */
export const INDICATOR_FIELD_LABELS: Record<keyof IndicatorDoc, string> = {
  id: "指标", kind: "一级指标", level1Label: "一级指标（表中写法）", dimension: "二级指标", level2Label: "二级指标（表中写法）", name: "三级指标",
  operator: "指标性质", annualValue: "指标值", mediumValue: "中期指标值", unit: "度量单位", weight: "分值", attribute: "指标属性",
  scoringRule: "评（扣）分标准", content: "指标内容", basis: "绩效指标值设定依据及数据来源", metricKey: "关联平台数据",
};

/** The department-wide form (003) names some of the same columns differently. */
export const DEPARTMENT_FIELD_LABELS: Partial<typeof DECLARATION_FIELD_LABELS> = {
  name: "预算单位",
  totalAmount: "年度预算资金总额（元）",
  annualGoal: "年度主要任务及拟达到的目标",
};

export function fieldLabel(kind: DeclarationKind, field: keyof typeof DECLARATION_FIELD_LABELS): string {
  return (kind === "DEPARTMENT" ? DEPARTMENT_FIELD_LABELS[field] : undefined) ?? DECLARATION_FIELD_LABELS[field];
}

/** An empty draft of the given kind and year. */
export function emptyDeclarationDoc(kind: DeclarationKind, year: number, name = ""): DeclarationDoc {
  const text = Object.fromEntries(DECLARATION_TEXT_FIELDS.map((f) => [f, null])) as Record<DeclarationTextField, string | null>;
  return {
    ...text, name, kind, year, category: kind === "PROJECT" ? "SPECIFIC" : null, totalAmount: "0.00", filledOn: null,
    fundLines: [], funding: [], categoryAmounts: [], indicators: [],
  };
}

/** The review's and the comparison's address of one part of a declaration. */
export type DeclarationTarget = `field:${string}` | `fundLine:${number}` | `funding` | `categoryAmounts` | `indicator:${string}`;

/** Stable address of an indicator row: its id, or (a row not saved yet) its place. */
export function indicatorAddress(row: IndicatorDoc, index: number): DeclarationTarget {
  return `indicator:${row.id ?? `#${index + 1}`}`;
}

/** "产出指标 · 数量指标 · 党建引领基层社区数量" — how a comment names the row it is about. */
export function indicatorLabel(row: Pick<IndicatorDoc, "level1Label" | "level2Label" | "name">): string {
  return ["绩效指标", row.level1Label, row.level2Label, row.name].filter((s) => s && s.trim()).join(" · ");
}

/** The three places a declaration is worked on: the bureau's, a street office's and a contractor's pages. */
export type DeclarationArea = "bureau" | "street" | "contractor";

/** Sub-pages of one declaration (each area has the same set). */
export type DeclarationTab = "" | "edit" | "versions" | "monitoring" | "evaluation" | "print";

/** The area whose pages a declaration is worked on: its declaring unit's. */
export function areaOfUnit(row: { streetOfficeId: string | null; contractorId: string | null }): DeclarationArea {
  return row.contractorId ? "contractor" : row.streetOfficeId ? "street" : "bureau";
}

export function declarationHref(area: DeclarationArea, id?: string, tab: DeclarationTab = ""): string {
  return `/${area}/declarations${id ? `/${id}` : ""}${tab ? `/${tab}` : ""}`;
}
