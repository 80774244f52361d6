import "server-only";
// 绩效自评 (issue 5): the declaring unit opens the year-end self-evaluation of an accepted declaration (the district's
// points frozen with it; actual values from the last recorded checkpoint, or live for a linked indicator; the year's
// spending from that checkpoint too), saves it as often as needed, and submits it: then every value must be there,
// execution below 90% explained, and the total and the grade are frozen (scored by ./scoring.ts).
import { formatDate } from "@/lib/dates";
import { formatPercent, toDecimalString, toFen } from "@/lib/money";
import { defineCommand } from "@/server/action";
import { lockDeclaration } from "@/features/declarations/commands";
import type { Tx } from "@/server/db";
import { AppError, type FieldErrors } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { evaluationClosedMessage, INDICATOR_SELECT, managedDeclaration, PERFORMANCE_DECLARATION_SELECT, requireAccepted, targetOf, weightOf, type IndicatorRow } from "./access";
import { countingDay, linkedValues } from "./metrics";
import { parseDecimal, QUALITATIVE_BANDS, scoreEvaluation, type QualitativeBand } from "./scoring";
import { openEvaluationSchema, saveEvaluationSchema } from "./schemas";
import { executionBelow90, executionOf, executionFloorBasisPoints, indicatorInputs, readWeights } from "./weights";

/** The live values of the linked indicators for the year-end evaluation: over the whole year (up to today while it runs). */
export function evaluationLiveValues(tx: Tx, d: Parameters<typeof linkedValues>[1], indicators: IndicatorRow[]) {
  return linkedValues(tx, d, indicators, countingDay(`${d.year}-12-31`, formatDate(new Date())));
}

/** The band a percentage falls in: 80–100 达成, 50–79 基本达成, below 50 未达成. */
export function bandOf(percent: number): QualitativeBand {
  return percent >= QUALITATIVE_BANDS.HIGH.min ? "HIGH" : percent >= QUALITATIVE_BANDS.MEDIUM.min ? "MEDIUM" : "LOW";
}

/** 开始绩效自评. */
export const openEvaluationCommand = defineCommand({
  name: "declaration.evaluation_open",
  schema: openEvaluationSchema,
  permission: "declaration:manage",
  uniqueFields: { declaration_id: { field: "_form", message: "本申报表的绩效自评已开始，请刷新页面。" }, declarationId: { field: "_form", message: "本申报表的绩效自评已开始，请刷新页面。" } },
  run: async ({ input, actor, tx }) => {
    const d = await managedDeclaration(tx, actor, input.declarationId);
    requireAccepted(d);
    if (await tx.declarationEvaluation.findUnique({ where: { declarationId: d.id }, select: { id: true } })) throw new AppError("CONFLICT", "本申报表的绩效自评已开始");
    const [district, indicators, last] = await Promise.all([
      tx.district.findUniqueOrThrow({ where: { id: d.districtId }, select: { evaluationWeights: true } }),
      tx.performanceIndicator.findMany({ where: { declarationId: d.id }, orderBy: { seq: "asc" }, select: INDICATOR_SELECT }),
      tx.declarationCheckpoint.findFirst({
        where: { declarationId: d.id, recordedAt: { not: null } },
        orderBy: { seq: "desc" },
        select: { seq: true, spentAmount: true, progress: { select: { indicatorId: true, actualValue: true, progressPercent: true } } },
      }),
    ]);
    const weights = readWeights(district.evaluationWeights);
    const live = await evaluationLiveValues(tx, d, indicators);
    const fromCheckpoint = new Map(last?.progress.map((p) => [p.indicatorId, p]) ?? []);
    const created = await tx.declarationEvaluation.create({
      data: {
        declarationId: d.id, weights, spentAmount: last?.spentAmount ?? null, createdById: actor.userId,
        indicators: {
          create: indicators.map((i) => {
            const p = fromCheckpoint.get(i.id);
            // A qualitative row starts in the band its last recorded progress falls in.
            const band = i.operator === "QUALITATIVE" && p?.progressPercent != null ? bandOf(p.progressPercent) : null;
            return {
              indicatorId: i.id,
              actualValue: live.has(i.id) ? live.get(i.id)! : (p?.actualValue ?? null),
              band, bandPercent: band ? p!.progressPercent : null,
            };
          }),
        },
      },
      select: { id: true },
    });
    return {
      target: { type: "DeclarationEvaluation", id: created.id },
      districtId: d.districtId,
      detail: { declarationId: d.id, weights, fromCheckpoint: last?.seq ?? null },
      data: { id: created.id },
      message: last ? `已开始绩效自评（实际完成值取自第 ${last.seq} 个监控节点和平台统计）` : "已开始绩效自评",
    };
  },
});

