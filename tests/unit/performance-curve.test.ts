import { describe, expect, it } from "vitest";
import {
  checkpointsOf, checkpointWarnings, curveProblems, DEFAULT_CURVE, describeCurve, executionLags, expectedPercentAt, isDefaultCurve, monthEnd,
  overallProgressBasisPoints, progressDiverges, progressFromActual, readCurve,
} from "@/features/performance/curve";
import { scoreEvaluation } from "@/features/performance/scoring";
import { effectiveWeights, executionBelow90, executionRate, indicatorInputs, readWeights, weightsProblem } from "@/features/performance/weights";

const yuan = (n: number) => Math.round(n * 100); // test amounts in 元 → 分

describe("the monitoring curve", () => {
  it("defaults to 25/40/60/80% by the end of April, June, August and October", () => {
    expect(DEFAULT_CURVE).toEqual([{ month: 4, percent: 25 }, { month: 6, percent: 40 }, { month: 8, percent: 60 }, { month: 10, percent: 80 }]);
    expect(readCurve(null)).toEqual(DEFAULT_CURVE);
    expect(isDefaultCurve(readCurve(undefined))).toBe(true);
    expect(describeCurve(DEFAULT_CURVE)).toBe("4月底 25%、6月底 40%、8月底 60%、10月底 80%");
  });

  it("reads a configured curve; an unusable stored one falls back to the default", () => {
    expect(readCurve([{ month: 3, percent: 20 }, { month: 9, percent: 70 }])).toEqual([{ month: 3, percent: 20 }, { month: 9, percent: 70 }]);
    expect(readCurve([{ month: 9, percent: 70 }, { month: 3, percent: 20 }])).toEqual(DEFAULT_CURVE);
    expect(readCurve("x")).toEqual(DEFAULT_CURVE);
    expect(readCurve([{ month: 4 }])).toEqual(DEFAULT_CURVE);
  });

  it("months 1–12 and percents 0–100, both ascending", () => {
    expect(curveProblems(DEFAULT_CURVE)).toEqual([]);
    expect(curveProblems([{ month: 1, percent: 0 }, { month: 12, percent: 100 }])).toEqual([]);
    expect(curveProblems([])).toEqual(["请至少设置一个监控节点"]);
    expect(curveProblems([{ month: 0, percent: 10 }])[0]).toMatch(/月份应为 1–12/);
    expect(curveProblems([{ month: 13, percent: 10 }])[0]).toMatch(/月份应为 1–12/);
    expect(curveProblems([{ month: 4, percent: 101 }])[0]).toMatch(/执行进度应为 0–100/);
    expect(curveProblems([{ month: 4, percent: -1 }])[0]).toMatch(/执行进度应为 0–100/);
    expect(curveProblems([{ month: 4, percent: 25.5 }])[0]).toMatch(/整数/);
    expect(curveProblems([{ month: 6, percent: 25 }, { month: 6, percent: 40 }])).toEqual(["第 2 个节点的月份应晚于上一个节点（6 月）"]);
    expect(curveProblems([{ month: 4, percent: 40 }, { month: 6, percent: 40 }])).toEqual(["第 2 个节点的执行进度应高于上一个节点（40%）"]);
  });

  it("checkpoints fall on the last day of their month", () => {
    expect(monthEnd(2020, 2)).toBe("2020-02-29");
    expect(monthEnd(2021, 2)).toBe("2021-02-28");
    expect(monthEnd(2020, 12)).toBe("2020-12-31");
    expect(checkpointsOf(2020, DEFAULT_CURVE)).toEqual([
      { seq: 1, dueOn: "2020-04-30", expectedPercent: 25 },
      { seq: 2, dueOn: "2020-06-30", expectedPercent: 40 },
      { seq: 3, dueOn: "2020-08-31", expectedPercent: 60 },
      { seq: 4, dueOn: "2020-10-31", expectedPercent: 80 },
    ]);
  });

  it("the expected execution at a day: the last checkpoint reached, 0 before the first", () => {
    expect(expectedPercentAt(DEFAULT_CURVE, 2020, "2020-01-01")).toBe(0);
    expect(expectedPercentAt(DEFAULT_CURVE, 2020, "2020-04-29")).toBe(0);
    expect(expectedPercentAt(DEFAULT_CURVE, 2020, "2020-04-30")).toBe(25);
    expect(expectedPercentAt(DEFAULT_CURVE, 2020, "2020-06-29")).toBe(25);
    expect(expectedPercentAt(DEFAULT_CURVE, 2020, "2020-06-30")).toBe(40);
    expect(expectedPercentAt(DEFAULT_CURVE, 2020, "2020-12-31")).toBe(80);
    expect(expectedPercentAt(DEFAULT_CURVE, 2020, "2021-03-01")).toBe(80);
  });
});

