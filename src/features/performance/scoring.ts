// Year-end self-evaluation of a budget project's performance targets (项目支出绩效自评), domain.md §5 and
// issue 5: budget execution 10 points, output 50, benefit 30, satisfaction 10 by default; a quantitative
// indicator scores weight × actual/target for ≥ / > (weight × target/actual for ≤ / <), capped at its weight;
// a qualitative one by the band the evaluator judges (100–80% / 80–50% / 50–0%); grade 优 ≥ 90, 良 80–89,
// 中 60–79, 差 < 60; execution below 90% needs an explanation. Pure and exact: values are decimals typed as
// text, scores are kept in hundredths of a point (integers) and rounded half up once.

export type IndicatorLevel = "OUTPUT" | "BENEFIT" | "SATISFACTION";
export type IndicatorOperator = "EQ" | "GTE" | "LTE" | "GT" | "LT" | "QUALITATIVE";
/** 定性指标的评价档次: 达成（100–80%）/ 基本达成（80–50%）/ 未达成（50–0%）. */
export type QualitativeBand = "HIGH" | "MEDIUM" | "LOW";

export const QUALITATIVE_BANDS: Record<QualitativeBand, { min: number; max: number }> = {
  HIGH: { min: 80, max: 100 },
  MEDIUM: { min: 50, max: 80 },
  LOW: { min: 0, max: 50 },
};

export type CategoryWeights = { EXECUTION: number; OUTPUT: number; BENEFIT: number; SATISFACTION: number };
export const DEFAULT_WEIGHTS: CategoryWeights = { EXECUTION: 10, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 };

export type Grade = "EXCELLENT" | "GOOD" | "FAIR" | "POOR";
export const GRADE_LABELS: Record<Grade, string> = { EXCELLENT: "优", GOOD: "良", FAIR: "中", POOR: "差" };

const SCALE = 1_000_000n; // decimals are read to six places

/** "58" / "98.5" / "100%" / "≥95%" → the number × 10⁶ as a bigint; null when it is not a number. */
export function parseDecimal(text: string | null | undefined): bigint | null {
  if (text === null || text === undefined) return null;
  const m = /^\s*[≥≤><=]*\s*(-)?(\d{1,12})(?:\.(\d{1,6}))?\s*[%％]?\s*$/.exec(text);
  if (!m) return null;
  const value = BigInt(m[2]) * SCALE + BigInt((m[3] ?? "").padEnd(6, "0"));
  return m[1] ? -value : value;
}

/** a × b / c in hundredths of a point, rounded half up (all non-negative). */
function mulDiv(a: bigint, b: bigint, c: bigint): bigint {
  return (a * b * 2n + c) / (c * 2n);
}

export type IndicatorInput = {
  level: IndicatorLevel;
  operator: IndicatorOperator;
  /** 指标值 (年度). */
  target: string | null;
  /** 实际完成值. */
  actual: string | null;
  /** 分值 (points, may have decimals). */
  weight: string;
  /** Qualitative indicators: the band and the percentage within it the evaluator gives. */
  band?: QualitativeBand | null;
  bandPercent?: number | null;
};

export type IndicatorScore = {
  /** Hundredths of a point: 1234 = 12.34 分. */
  score: number;
  /** Weight in hundredths. */
  weight: number;
  /** Completion in basis points of the target (10000 = 100%), capped at 10000; null when not computable. */
  completion: number | null;
  problem: string | null;
};

const hundredths = (v: bigint) => mulDiv(v, 100n, SCALE);