/** The evaluation, if the actor's unit declared its declaration; refused once it is submitted, or read at another version. */
async function editableEvaluation(tx: Tx, actor: Actor, evaluationId: string, version: number) {
  const ev = await tx.declarationEvaluation.findFirst({
    where: { id: evaluationId, declaration: scope.declarations(actor, "declaration:manage") },
    select: {
      id: true, status: true, version: true, weights: true, spentAmount: true, executionExplanation: true,
      declaration: { select: PERFORMANCE_DECLARATION_SELECT },
      indicators: { select: { indicatorId: true, actualValue: true, band: true, bandPercent: true, note: true } },
    },
  });
  if (!ev) throw new AppError("NOT_FOUND");
  requireAccepted(ev.declaration);
  // Held until this step commits: checkpoints and links wait for it (requireOpen takes the same lock).
  await lockDeclaration(tx, ev.declaration.id);
  const current = await tx.declarationEvaluation.findUniqueOrThrow({ where: { id: ev.id }, select: { status: true, version: true } });
  if (current.status !== ev.status || current.version !== ev.version) throw new AppError("CONFLICT");
  const closed = evaluationClosedMessage(ev.status);
  if (closed) throw new AppError("INVALID_TRANSITION", closed);
  if (ev.version !== version) throw new AppError("CONFLICT");
  return ev;
}

/** A qualitative indicator's percentage lies in its band (80 belongs to 达成, 50 to 基本达成), as the engine scores it. */
function bandProblem(band: QualitativeBand, percent: number): string | null {
  const { min, max } = QUALITATIVE_BANDS[band];
  const inBand = percent >= min && (band === "HIGH" ? percent <= max : percent < max);
  return inBand ? null : `评价比例应在 ${min}%–${max}% 之间${band === "HIGH" ? "" : `（不含 ${max}%）`}`;
}

