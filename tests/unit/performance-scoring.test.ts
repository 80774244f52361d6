import { describe, expect, it } from "vitest";
import { formatPoints, gradeOf, parseDecimal, scoreEvaluation, scoreIndicator, type IndicatorInput } from "@/features/performance/scoring";

const q = (operator: IndicatorInput["operator"], target: string, actual: string, weight = "10"): IndicatorInput => ({ level: "OUTPUT", operator, target, actual, weight });

describe("performance self-evaluation scoring", () => {
  it("reads indicator values as typed in the declarations", () => {
    expect(parseDecimal("58")).toBe(58_000_000n);
    expect(parseDecimal("100%")).toBe(100_000_000n);
    expect(parseDecimal("≥98.5%")).toBe(98_500_000n);
    expect(parseDecimal("0.000001")).toBe(1n);
    expect(parseDecimal("58个")).toBeNull();
    expect(parseDecimal("")).toBeNull();
  });

  it("≥ and >: weight × actual/target, capped at the weight", () => {
    expect(scoreIndicator(q("GTE", "58", "58")).score).toBe(1000);
    expect(scoreIndicator(q("GTE", "58", "70")).score).toBe(1000);
    expect(scoreIndicator(q("GTE", "58", "29"))).toMatchObject({ score: 500, completion: 5000 });
    expect(scoreIndicator(q("GT", "3", "2")).score).toBe(667); // 6.666… → 6.67
    expect(scoreIndicator(q("GTE", "100%", "98%", "20")).score).toBe(1960);
  });

  it("≤ and <: weight × target/actual, capped at the weight", () => {
    expect(scoreIndicator(q("LTE", "10", "8")).score).toBe(1000);
    expect(scoreIndicator(q("LTE", "10", "20"))).toMatchObject({ score: 500, completion: 5000 });
    expect(scoreIndicator(q("LT", "30", "40", "8")).score).toBe(600);
    expect(scoreIndicator(q("LTE", "10", "0")).score).toBe(1000);
  });

  it("=: full when met, otherwise by how far it is in either direction", () => {
    expect(scoreIndicator(q("EQ", "58", "58")).score).toBe(1000);
    expect(scoreIndicator(q("EQ", "58", "29")).score).toBe(500);
    expect(scoreIndicator(q("EQ", "50", "100")).score).toBe(500);
  });

  it("qualitative: by band, the percentage inside the band", () => {
    const qual = (band: "HIGH" | "MEDIUM" | "LOW", bandPercent: number) => scoreIndicator({ level: "BENEFIT", operator: "QUALITATIVE", target: null, actual: null, weight: "10", band, bandPercent });
    expect(qual("HIGH", 100).score).toBe(1000);
    expect(qual("HIGH", 80).score).toBe(800);
    expect(qual("MEDIUM", 79).score).toBe(790);
    expect(qual("MEDIUM", 50).score).toBe(500);
    expect(qual("LOW", 49).score).toBe(490);
    expect(qual("LOW", 0).score).toBe(0);
    // Boundaries belong to the upper band: 80 is HIGH, 50 is MEDIUM.
    expect(qual("MEDIUM", 80)).toMatchObject({ score: 0, problem: "评价比例应在 50%–80% 之间" });
    expect(qual("LOW", 50).problem).not.toBeNull();
    expect(qual("HIGH", 101).problem).not.toBeNull();
  });

  it("missing values score 0 with the reason", () => {
    expect(scoreIndicator(q("GTE", "58", ""))).toMatchObject({ score: 0, problem: "请填写实际完成值" });
    expect(scoreIndicator(q("GTE", "许多", "3"))).toMatchObject({ score: 0, problem: "指标值应为数值" });
    expect(scoreIndicator({ level: "OUTPUT", operator: "QUALITATIVE", target: null, actual: null, weight: "5" }).problem).toBe("请选择定性指标的评价档次");
  });

  it("grades: 优 ≥ 90, 良 80–89, 中 60–79, 差 < 60", () => {
    expect(gradeOf(10000)).toBe("EXCELLENT");
    expect(gradeOf(9000)).toBe("EXCELLENT");
    expect(gradeOf(8999)).toBe("GOOD");
    expect(gradeOf(8000)).toBe("GOOD");
    expect(gradeOf(7999)).toBe("FAIR");
    expect(gradeOf(6000)).toBe("FAIR");
    expect(gradeOf(5999)).toBe("POOR");
  });

  it("the whole evaluation: execution 10, output 50, benefit 30, satisfaction 10; execution below 90% needs an explanation", () => {
    const indicators: IndicatorInput[] = [
      { level: "OUTPUT", operator: "EQ", target: "58", actual: "58", weight: "25" },
      { level: "OUTPUT", operator: "GTE", target: "100%", actual: "90%", weight: "25" },
      { level: "BENEFIT", operator: "GTE", target: "98%", actual: "98%", weight: "30" },
      { level: "SATISFACTION", operator: "GTE", target: "100%", actual: "95%", weight: "10" },
    ];
    const full = scoreEvaluation({ indicators, execution: { spent: 9500, budget: 10000 } });
    expect(full.execution).toEqual({ points: 1000, score: 950, needsExplanation: false });
    expect(full.levels.map((l) => l.score)).toEqual([4750, 3000, 950]);
    expect(full.total).toBe(950 + 4750 + 3000 + 950);
    expect(formatPoints(full.total)).toBe("96.50");
    expect(full.grade).toBe("EXCELLENT");
    expect(scoreEvaluation({ indicators, execution: { spent: 8999, budget: 10000 } }).execution.needsExplanation).toBe(true);
    expect(scoreEvaluation({ indicators, execution: { spent: 9000, budget: 10000 } }).execution.needsExplanation).toBe(false);
    expect(scoreEvaluation({ indicators, execution: { spent: 12000, budget: 10000 } }).execution.score).toBe(1000);
    expect(scoreEvaluation({ indicators, execution: null }).execution).toEqual({ points: 1000, score: 0, needsExplanation: false });
  });

  it("the execution score comes from the amounts, not from a rounded rate", () => {
    // 740,000.00 of 860,000.00 元 is 86.0465…%: 10 × that is 8.6047 → 8.60 (the rate rounded to 86.05% would give 8.61).
    const r = scoreEvaluation({ indicators: [], execution: { spent: 74_000_000, budget: 86_000_000 } });
    expect(r.execution).toEqual({ points: 1000, score: 860, needsExplanation: true });
    // Half a hundredth rounds up: 10 × 8,645 / 10,000 = 8.645 → 8.65.
    expect(scoreEvaluation({ indicators: [], execution: { spent: 8645, budget: 10000 } }).execution.score).toBe(865);
    // 89.999…% is below 90%, decided exactly.
    expect(scoreEvaluation({ indicators: [], execution: { spent: 899_999, budget: 1_000_000 } }).execution.needsExplanation).toBe(true);
  });

  it("a level whose weights do not add up to its points is scaled to them", () => {
    const r = scoreEvaluation({ indicators: [{ level: "OUTPUT", operator: "GTE", target: "10", actual: "5", weight: "20" }], execution: { spent: 10000, budget: 10000 } });
    expect(r.levels[0]).toMatchObject({ points: 5000, weightSum: 2000, score: 2500, normalised: true });
  });

  it("configurable category weights", () => {
    const r = scoreEvaluation({ indicators: [{ level: "OUTPUT", operator: "GTE", target: "1", actual: "1", weight: "60" }], execution: { spent: 10000, budget: 10000 }, weights: { EXECUTION: 20, OUTPUT: 60, BENEFIT: 10, SATISFACTION: 10 } });
    expect(r.execution.score).toBe(2000);
    expect(r.levels[0].score).toBe(6000);
  });
});
