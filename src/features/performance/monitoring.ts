import "server-only";
// 绩效运行监控 (issue 5): the declaring unit opens the checkpoints of an accepted declaration from its district's
// curve, records at each the budget executed so far and every indicator's progress (a linked indicator's actual
// value is read from the platform's records, not typed), and — when execution lags the curve or progress and
// spending diverge by more than 10 points — why, and what it is doing about it. Indicators are linked to a
// platform count here too.
import { formatDate, parseCalendarDate, formatCalendarDate } from "@/lib/dates";
import { toDecimalString, toFen } from "@/lib/money";
import { defineCommand } from "@/server/action";
import type { Tx } from "@/server/db";
import { AppError, type FieldErrors } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { checkpointsOf, checkpointWarnings, CORRECTIVE_MEASURE_REQUIRED, describeCurve, DEVIATION_REASON_REQUIRED, progressFromActual, readCurve } from "./curve";
import { INDICATOR_SELECT, managedDeclaration, PERFORMANCE_DECLARATION_SELECT, requireAccepted, requireOpen, targetOf } from "./access";
import { metricLabel } from "./metric-registry";
import { countingDay, linkedValues } from "./metrics";
import { parseDecimal } from "./scoring";
import { linkMetricSchema, openMonitoringSchema, recordCheckpointSchema, unlinkMetricSchema } from "./schemas";

/** 开启绩效运行监控: the checkpoints of the year from the district's curve (as it stands now; later changes do not move them). */
export const openMonitoringCommand = defineCommand({
  name: "declaration.monitoring_open",
  schema: openMonitoringSchema,
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const d = await managedDeclaration(tx, actor, input.declarationId);
    requireAccepted(d);
    // Not once the self-evaluation is submitted; and two openings at once wait for each other on the row lock.
    await requireOpen(tx, d.id);
    if (await tx.declarationCheckpoint.count({ where: { declarationId: d.id } })) throw new AppError("CONFLICT", "本申报表已开启绩效运行监控");
    const district = await tx.district.findUniqueOrThrow({ where: { id: d.districtId }, select: { monitoringCurve: true } });
    const curve = readCurve(district.monitoringCurve);
    const planned = checkpointsOf(d.year, curve);
    await tx.declarationCheckpoint.createMany({
      data: planned.map((c) => ({ declarationId: d.id, seq: c.seq, dueOn: parseCalendarDate(c.dueOn)!, expectedPercent: c.expectedPercent })),
    });
    return {
      target: { type: "PerformanceDeclaration", id: d.id },
      districtId: d.districtId,
      detail: { curve },
      message: `已开启绩效运行监控：${describeCurve(curve)}`,
    };
  },
});

const warningText = (messages: string[], ask: string) => `${messages.join("；")}。${ask}`;