/** 保存绩效自评 (a draft). */
export const saveEvaluationCommand = defineCommand({
  name: "declaration.evaluation_save",
  schema: saveEvaluationSchema,
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const ev = await editableEvaluation(tx, actor, input.evaluationId, input.version);
    const d = ev.declaration;
    const indicators = await tx.performanceIndicator.findMany({ where: { declarationId: d.id }, orderBy: { seq: "asc" }, select: INDICATOR_SELECT });
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const typed = new Map<string, (typeof input.rows)[number]>();
    for (const row of input.rows) {
      if (!byId.has(row.indicatorId) || typed.has(row.indicatorId)) throw new AppError("CONFLICT", "绩效指标已变更，请刷新页面后重新填写。");
      typed.set(row.indicatorId, row);
    }
    const live = await evaluationLiveValues(tx, d, indicators);
    const saved = new Map(ev.indicators.map((r) => [r.indicatorId, r]));
    const errors: FieldErrors = {};
    const rows = indicators.map((i) => {
      const row = typed.get(i.id);
      const before = saved.get(i.id);
      if (!row) return { indicatorId: i.id, actualValue: live.has(i.id) ? live.get(i.id)! : (before?.actualValue ?? null), band: before?.band ?? null, bandPercent: before?.bandPercent ?? null, note: before?.note ?? null };
      const qualitative = i.operator === "QUALITATIVE";
      const actualValue = live.has(i.id) ? live.get(i.id)! : row.actualValue;
      if (!live.has(i.id) && !qualitative && actualValue !== null && parseDecimal(actualValue) === null) errors[`rows.${row.index}.actualValue`] = ["实际完成值应为数值，如 58 或 95%"];
      let band: QualitativeBand | null = null;
      let bandPercent: number | null = null;
      if (qualitative) {
        band = row.band;
        bandPercent = row.bandPercent;
        if (bandPercent !== null && !band) errors[`rows.${row.index}.band`] = ["请选择评价档次"];
        if (band && bandPercent !== null) {
          const problem = bandProblem(band, bandPercent);
          if (problem) errors[`rows.${row.index}.bandPercent`] = [problem];
        }
      }
      return { indicatorId: i.id, actualValue, band, bandPercent, note: row.note };
    });
    if (Object.keys(errors).length) throw new AppError("VALIDATION", "提交的内容有误，请按提示修改。", errors);

    const moved = await tx.declarationEvaluation.updateMany({
      where: { id: ev.id, version: ev.version },
      data: {
        spentAmount: input.spentAmount === null ? null : toDecimalString(input.spentAmount),
        executionExplanation: input.executionExplanation, problems: input.problems, improvements: input.improvements,
        version: { increment: 1 },
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    await tx.indicatorEvaluation.deleteMany({ where: { evaluationId: ev.id } });
    await tx.indicatorEvaluation.createMany({ data: rows.map((r) => ({ evaluationId: ev.id, ...r })) });
    return {
      target: { type: "DeclarationEvaluation", id: ev.id },
      districtId: d.districtId,
      detail: { declarationId: d.id, spentAmount: input.spentAmount === null ? null : toDecimalString(input.spentAmount) },
      message: "绩效自评已保存",
    };
  },
});

const indicatorName = (i: IndicatorRow, n: number) => `第 ${n} 项「${i.name || i.level2Label}」`;

/**
 * 提交绩效自评 (the submit step of the review workflow, ./submission.ts): complete, explained where execution is
 * below 90%; returns the columns that freeze the score and the grade, and keeps the linked values as scored.
 */
export async function submittedEvaluation(tx: Tx, actor: Actor, evaluationId: string, version: number, now: Date) {
  const ev = await editableEvaluation(tx, actor, evaluationId, version);
  const d = ev.declaration;
  const indicators = await tx.performanceIndicator.findMany({ where: { declarationId: d.id }, orderBy: { seq: "asc" }, select: INDICATOR_SELECT });
  const live = await evaluationLiveValues(tx, d, indicators);
  const saved = new Map(ev.indicators.map((r) => [r.indicatorId, r]));
  const total = toFen(d.totalAmount);
  const spent = ev.spentAmount === null ? null : toFen(ev.spentAmount);

  const errors: FieldErrors = {};
  const problems: string[] = [];
  const miss = (field: string, message: string) => {
    errors[field] = [message];
    problems.push(message);
  };
  if (spent === null) miss("spentAmount", "请填写全年执行数");
  if (executionBelow90(spent, total) && !ev.executionExplanation) {
    miss("executionExplanation", `预算执行率 ${formatPercent(executionFloorBasisPoints(spent!, total))} 低于 90%，请填写说明`);
  }
  const rows = indicators.map((i, k) => {
    const s = saved.get(i.id);
    const actualValue = live.has(i.id) ? live.get(i.id)! : (s?.actualValue ?? null);
    if (i.operator === "QUALITATIVE") {
      if (!s?.band || s.bandPercent === null) miss(`rows.${k}.band`, `${indicatorName(i, k + 1)}请选择评价档次并填写评价比例`);
    } else if (parseDecimal(actualValue) === null) {
      miss(`rows.${k}.actualValue`, live.has(i.id) ? `${indicatorName(i, k + 1)}关联的平台统计暂无数据，请取消关联后填写实际完成值` : `${indicatorName(i, k + 1)}请填写实际完成值`);
    }
    return { i, actualValue, band: s?.band ?? null, bandPercent: s?.bandPercent ?? null };
  });
  if (problems.length) throw new AppError("VALIDATION", `绩效自评尚未填写完整，请补充并保存后再提交：${problems.join("；")}`, errors);

  const weights = readWeights(ev.weights);
  const score = scoreEvaluation({
    weights,
    execution: executionOf(spent, total),
    indicators: indicatorInputs(rows.map((r) => ({
      kind: r.i.kind, operator: r.i.operator, target: targetOf(r.i), weight: weightOf(r.i), actualValue: r.actualValue, band: r.band, bandPercent: r.bandPercent,
    })), weights),
  });
  // The linked values as scored are kept with the evaluation.
  for (const r of rows) {
    if (!live.has(r.i.id)) continue;
    await tx.indicatorEvaluation.upsert({
      where: { evaluationId_indicatorId: { evaluationId: ev.id, indicatorId: r.i.id } },
      create: { evaluationId: ev.id, indicatorId: r.i.id, actualValue: r.actualValue },
      update: { actualValue: r.actualValue },
    });
  }
  return { totalScore: score.total, grade: score.grade, submittedAt: now, submittedById: actor.userId, decidedAt: null };
}