describe("lag: execution below the curve", () => {
  const total = yuan(800000);
  it("exactly on the curve does not lag; one 分 less does", () => {
    expect(executionLags(yuan(200000), total, 25)).toBe(false);
    expect(executionLags(yuan(200000) - 1, total, 25)).toBe(true);
    expect(executionLags(yuan(300000), total, 25)).toBe(false);
    expect(executionLags(0, total, 0)).toBe(false);
  });
  it("nothing budgeted never lags", () => {
    expect(executionLags(0, 0, 25)).toBe(false);
  });
});

describe("divergence: progress and spending more than 10 points apart", () => {
  const total = yuan(100000);
  it("exactly 10 points is not a divergence, 10.01 is (either way)", () => {
    expect(progressDiverges([40], yuan(30000), total)).toBe(false); // 40 vs 30
    expect(progressDiverges([40], yuan(29990), total)).toBe(true); // 40 vs 29.99
    expect(progressDiverges([40], yuan(50000), total)).toBe(false); // 40 vs 50
    expect(progressDiverges([40], yuan(50010), total)).toBe(true); // 40 vs 50.01
    // Below a hundredth of a point still counts: 40 vs 29.9999.
    expect(progressDiverges([40], yuan(30000) - 1, yuan(1000000))).toBe(true);
  });
  it("progress is the mean of the indicators' progress", () => {
    expect(overallProgressBasisPoints([30, 50])).toBe(4000);
    expect(overallProgressBasisPoints([33, 34, 34])).toBe(3367); // 33.666… → 33.67%
    expect(overallProgressBasisPoints([])).toBeNull();
    expect(progressDiverges([30, 50], yuan(30000), total)).toBe(false); // 40 vs 30
    expect(progressDiverges([30, 51], yuan(30000), total)).toBe(true); // 40.5 vs 30
    expect(progressDiverges([], yuan(0), total)).toBe(false);
  });
});

describe("checkpoint warnings", () => {
  const total = yuan(100000);
  it("none when the checkpoint is not recorded, or on the curve and in step", () => {
    expect(checkpointWarnings({ expectedPercent: 25, spent: null, total, progress: [] })).toEqual([]);
    expect(checkpointWarnings({ expectedPercent: 25, spent: yuan(25000), total, progress: [30] })).toEqual([]);
  });
  it("lag and divergence, with their messages", () => {
    expect(checkpointWarnings({ expectedPercent: 40, spent: yuan(20000), total, progress: [] })).toEqual([
      { kind: "LAG", message: "预算执行进度 20.00% 低于序时进度 40%" },
    ]);
    expect(checkpointWarnings({ expectedPercent: 25, spent: yuan(30000), total, progress: [60] })).toEqual([
      { kind: "DIVERGENCE", message: "目标完成进度 60.00% 与预算执行进度 30.00% 偏离超过 10 个百分点" },
    ]);
    expect(checkpointWarnings({ expectedPercent: 40, spent: yuan(20000), total, progress: [60] }).map((w) => w.kind)).toEqual(["LAG", "DIVERGENCE"]);
  });
});