/** 记录监控节点 (again, to correct it, until the self-evaluation is submitted). */
export const recordCheckpointCommand = defineCommand({
  name: "declaration.checkpoint_record",
  schema: recordCheckpointSchema,
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const cp = await tx.declarationCheckpoint.findFirst({
      where: { id: input.checkpointId, declaration: scope.declarations(actor, "declaration:manage") },
      select: { id: true, seq: true, dueOn: true, expectedPercent: true, version: true, declaration: { select: PERFORMANCE_DECLARATION_SELECT } },
    });
    if (!cp) throw new AppError("NOT_FOUND");
    const d = cp.declaration;
    requireAccepted(d);
    await requireOpen(tx, d.id);
    if (cp.version !== input.version) throw new AppError("CONFLICT");

    const indicators = await tx.performanceIndicator.findMany({ where: { declarationId: d.id }, orderBy: { seq: "asc" }, select: INDICATOR_SELECT });
    const byId = new Map(indicators.map((i) => [i.id, i]));
    const typed = new Map<string, (typeof input.rows)[number]>();
    for (const row of input.rows) {
      if (!byId.has(row.indicatorId) || typed.has(row.indicatorId)) throw new AppError("CONFLICT", "绩效指标已变更，请刷新页面后重新填写。");
      typed.set(row.indicatorId, row);
    }
    const dueOn = formatCalendarDate(cp.dueOn);
    const live = await linkedValues(tx, d, indicators, countingDay(dueOn, formatDate(new Date())));

    const errors: FieldErrors = {};
    const progress = indicators.map((i) => {
      const row = typed.get(i.id);
      const linked = live.has(i.id);
      const actualValue = linked ? live.get(i.id)! : (row?.actualValue ?? null);
      if (!linked && row && actualValue !== null && i.operator !== "QUALITATIVE" && parseDecimal(actualValue) === null) {
        errors[`rows.${row.index}.actualValue`] = ["实际完成值应为数值，如 58 或 95%"];
      }
      const progressPercent = row?.progressPercent ?? progressFromActual(i.operator, targetOf(i), actualValue);
      return { indicatorId: i.id, actualValue, progressPercent, note: row?.note ?? null };
    });
    if (Object.keys(errors).length) throw new AppError("VALIDATION", "提交的内容有误，请按提示修改。", errors);

    const total = toFen(d.totalAmount);
    const warnings = checkpointWarnings({
      expectedPercent: cp.expectedPercent, spent: input.spentAmount, total,
      progress: progress.flatMap((p) => (p.progressPercent === null ? [] : [p.progressPercent])),
    });
    if (warnings.length) {
      const messages = warnings.map((w) => w.message);
      if (!input.deviationReason) errors.deviationReason = [warningText(messages, DEVIATION_REASON_REQUIRED)];
      if (!input.correctiveMeasure) errors.correctiveMeasure = [warningText(messages, CORRECTIVE_MEASURE_REQUIRED)];
      if (Object.keys(errors).length) throw new AppError("VALIDATION", `${messages.join("；")}，请填写偏差原因和纠偏措施。`, errors);
    }

    const moved = await tx.declarationCheckpoint.updateMany({
      where: { id: cp.id, version: cp.version },
      data: {
        spentAmount: toDecimalString(input.spentAmount),
        deviationReason: input.deviationReason, correctiveMeasure: input.correctiveMeasure,
        recordedAt: new Date(), recordedById: actor.userId, version: { increment: 1 },
      },
    });
    if (moved.count !== 1) throw new AppError("CONFLICT");
    await tx.indicatorProgress.deleteMany({ where: { checkpointId: cp.id } });
    const kept = progress.filter((p) => p.actualValue !== null || p.progressPercent !== null || p.note !== null);
    if (kept.length) await tx.indicatorProgress.createMany({ data: kept.map((p) => ({ checkpointId: cp.id, ...p })) });
    return {
      target: { type: "DeclarationCheckpoint", id: cp.id },
      districtId: d.districtId,
      detail: { declarationId: d.id, seq: cp.seq, dueOn, spentAmount: toDecimalString(input.spentAmount), warnings: warnings.map((w) => w.kind) },
      message: warnings.length ? `已记录第 ${cp.seq} 个监控节点（${warnings.map((w) => w.message).join("；")}）` : `已记录第 ${cp.seq} 个监控节点`,
    };
  },
});

/** The indicator, if the actor's unit declared its (accepted, still open) declaration. */
async function managedIndicator(tx: Tx, actor: Actor, indicatorId: string) {
  const i = await tx.performanceIndicator.findFirst({
    where: { id: indicatorId, declaration: scope.declarations(actor, "declaration:manage") },
    select: { id: true, seq: true, name: true, metricKey: true, declaration: { select: PERFORMANCE_DECLARATION_SELECT } },
  });
  if (!i) throw new AppError("NOT_FOUND");
  requireAccepted(i.declaration);
  await requireOpen(tx, i.declaration.id);
  return i;
}

/** 关联平台统计: from now on the indicator's actual value is the count, read live. */
export const linkMetricCommand = defineCommand({
  name: "declaration.metric_link",
  schema: linkMetricSchema,
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const i = await managedIndicator(tx, actor, input.indicatorId);
    await tx.performanceIndicator.update({ where: { id: i.id }, data: { metricKey: input.metricKey } });
    return {
      target: { type: "PerformanceIndicator", id: i.id },
      districtId: i.declaration.districtId,
      detail: { declarationId: i.declaration.id, seq: i.seq, from: i.metricKey, to: input.metricKey },
      message: `「${i.name || `第 ${i.seq} 项指标`}」已关联平台统计：${metricLabel(input.metricKey)}`,
    };
  },
});

/** 取消关联: the actual value is typed again. */
export const unlinkMetricCommand = defineCommand({
  name: "declaration.metric_unlink",
  schema: unlinkMetricSchema,
  permission: "declaration:manage",
  run: async ({ input, actor, tx }) => {
    const i = await managedIndicator(tx, actor, input.indicatorId);
    await tx.performanceIndicator.update({ where: { id: i.id }, data: { metricKey: null } });
    return {
      target: { type: "PerformanceIndicator", id: i.id },
      districtId: i.declaration.districtId,
      detail: { declarationId: i.declaration.id, seq: i.seq, from: i.metricKey, to: null },
      message: `「${i.name || `第 ${i.seq} 项指标`}」已取消关联，实际完成值改为手工填写`,
    };
  },
});
