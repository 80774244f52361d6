// Reading an indicator row as people write it (seeds 000–003): the operator, the number and the unit from a
// value such as "≥95%", and the scored level and dimension from the labels as written. Pure.
import type { IndicatorDimension, IndicatorKind, IndicatorOperator } from "@/generated/prisma/enums";

// Operator rule (003's values carry no separate 指标性质 column, so the operator is read from the value):
// - the whole value is [operator] number [unit] — "≥95%", "100%", "536人", "260万元" — → that operator (≥ GTE,
//   ≤ LTE, > GT, < LT, none or "=" EQ), target = the number as written, unit = what follows it ("%", "人", "万元");
// - a label, then an explicit comparison, then number [unit] — "服务对象满意度≥90%" — → that comparison too;
// - a year or date — "2025年", "2025年底前", "2025年1月—2025年12月" — is a deadline, not a quantity → QUALITATIVE;
// - anything else (prose, with or without numbers in it: "党组织覆盖率达80%", "基本形成并不断完善优化") →
//   QUALITATIVE, target and unit empty; the value text is scored by bands at the self-evaluation.
// 002 states the operator in 指标性质 ("=", ">=") and the unit in 度量单位; only the number is read from its value.

/** 指标性质 as typed ("=", ">=", "≥" …) → the operator. */
export const OPERATOR_SYMBOLS: Record<string, IndicatorOperator> = {
  "=": "EQ", "＝": "EQ", "≥": "GTE", ">=": "GTE", "≤": "LTE", "<=": "LTE", ">": "GT", "＞": "GT", "<": "LT", "＜": "LT", 定性: "QUALITATIVE",
};
const OP = "(≥|≤|>=|<=|>|<|＞|＜|=|＝)";
const NUM = "(\\d{1,12}(?:\\.\\d{1,6})?)";
const UNIT = "([%％]|[\\p{Script=Han}A-Za-z/]{1,4})?";
const WHOLE_VALUE = new RegExp(`^${OP}?\\s*${NUM}\\s*${UNIT}$`, "u");
const LABELLED_VALUE = new RegExp(`^[^\\d≥≤<>=＝＞＜]+${OP}\\s*${NUM}\\s*${UNIT}$`, "u");

export type ReadValue = { operator: IndicatorOperator; target: string | null; unit: string | null };

export function readIndicatorValue(text: string): ReadValue {
  const m = WHOLE_VALUE.exec(text.trim()) ?? LABELLED_VALUE.exec(text.trim());
  if (!m || /^[年月日]/.test(m[3] ?? "")) return { operator: "QUALITATIVE", target: null, unit: null };
  return { operator: m[1] ? OPERATOR_SYMBOLS[m[1]] : "EQ", target: m[2], unit: m[3] ?? null };
}

/** The number an indicator is scored against: the annual value's number, unless the row is qualitative. */
export function indicatorTarget(operator: IndicatorOperator, annualValue: string): string | null {
  if (operator === "QUALITATIVE") return null;
  return readIndicatorValue(annualValue).target;
}

const LEVEL1_KIND: Record<string, IndicatorKind> = {
  产出指标: "OUTPUT", 产出: "OUTPUT", 基本经费: "OUTPUT", 项目经费: "OUTPUT", 项目完成: "OUTPUT",
  效益指标: "BENEFIT", 效益: "BENEFIT", 项目效益: "BENEFIT",
  满意度指标: "SATISFACTION", 满意度: "SATISFACTION",
};

const LEVEL2_DIMENSION: Record<string, IndicatorDimension> = {
  数量指标: "QUANTITY", 数量: "QUANTITY", 质量指标: "QUALITY", 质量: "QUALITY", 时效指标: "TIMELINESS", 时效: "TIMELINESS",
  成本指标: "COST", 成本: "COST",
  经济效益: "ECONOMIC", 经济效益指标: "ECONOMIC", 社会效益: "SOCIAL", 社会效益指标: "SOCIAL",
  生态效益: "ECOLOGICAL", 生态效益指标: "ECOLOGICAL", 可持续影响: "SUSTAINABLE", 可持续影响指标: "SUSTAINABLE",
  服务对象满意度: "SATISFACTION", 服务对象满意度指标: "SATISFACTION", 满意度指标: "SATISFACTION",
};
const BENEFIT_DIMENSIONS: readonly IndicatorDimension[] = ["ECONOMIC", "SOCIAL", "ECOLOGICAL", "SUSTAINABLE"];

/**
 * Kind and dimension of a row from its labels as written; null when the 一级指标 is not one the forms use.
 * Slips in the real tables are read by meaning, the labels themselves kept: a 社会效益 / 可持续影响 row under an
 * output or satisfaction heading scores as a benefit; a row that measures 满意度 (by its 二级 or 三级 label) under any
 * heading is a satisfaction indicator.
 */
export function classifyIndicator(level1Label: string, level2Label: string, name = ""): { kind: IndicatorKind; dimension: IndicatorDimension | null } | null {
  let kind = LEVEL1_KIND[level1Label.replace(/\s/g, "")];
  if (!kind) return null;
  const dimension = LEVEL2_DIMENSION[level2Label.replace(/\s/g, "")] ?? null;
  if (/满意/.test(name)) return { kind: "SATISFACTION", dimension: "SATISFACTION" };
  if (dimension && BENEFIT_DIMENSIONS.includes(dimension)) kind = "BENEFIT";
  if (dimension === "SATISFACTION") kind = "SATISFACTION";
  if (kind === "SATISFACTION") return { kind, dimension: "SATISFACTION" };
  return { kind, dimension };
}
