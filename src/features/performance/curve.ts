// 绩效运行监控 (issue 5): the district's curve of budget execution over the year — by default 25% by the end of
// April, 40% June, 60% August, 80% October — the checkpoints a declaration gets from it, and the two warnings a
// checkpoint may raise: execution lags the curve, or indicator progress and spending diverge by more than 10
// percentage points. Pure and exact: money in 分, comparisons in integers (exactly 10 points is not a divergence,
// 10.01 is).
import { formatPercent, percentBasisPoints, type Fen } from "@/lib/money";
import type { IndicatorOperator } from "./scoring";
import { parseDecimal } from "./scoring";

/** One node of the curve: by the end of `month` (1–12), `percent` (0–100) of the year's budget is executed. */
export type CurvePoint = { month: number; percent: number };

export const DEFAULT_CURVE: readonly CurvePoint[] = [
  { month: 4, percent: 25 },
  { month: 6, percent: 40 },
  { month: 8, percent: 60 },
  { month: 10, percent: 80 },
];

/** At most one checkpoint a month. */
export const MAX_CURVE_POINTS = 12;

/** Progress and execution may differ by this many percentage points; more is a divergence. */
export const DIVERGENCE_POINTS = 10;

/** Why a curve is not usable (empty when it is): months 1–12 ascending, percents 0–100 ascending. */
export function curveProblems(points: readonly CurvePoint[]): string[] {
  const problems: string[] = [];
  if (points.length === 0) problems.push("请至少设置一个监控节点");
  if (points.length > MAX_CURVE_POINTS) problems.push(`监控节点最多 ${MAX_CURVE_POINTS} 个`);
  points.forEach((p, i) => {
    if (!Number.isInteger(p.month) || p.month < 1 || p.month > 12) problems.push(`第 ${i + 1} 个节点的月份应为 1–12 之间的整数`);
    if (!Number.isInteger(p.percent) || p.percent < 0 || p.percent > 100) problems.push(`第 ${i + 1} 个节点的执行进度应为 0–100 之间的整数`);
    if (i > 0 && p.month <= points[i - 1].month) problems.push(`第 ${i + 1} 个节点的月份应晚于上一个节点（${points[i - 1].month} 月）`);
    if (i > 0 && p.percent <= points[i - 1].percent) problems.push(`第 ${i + 1} 个节点的执行进度应高于上一个节点（${points[i - 1].percent}%）`);
  });
  return problems;
}

/** The district's stored curve (District.monitoringCurve), or the default when none (or not a usable one) is stored. */
export function readCurve(stored: unknown): CurvePoint[] {
  if (!Array.isArray(stored)) return DEFAULT_CURVE.map((p) => ({ ...p }));
  const points = stored.map((p) => (p && typeof p === "object" ? { month: Number((p as CurvePoint).month), percent: Number((p as CurvePoint).percent) } : { month: NaN, percent: NaN }));
  return curveProblems(points).length === 0 ? points : DEFAULT_CURVE.map((p) => ({ ...p }));
}

/** The curve is the default one (the settings page says so). */
export function isDefaultCurve(points: readonly CurvePoint[]): boolean {
  return points.length === DEFAULT_CURVE.length && points.every((p, i) => p.month === DEFAULT_CURVE[i].month && p.percent === DEFAULT_CURVE[i].percent);
}

/** "4月底 25%、6月底 40%…" */
export function describeCurve(points: readonly CurvePoint[]): string {
  return points.map((p) => `${p.month}月底 ${p.percent}%`).join("、");
}

