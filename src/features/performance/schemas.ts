// The forms of 绩效运行监控 and 绩效自评, and the district's settings for both. Rows are repeated fields
// (rows.N.indicatorId …, curve.N.month …) read with indexedRows; errors come back on the field that caused them.
import { z } from "zod";
import { indexedRows, NARRATIVE_MAX, optionalChoice, optionalCount, optionalText, optionalYuan, reference, requiredVersion, yuan } from "@/lib/fields";
import { QUALITATIVE_BAND_LABELS } from "@/lib/labels";
import { curveProblems, MAX_CURVE_POINTS } from "./curve";
import { METRIC_KEYS } from "./metric-registry";
import { WEIGHT_KEYS, WEIGHT_LABELS, weightsProblem } from "./weights";

export const MAX_INDICATOR_ROWS = 300;
export const REASON_MAX = 1000;
export const VALUE_MAX = 100;

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));
const withRows = (prefix: string) => (raw: unknown) => {
  if (!raw || typeof raw !== "object" || raw instanceof FormData) return raw;
  const r = raw as Record<string, unknown>;
  return { ...r, [prefix]: indexedRows(r, prefix) };
};
const rowsOf = <T extends z.ZodType>(row: T) => z.array(row.nullable()).max(MAX_INDICATOR_ROWS, `绩效指标最多 ${MAX_INDICATOR_ROWS} 项`);

// ───────────── Monitoring ─────────────

export const openMonitoringSchema = z.object({ declarationId: reference("绩效目标申报表") });

const progressRow = z.object({
  indicatorId: reference("绩效指标"),
  actualValue: optionalText("实际完成值", VALUE_MAX),
  progressPercent: optionalCount("完成进度（%）", { max: 100 }),
  note: optionalText("说明", REASON_MAX),
});

/** 记录监控节点: the budget executed by the checkpoint (元), each indicator's progress, and — when a warning applies — why and what is done about it. */
export const recordCheckpointSchema = z.preprocess(withRows("rows"), z.object({
  checkpointId: reference("监控节点"),
  version: requiredVersion(),
  spentAmount: yuan("累计执行金额（元）"),
  deviationReason: optionalText("偏差原因", REASON_MAX),
  correctiveMeasure: optionalText("纠偏措施", REASON_MAX),
  rows: rowsOf(progressRow),
}).transform((v) => ({ ...v, rows: v.rows.flatMap((row, index) => (row ? [{ ...row, index }] : [])) })));

export type RecordCheckpointInput = z.output<typeof recordCheckpointSchema>;

const metricKey = z.preprocess(str, z.enum(METRIC_KEYS, { error: "请选择平台统计项" }));

/** 关联平台统计: the indicator's actual value is read live from that count. */
export const linkMetricSchema = z.object({ indicatorId: reference("绩效指标"), metricKey });
export const unlinkMetricSchema = z.object({ indicatorId: reference("绩效指标") });

// ───────────── Self-evaluation ─────────────

export const openEvaluationSchema = z.object({ declarationId: reference("绩效目标申报表") });

const evaluationRow = z.object({
  indicatorId: reference("绩效指标"),
  actualValue: optionalText("实际完成值", VALUE_MAX),
  band: optionalChoice(QUALITATIVE_BAND_LABELS, "评价档次"),
  bandPercent: optionalCount("评价比例（%）", { max: 100 }),
  note: optionalText("偏差原因分析", REASON_MAX),
});

/** 保存绩效自评 (a draft: anything may still be missing; submitting checks completeness). */
export const saveEvaluationSchema = z.preprocess(withRows("rows"), z.object({
  evaluationId: reference("绩效自评"),
  version: requiredVersion(),
  spentAmount: optionalYuan("全年执行数（元）"),
  executionExplanation: optionalText("执行率低于 90% 的说明", NARRATIVE_MAX),
  problems: optionalText("存在的问题及原因", NARRATIVE_MAX),
  improvements: optionalText("下一步改进措施", NARRATIVE_MAX),
  rows: rowsOf(evaluationRow),
}).transform((v) => ({ ...v, rows: v.rows.flatMap((row, index) => (row ? [{ ...row, index }] : [])) })));

export type SaveEvaluationInput = z.output<typeof saveEvaluationSchema>;


// ───────────── District settings ─────────────

const whole = (label: string, min: number, max: number) => z.preprocess(str, z.string().trim().min(1, `请填写${label}`).transform((v, ctx) => {
  if (!/^\d{1,3}$/.test(v) || Number(v) < min || Number(v) > max) {
    ctx.addIssue({ code: "custom", message: `${label}应为 ${min}–${max} 之间的整数` });
    return z.NEVER;
  }
  return Number(v);
}));

const curveRow = z.preprocess(
  (v) => (v && typeof v === "object" && (str((v as Record<string, unknown>).month).trim() !== "" || str((v as Record<string, unknown>).percent).trim() !== "") ? v : null),
  z.object({ month: whole("月份", 1, 12), percent: whole("执行进度（%）", 0, 100) }).nullable(),
);

/** 绩效运行监控与自评设置: the curve (months ascending, percents ascending 0–100) and the points (adding up to 100); action=reset restores both defaults. */
export const performanceSettingsSchema = z.preprocess(withRows("curve"), z.object({
  districtId: reference("区"),
  action: z.preprocess((v) => (v === "reset" ? "reset" : "save"), z.enum(["save", "reset"])),
  /** The settings the form was opened with (JSON), for optimistic concurrency. */
  previous: z.preprocess(str, z.string().max(2000)),
  curve: z.array(curveRow).max(MAX_CURVE_POINTS + 12),
  EXECUTION: whole(`${WEIGHT_LABELS.EXECUTION}分值`, 0, 100).optional(),
  OUTPUT: whole(`${WEIGHT_LABELS.OUTPUT}分值`, 0, 100).optional(),
  BENEFIT: whole(`${WEIGHT_LABELS.BENEFIT}分值`, 0, 100).optional(),
  SATISFACTION: whole(`${WEIGHT_LABELS.SATISFACTION}分值`, 0, 100).optional(),
}).superRefine((v, ctx) => {
  if (v.action === "reset") return;
  const points = v.curve.filter((p): p is { month: number; percent: number } => p !== null);
  const problems = curveProblems(points);
  if (problems.length) ctx.addIssue({ code: "custom", path: ["curve"], message: problems.join("；") });
  const missing = WEIGHT_KEYS.filter((k) => v[k] === undefined);
  for (const k of missing) ctx.addIssue({ code: "custom", path: [k], message: `请填写${WEIGHT_LABELS[k]}分值` });
  if (missing.length === 0) {
    const problem = weightsProblem({ EXECUTION: v.EXECUTION!, OUTPUT: v.OUTPUT!, BENEFIT: v.BENEFIT!, SATISFACTION: v.SATISFACTION! });
    if (problem) ctx.addIssue({ code: "custom", path: ["weights"], message: problem });
  }
}));
