// What a saved 绩效目标申报表 may hold, with Chinese messages keyed by the path of the field, line or indicator cell
// ("indicators.3.annualValue"), so the editor marks the cell. The editor posts the whole document as JSON in
// one field (`doc`); the Excel import validates the workbook's rows with the same schema.
import { z } from "zod";
import { DECLARATION_KIND_LABELS, EXPENDITURE_CATEGORY_LABELS, FUNDING_HORIZON_LABELS, FUNDING_LEVEL_LABELS, INDICATOR_DIMENSION_LABELS, INDICATOR_KIND_LABELS, INDICATOR_OPERATOR_LABELS } from "@/lib/labels";
import { choice, NARRATIVE_MAX, optionalCalendarDate, optionalChoice, optionalText, requiredText, yuan } from "@/lib/fields";
import { formatCalendarDate } from "@/lib/dates";
import { toDecimalString } from "@/lib/money";
import { DECLARATION_FIELD_LABELS as L, type DeclarationDoc, type DeclarationTextField } from "./doc";
import { readIndicatorValue } from "./values";
import { isMetricKey } from "@/features/performance/metric-registry";

const SHORT = 200;
const amount = (label: string) => yuan(label).transform(toDecimalString);

/** Text fields and their limits: names and contact details are short; the narrative sections are long. */
const TEXT_LIMITS: Record<DeclarationTextField, number> = {
  title: SHORT, name: 100, departmentName: SHORT, departmentCode: 50, unitName: SHORT, unitOrgCode: 50, unitAddress: SHORT, unitPhone: 50,
  legalRepresentative: 50, fundingSource: SHORT, unitOverview: NARRATIVE_MAX, basis: NARRATIVE_MAX, overview: NARRATIVE_MAX, content: NARRATIVE_MAX,
  plan: NARRATIVE_MAX, effects: NARRATIVE_MAX, period: 100, summary: NARRATIVE_MAX, basisSummary: NARRATIVE_MAX, mediumGoal: NARRATIVE_MAX, annualGoal: NARRATIVE_MAX,
  guaranteeMeasures: NARRATIVE_MAX, performanceNotes: NARRATIVE_MAX, responsiblePerson: 50, filler: 50,
};

const textFields = Object.fromEntries<z.ZodType<string | null>>(
  (Object.keys(TEXT_LIMITS) as DeclarationTextField[]).map((f) => [f, f === "name" ? requiredText(L.name, TEXT_LIMITS.name) : optionalText(L[f], TEXT_LIMITS[f])]),
) as unknown as { [K in DeclarationTextField]: z.ZodType<string | null> };

export const fundLineSchema = z.object({
  name: requiredText("资金用途", SHORT),
  amount: amount("金额"),
  plan: optionalText("该项资金的实施计划", NARRATIVE_MAX),
});

export const fundingSchema = z.object({
  horizon: choice(FUNDING_HORIZON_LABELS, "资金来源期限"),
  level: choice(FUNDING_LEVEL_LABELS, "资金来源"),
  amount: amount("金额"),
});

export const categoryAmountSchema = z.object({
  category: choice(EXPENDITURE_CATEGORY_LABELS, "支出类别"),
  fiscal: amount("财政资金"),
  other: amount("其他资金"),
});

const WEIGHT = /^\d{1,3}(\.\d{1,2})?$/;

export const indicatorSchema = z.object({
  id: z.string().max(40).optional(),
  kind: choice(INDICATOR_KIND_LABELS, "一级指标"),
  level1Label: requiredText("一级指标", 50),
  dimension: optionalChoice(INDICATOR_DIMENSION_LABELS, "二级指标"),
  level2Label: requiredText("二级指标", 50),
  name: optionalText("三级指标", SHORT).transform((v) => v ?? ""),
  operator: choice(INDICATOR_OPERATOR_LABELS, "指标性质"),
  annualValue: requiredText("指标值", 1000),
  mediumValue: optionalText("中期指标值", 1000),
  unit: optionalText("度量单位", 20),
  weight: optionalText("分值", 10).refine((v) => v === null || (WEIGHT.test(v) && Number(v) <= 100), "分值应为 0–100 之间的数，最多两位小数"),
  attribute: optionalText("指标属性", 20),
  scoringRule: optionalText("评（扣）分标准", NARRATIVE_MAX),
  content: optionalText("指标内容", NARRATIVE_MAX),
  basis: optionalText("绩效指标值设定依据及数据来源", NARRATIVE_MAX),
  metricKey: optionalText("关联平台数据", 50).refine((v) => v === null || isMetricKey(v), "关联的平台数据不在可选范围内"),
}).superRefine((row, ctx) => {
  // A quantitative row must say how much: its value carries the number the self-evaluation scores against.
  if (row.operator !== "QUALITATIVE" && readIndicatorValue(row.annualValue).target === null) {
    ctx.addIssue({ code: "custom", path: ["annualValue"], message: `指标性质为「${INDICATOR_OPERATOR_LABELS[row.operator]}」时，指标值应为数值（如 58、≥95%、170元）；文字描述的指标请选「定性」` });
  }
});

export const declarationDocSchema = z.object({
  kind: choice(DECLARATION_KIND_LABELS, "申报表类型"),
  year: z.coerce.number({ message: "请填写年度" }).int("年度应为四位数字").min(2000, "年度应在 2000–2100 之间").max(2100, "年度应在 2000–2100 之间"),
  category: optionalChoice(EXPENDITURE_CATEGORY_LABELS, L.category),
  totalAmount: amount(L.totalAmount),
  filledOn: optionalCalendarDate(L.filledOn).transform((d) => (d ? formatCalendarDate(d) : null)),
  ...textFields,
  fundLines: z.array(fundLineSchema).max(50, "资金安排最多 50 项"),
  funding: z.array(fundingSchema).max(10),
  categoryAmounts: z.array(categoryAmountSchema).max(4),
  indicators: z.array(indicatorSchema).max(200, "绩效指标最多 200 项"),
}).superRefine((doc, ctx) => {
  const seen = new Set<string>();
  doc.funding.forEach((f, i) => {
    const key = `${f.horizon}:${f.level}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["funding", i, "level"], message: `${FUNDING_HORIZON_LABELS[f.horizon]}的「${FUNDING_LEVEL_LABELS[f.level]}」填了两次` });
    seen.add(key);
  });
  const categories = new Set<string>();
  doc.categoryAmounts.forEach((c, i) => {
    if (categories.has(c.category)) ctx.addIssue({ code: "custom", path: ["categoryAmounts", i, "category"], message: `「${EXPENDITURE_CATEGORY_LABELS[c.category]}」填了两次` });
    categories.add(c.category);
  });
  if (doc.kind === "PROJECT" && doc.categoryAmounts.length > 0) ctx.addIssue({ code: "custom", path: ["categoryAmounts"], message: "按支出类别分列的预算资金只用于部门整体支出申报表" });
});

/** The editor's form: the document as JSON, and the version it was loaded at. */
export function parseDocJson(raw: unknown): unknown {
  if (typeof raw !== "string") return raw;
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

export type ParsedDeclarationDoc = z.output<typeof declarationDocSchema>;
// The schema's output is exactly a document (checked by the compiler).
export const asDoc = (d: ParsedDeclarationDoc): DeclarationDoc => d;