/** The last day of a month as YYYY-MM-DD: (2020, 4) → "2020-04-30", (2024, 2) → "2024-02-29". */
export function monthEnd(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

export type PlannedCheckpoint = { seq: number; dueOn: string; expectedPercent: number };

/** The checkpoints of a year from the curve: one at the end of each month the curve names. */
export function checkpointsOf(year: number, curve: readonly CurvePoint[]): PlannedCheckpoint[] {
  return curve.map((p, i) => ({ seq: i + 1, dueOn: monthEnd(year, p.month), expectedPercent: p.percent }));
}

/**
 * The execution expected by a day (YYYY-MM-DD) of the year: the percent of the last checkpoint already due
 * (reached at the end of its month), 0 before the first one; a later year is past every checkpoint.
 */
export function expectedPercentAt(curve: readonly CurvePoint[], year: number, day: string): number {
  let expected = 0;
  for (const c of checkpointsOf(year, curve)) if (c.dueOn <= day) expected = c.expectedPercent;
  return expected;
}

/** 预算执行进度: spent / total, basis points (2500 = 25%); null when nothing was budgeted. */
export function executionBasisPoints(spent: Fen, total: Fen): number | null {
  return percentBasisPoints(spent, total);
}

/** Execution lags the curve: spent / total < expected%, decided exactly (100 × spent < expected × total). */
export function executionLags(spent: Fen, total: Fen, expectedPercent: number): boolean {
  if (total <= 0) return false;
  return BigInt(spent) * 100n < BigInt(expectedPercent) * BigInt(total);
}

/** 目标完成进度 of a checkpoint: the mean of the indicators' progress percents, in basis points; null when none is given. */
export function overallProgressBasisPoints(percents: readonly number[]): number | null {
  if (percents.length === 0) return null;
  const sum = percents.reduce((a, b) => a + b, 0);
  return Math.floor((sum * 100 * 2 + percents.length) / (percents.length * 2));
}

/**
 * Progress and spending diverge: |mean(progress%) − 100 × spent / total| > 10 points, decided exactly:
 * |Σp × total − 100 × spent × n| > 10 × n × total.
 */
export function progressDiverges(percents: readonly number[], spent: Fen, total: Fen): boolean {
  if (percents.length === 0 || total <= 0) return false;
  const n = BigInt(percents.length);
  const sum = BigInt(percents.reduce((a, b) => a + b, 0));
  const t = BigInt(total);
  const diff = sum * t - 100n * BigInt(spent) * n;
  const abs = diff < 0n ? -diff : diff;
  return abs > BigInt(DIVERGENCE_POINTS) * n * t;
}

export type CheckpointWarning = { kind: "LAG" | "DIVERGENCE"; message: string };

/** The warnings of a checkpoint as recorded (or as being typed); a reason and a corrective measure are required when any applies. */
export function checkpointWarnings(c: { expectedPercent: number; spent: Fen | null; total: Fen; progress: readonly number[] }): CheckpointWarning[] {
  if (c.spent === null) return [];
  const out: CheckpointWarning[] = [];
  const execution = executionBasisPoints(c.spent, c.total);
  if (executionLags(c.spent, c.total, c.expectedPercent)) {
    out.push({ kind: "LAG", message: `预算执行进度 ${formatPercent(execution)} 低于序时进度 ${c.expectedPercent}%` });
  }
  if (progressDiverges(c.progress, c.spent, c.total)) {
    const progress = overallProgressBasisPoints(c.progress);
    out.push({ kind: "DIVERGENCE", message: `目标完成进度 ${formatPercent(progress)} 与预算执行进度 ${formatPercent(execution)} 偏离超过 ${DIVERGENCE_POINTS} 个百分点` });
  }
  return out;
}

export const DEVIATION_REASON_REQUIRED = "执行进度滞后或偏离目标完成进度，请填写偏差原因";
export const CORRECTIVE_MEASURE_REQUIRED = "执行进度滞后或偏离目标完成进度，请填写纠偏措施";

/**
 * An indicator's progress (0–100) from its actual value when it can be read: actual / target for ≥ > =, floored
 * and capped at 100; null for ≤ < (less is better: not a share of the year's work), qualitative rows, or
 * values that are not numbers.
 */
export function progressFromActual(operator: IndicatorOperator, target: string | null, actual: string | null): number | null {
  if (operator !== "GTE" && operator !== "GT" && operator !== "EQ") return null;
  const t = parseDecimal(target);
  const a = parseDecimal(actual);
  if (t === null || a === null || t <= 0n || a < 0n) return null;
  if (a >= t) return 100;
  return Number((a * 100n) / t);
}