/** One indicator's score. Missing or unreadable values score 0 with the reason. */
export function scoreIndicator(i: IndicatorInput): IndicatorScore {
  const weight = parseDecimal(i.weight);
  if (weight === null || weight < 0n) return { score: 0, weight: 0, completion: null, problem: "分值应为非负数" };
  const w = Number(hundredths(weight));
  if (i.operator === "QUALITATIVE") {
    if (!i.band || i.bandPercent === null || i.bandPercent === undefined) return { score: 0, weight: w, completion: null, problem: "请选择定性指标的评价档次" };
    const { min, max } = QUALITATIVE_BANDS[i.band];
    const p = i.bandPercent;
    const inBand = Number.isInteger(p) && p >= min && (i.band === "HIGH" ? p <= max : p < max);
    if (!inBand) return { score: 0, weight: w, completion: null, problem: `评价比例应在 ${min}%–${max}% 之间` };
    return { score: Number(mulDiv(BigInt(w), BigInt(p), 100n)), weight: w, completion: p * 100, problem: null };
  }
  const target = parseDecimal(i.target);
  const actual = parseDecimal(i.actual);
  if (target === null || target < 0n) return { score: 0, weight: w, completion: null, problem: "指标值应为数值" };
  if (actual === null || actual < 0n) return { score: 0, weight: w, completion: null, problem: "请填写实际完成值" };
  // completion = actual/target for "more is better", target/actual for "less is better", capped at 100%.
  let num: bigint;
  let den: bigint;
  switch (i.operator) {
    case "GTE":
    case "GT":
      [num, den] = [actual, target];
      break;
    case "LTE":
    case "LT":
      [num, den] = [target, actual];
      break;
    case "EQ":
      [num, den] = actual <= target ? [actual, target] : [target, actual];
      break;
  }
  if (den === 0n) return { score: w, weight: w, completion: 10000, problem: null };
  const capped = num >= den;
  const completion = capped ? 10000 : Number(mulDiv(num, 10000n, den));
  const score = capped ? w : Number(mulDiv(BigInt(w), num, den));
  return { score, weight: w, completion, problem: null };
}

/** 预算执行: the amount spent of the budget, in whole units (fen); both integers, budget > 0. */
export type Execution = { spent: number; budget: number };

/** Execution below 90% (an explanation is required), decided exactly: 10 × spent < 9 × budget. */
export function executionNeedsExplanation(e: Execution | null): boolean {
  return e !== null && e.budget > 0 && BigInt(e.spent) * 10n < BigInt(e.budget) * 9n;
}

export type EvaluationInput = {
  indicators: IndicatorInput[];
  /** null when nothing was spent or budgeted yet: the execution scores 0. */
  execution: Execution | null;
  weights?: CategoryWeights;
};

export type LevelScore = { level: IndicatorLevel; points: number; score: number; weightSum: number; normalised: boolean };

export type EvaluationScore = {
  execution: { points: number; score: number; needsExplanation: boolean };
  levels: LevelScore[];
  indicators: IndicatorScore[];
  /** Hundredths of a point out of 10000. */
  total: number;
  grade: Grade;
};

export function gradeOf(totalHundredths: number): Grade {
  if (totalHundredths >= 9000) return "EXCELLENT";
  if (totalHundredths >= 8000) return "GOOD";
  if (totalHundredths >= 6000) return "FAIR";
  return "POOR";
}

/**
 * The whole self-evaluation. Each level is worth its category points; when its indicators' weights do not add
 * up to them, the level's score is scaled (score × points / Σweights) and flagged `normalised`.
 */
export function scoreEvaluation(input: EvaluationInput): EvaluationScore {
  const weights = input.weights ?? DEFAULT_WEIGHTS;
  const indicators = input.indicators.map(scoreIndicator);
  const levels: LevelScore[] = (["OUTPUT", "BENEFIT", "SATISFACTION"] as const).map((level) => {
    const points = Math.round(weights[level] * 100);
    const mine = indicators.filter((_, k) => input.indicators[k].level === level);
    const weightSum = mine.reduce((n, s) => n + s.weight, 0);
    const raw = mine.reduce((n, s) => n + s.score, 0);
    if (weightSum === 0) return { level, points, score: 0, weightSum, normalised: false };
    const normalised = weightSum !== points;
    return { level, points, score: normalised ? Number(mulDiv(BigInt(raw), BigInt(points), BigInt(weightSum))) : raw, weightSum, normalised };
  });
  const execPoints = Math.round(weights.EXECUTION * 100);
  // points × spent / budget, from the amounts themselves (not a rounded rate), capped at the points.
  const ex = input.execution && input.execution.budget > 0 ? { spent: BigInt(Math.max(0, input.execution.spent)), budget: BigInt(input.execution.budget) } : null;
  const execScore = ex === null ? 0 : ex.spent >= ex.budget ? execPoints : Number(mulDiv(BigInt(execPoints), ex.spent, ex.budget));
  const total = execScore + levels.reduce((n, l) => n + l.score, 0);
  return {
    execution: { points: execPoints, score: execScore, needsExplanation: executionNeedsExplanation(input.execution) },
    levels,
    indicators,
    total,
    grade: gradeOf(total),
  };
}

/** 12.5 → "12.50". */
export function formatPoints(hundredths: number): string {
  return `${Math.trunc(hundredths / 100)}.${String(Math.abs(hundredths % 100)).padStart(2, "0")}`;
}