describe("an indicator's progress from its actual value", () => {
  it("≥ > =: actual / target, floored, capped at 100", () => {
    expect(progressFromActual("GTE", "58", "29")).toBe(50);
    expect(progressFromActual("EQ", "3", "2")).toBe(66);
    expect(progressFromActual("GT", "100%", "120%")).toBe(100);
    expect(progressFromActual("GTE", "95", "95%")).toBe(100);
  });
  it("nothing for ≤ <, qualitative rows and values that are not numbers", () => {
    expect(progressFromActual("LTE", "10", "5")).toBeNull();
    expect(progressFromActual("QUALITATIVE", null, "5")).toBeNull();
    expect(progressFromActual("GTE", "58", "约30")).toBeNull();
    expect(progressFromActual("GTE", "0", "3")).toBeNull();
    expect(progressFromActual("GTE", "58", null)).toBeNull();
  });
});

describe("self-evaluation weights", () => {
  it("default 10/50/30/10; a configured set must add up to 100", () => {
    expect(readWeights(null)).toEqual({ EXECUTION: 10, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 });
    expect(readWeights({ EXECUTION: 20, OUTPUT: 40, BENEFIT: 30, SATISFACTION: 10 })).toEqual({ EXECUTION: 20, OUTPUT: 40, BENEFIT: 30, SATISFACTION: 10 });
    expect(readWeights({ EXECUTION: 20, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 })).toEqual({ EXECUTION: 10, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 });
    expect(weightsProblem({ EXECUTION: 10, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 11 })).toBe("各项分值合计应为 100 分（现为 101 分）");
    expect(weightsProblem({ EXECUTION: 10, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 9 })).toBe("各项分值合计应为 100 分（现为 99 分）");
    expect(weightsProblem({ EXECUTION: -10, OUTPUT: 70, BENEFIT: 30, SATISFACTION: 10 })).toMatch(/预算执行分值应为 0–100/);
    expect(weightsProblem({ EXECUTION: 10.5, OUTPUT: 49.5, BENEFIT: 30, SATISFACTION: 10 })).toMatch(/整数/);
    expect(weightsProblem({ EXECUTION: 0, OUTPUT: 60, BENEFIT: 30, SATISFACTION: 10 })).toBeNull();
  });

  it("indicators without 分值 share what their level's given points leave", () => {
    const w = readWeights(null);
    expect(effectiveWeights([{ kind: "OUTPUT", weight: null }, { kind: "OUTPUT", weight: null }, { kind: "SATISFACTION", weight: null }], w)).toEqual(["25.00", "25.00", "10.00"]);
    expect(effectiveWeights([{ kind: "OUTPUT", weight: "20" }, { kind: "OUTPUT", weight: null }, { kind: "OUTPUT", weight: null }], w)).toEqual(["20", "15.00", "15.00"]);
    expect(effectiveWeights([{ kind: "OUTPUT", weight: null }, { kind: "OUTPUT", weight: null }, { kind: "OUTPUT", weight: null }], w)).toEqual(["16.66", "16.66", "16.66"]);
    // Nothing left: the mean of the given ones (the engine scales the level back to its points).
    expect(effectiveWeights([{ kind: "BENEFIT", weight: "30" }, { kind: "BENEFIT", weight: null }], w)).toEqual(["30", "30.00"]);
  });

  it("equal shares still score the level's full points when every row is met", () => {
    const rows = [1, 2, 3].map(() => ({ kind: "OUTPUT" as const, operator: "GTE" as const, target: "10", weight: null, actualValue: "10", band: null, bandPercent: null }));
    const s = scoreEvaluation({ indicators: indicatorInputs(rows, readWeights(null)), execution: { spent: 10000, budget: 10000 } });
    expect(s.levels[0]).toMatchObject({ level: "OUTPUT", score: 5000, normalised: true });
  });

  it("execution below 90% is decided exactly; the rate for the engine in basis points", () => {
    const total = yuan(800000);
    expect(executionBelow90(yuan(720000), total)).toBe(false);
    expect(executionBelow90(yuan(720000) - 1, total)).toBe(true);
    expect(executionBelow90(null, total)).toBe(false);
    expect(executionRate(yuan(720000), total)).toBe(9000);
    expect(executionRate(null, total)).toBeNull();
    expect(executionRate(yuan(1), 0)).toBeNull();
  });
});
