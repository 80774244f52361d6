// The self-evaluation's configurable parts, pure: the district's category points (预算执行 / 产出 / 效益 /
// 满意度, default 10/50/30/10, adding up to 100), the points of indicators the declaration gave none, and the
// scoring engine's input built from a declaration's rows (src/features/performance/scoring.ts does the scoring).
import type { Fen } from "@/lib/money";
import { percentBasisPoints } from "@/lib/money";
import { DEFAULT_WEIGHTS, executionNeedsExplanation, formatPoints, parseDecimal, type CategoryWeights, type Execution, type IndicatorInput, type IndicatorLevel, type IndicatorOperator, type QualitativeBand } from "./scoring";

export const WEIGHT_KEYS = ["EXECUTION", "OUTPUT", "BENEFIT", "SATISFACTION"] as const;
export type WeightKey = (typeof WEIGHT_KEYS)[number];

export const WEIGHT_LABELS: Record<WeightKey, string> = { EXECUTION: "预算执行", OUTPUT: "产出指标", BENEFIT: "效益指标", SATISFACTION: "满意度指标" };

/** Why the points are not usable (null when they are): whole numbers 0–100 adding up to 100. */
export function weightsProblem(w: CategoryWeights): string | null {
  for (const k of WEIGHT_KEYS) if (!Number.isInteger(w[k]) || w[k] < 0 || w[k] > 100) return `${WEIGHT_LABELS[k]}分值应为 0–100 之间的整数`;
  const sum = WEIGHT_KEYS.reduce((n, k) => n + w[k], 0);
  return sum === 100 ? null : `各项分值合计应为 100 分（现为 ${sum} 分）`;
}

/** District.evaluationWeights (or an evaluation's frozen weights), or the defaults when none (or unusable ones) are stored. */
export function readWeights(stored: unknown): CategoryWeights {
  if (!stored || typeof stored !== "object" || Array.isArray(stored)) return { ...DEFAULT_WEIGHTS };
  const s = stored as Record<string, unknown>;
  const w = Object.fromEntries(WEIGHT_KEYS.map((k) => [k, Number(s[k])])) as CategoryWeights;
  return weightsProblem(w) === null ? w : { ...DEFAULT_WEIGHTS };
}

export function isDefaultWeights(w: CategoryWeights): boolean {
  return WEIGHT_KEYS.every((k) => w[k] === DEFAULT_WEIGHTS[k]);
}

/** "预算执行 10 分、产出指标 50 分…" */
export function describeWeights(w: CategoryWeights): string {
  return WEIGHT_KEYS.map((k) => `${WEIGHT_LABELS[k]} ${w[k]} 分`).join("、");
}


/**
 * Each indicator's 分值 as scored: its own when the declaration gives one; otherwise the points of its level the
 * given ones leave, shared equally by the rows without (floored to hundredths; the engine scales a level whose
 * points do not add up); when nothing is left, the mean of the level's given points.
 */
export function effectiveWeights(rows: readonly { kind: IndicatorLevel; weight: string | null }[], weights: CategoryWeights): string[] {
  const out: string[] = rows.map((r) => r.weight ?? "");
  for (const level of ["OUTPUT", "BENEFIT", "SATISFACTION"] as const) {
    const mine = rows.map((r, i) => ({ r, i })).filter(({ r }) => r.kind === level);
    const given = mine.filter(({ r }) => r.weight !== null && parseDecimal(r.weight) !== null && parseDecimal(r.weight)! >= 0n);
    const missing = mine.filter((m) => !given.includes(m));
    if (missing.length === 0) continue;
    const givenSum = given.reduce((n, { r }) => n + Number((parseDecimal(r.weight)! * 100n) / 1_000_000n), 0);
    const left = Math.round(weights[level] * 100) - givenSum;
    const share = left > 0 ? Math.floor(left / missing.length) : given.length ? Math.floor(givenSum / given.length) : 0;
    for (const { i } of missing) out[i] = formatPoints(share);
  }
  return out;
}

/** The engine's 预算执行 (it scores from the amounts, not from a rounded rate); null when nothing is recorded. */
export function executionOf(spent: Fen | null, total: Fen): Execution | null {
  return spent === null || total <= 0 ? null : { spent, budget: total };
}

/** 预算执行率 in basis points, for display and the audit (spent / total, rounded half up); null when nothing was budgeted. */
export function executionRate(spent: Fen | null, total: Fen): number | null {
  if (spent === null) return null;
  return percentBasisPoints(spent, total);
}

/** spent / total in basis points, rounded down (89.999% is 89.99%, never shown as 90.00% beside "below 90%"). */
export function executionFloorBasisPoints(spent: Fen, total: Fen): number | null {
  if (total <= 0) return null;
  return Number((BigInt(spent) * 10000n) / BigInt(total));
}

/** Execution below 90%: an explanation is required (the engine's rule, on the amounts). */
export function executionBelow90(spent: Fen | null, total: Fen): boolean {
  return executionNeedsExplanation(executionOf(spent, total));
}

export type EvaluationRow = {
  kind: IndicatorLevel;
  operator: IndicatorOperator;
  target: string | null;
  weight: string | null;
  actualValue: string | null;
  band: QualitativeBand | null;
  bandPercent: number | null;
};

/** The engine's input for a declaration's rows, weights filled in where the declaration gave none. */
export function indicatorInputs(rows: readonly EvaluationRow[], weights: CategoryWeights): IndicatorInput[] {
  const w = effectiveWeights(rows, weights);
  return rows.map((r, i) => ({
    level: r.kind, operator: r.operator, target: r.target, actual: r.actualValue, weight: w[i], band: r.band, bandPercent: r.bandPercent,
  }));
}
