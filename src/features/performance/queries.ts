import "server-only";
// Reading 绩效运行监控 and 绩效自评 of one declaration: through scope.declarations (declaration:read — the bureau
// its district's, a street office or a contractor only what it declared); whether the actor may record them is
// declaration:manage over the same row. Linked indicators show their live counts.
import type { IndicatorKind, IndicatorOperator, QualitativeBand, SubmissionStatus } from "@/generated/prisma/enums";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { INDICATOR_KIND_LABELS } from "@/lib/labels";
import { toFen, type Fen } from "@/lib/money";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { declarationHeader, type DeclarationHeader } from "@/features/declarations/queries";
import { submissionView, type SubmissionViewData } from "@/features/submissions/queries";
import { evaluationClosedMessage, INDICATOR_SELECT, PERFORMANCE_DECLARATION_SELECT, targetOf, weightOf, type IndicatorRow, type PerformanceDeclarationRow } from "./access";
import {
  checkpointWarnings, executionBasisPoints, overallProgressBasisPoints, readCurve, type CheckpointWarning, type CurvePoint,
} from "./curve";
import { isMetricKey, metricLabel } from "./metric-registry";
import { countingDay, linkedValues, metricScopeOf } from "./metrics";
import { scoreEvaluation, type CategoryWeights, type EvaluationScore, type Grade, type IndicatorScore } from "./scoring";
import { effectiveWeights, executionBelow90, executionOf, executionRate, indicatorInputs, readWeights } from "./weights";

export type IndicatorView = {
  id: string;
  seq: number;
  kind: IndicatorKind;
  level1Label: string;
  level2Label: string;
  name: string;
  /** 产出指标 · 数量指标 · 长期从事社会工作人员培训 (the level as scored, the 二级 and 三级 labels as written). */
  label: string;
  operator: IndicatorOperator;
  annualValue: string;
  unit: string | null;
  target: string | null;
  weight: string | null;
  metricKey: string | null;
  /** 新建社工站（个）when linked. */
  metricLabel: string | null;
};

function indicatorView(i: IndicatorRow): IndicatorView {
  const linked = isMetricKey(i.metricKey);
  return {
    id: i.id, seq: i.seq, kind: i.kind, level1Label: i.level1Label, level2Label: i.level2Label, name: i.name, label: [INDICATOR_KIND_LABELS[i.kind], i.level2Label, i.name].filter((t) => t && t.trim()).join(" · "),
    operator: i.operator, annualValue: i.annualValue, unit: i.unit, target: targetOf(i), weight: weightOf(i),
    metricKey: linked ? i.metricKey : null, metricLabel: linked ? metricLabel(i.metricKey!) : null,
  };
}

export type ProgressView = { actualValue: string | null; progressPercent: number | null; note: string | null };

export type CheckpointView = {
  id: string;
  seq: number;
  dueOn: string;
  expectedPercent: number;
  /** The checkpoint's day has come. */
  due: boolean;
  version: number;
  recorded: boolean;
  spent: Fen | null;
  executionBp: number | null;
  progressBp: number | null;
  warnings: CheckpointWarning[];
  deviationReason: string | null;
  correctiveMeasure: string | null;
  recordedAt: Date | null;
  recordedBy: string | null;
  rows: Record<string, ProgressView>;
  /** Linked indicators' counts up to `countedTo` (the checkpoint's day, or today while it is ahead). */
  live: Record<string, string | null>;
  countedTo: string;
};

type Access = { row: PerformanceDeclarationRow; header: DeclarationHeader; canManage: boolean };

/** The declaration as the actor reads it (declaration:read), and whether they record for it (declaration:manage). */
async function access(actor: Actor, id: string): Promise<Access | null> {
  if (typeof id !== "string" || id === "") return null;
  const header = await declarationHeader(actor, id);
  if (!header) return null;
  const [row, managed] = await Promise.all([
    db.performanceDeclaration.findUniqueOrThrow({ where: { id }, select: PERFORMANCE_DECLARATION_SELECT }),
    can(actor, "declaration:manage") ? db.performanceDeclaration.count({ where: { AND: [{ id }, scope.declarations(actor, "declaration:manage")] } }) : 0,
  ]);
  return { row, header, canManage: managed > 0 };
}

async function userNames(ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((v): v is string => !!v))];
  if (wanted.length === 0) return new Map();
  const users = await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, name: true } });
  return new Map(users.map((u) => [u.id, u.name]));
}

export type MonitoringPageData = {
  header: DeclarationHeader;
  year: number;
  total: Fen;
  accepted: boolean;
  opened: boolean;
  /** Why monitoring is closed (the self-evaluation is submitted or accepted); null while it is open. */
  closed: string | null;
  canManage: boolean;
  /** May open the checkpoints / record them / link indicators now. */
  canRecord: boolean;
  indicators: IndicatorView[];
  checkpoints: CheckpointView[];
  /** The district's curve now (what opening would use). */
  curve: CurvePoint[];
  /** Whose records the linked counts cover. */
  scopeLabel: string;
  /** Linked indicators' counts for the year up to today. */
  liveNow: Record<string, string | null>;
  today: string;
};

/** The monitoring tab of a declaration; null when the actor does not read it. */
export async function monitoringPage(actor: Actor, id: string, today = formatDate(new Date())): Promise<MonitoringPageData | null> {
  const a = await access(actor, id);
  if (!a) return null;
  const d = a.row;
  const [indicators, checkpoints, evaluation, district] = await Promise.all([
    db.performanceIndicator.findMany({ where: { declarationId: d.id }, orderBy: { seq: "asc" }, select: INDICATOR_SELECT }),
    db.declarationCheckpoint.findMany({
      where: { declarationId: d.id }, orderBy: { seq: "asc" },
      select: {
        id: true, seq: true, dueOn: true, expectedPercent: true, spentAmount: true, deviationReason: true, correctiveMeasure: true, recordedAt: true, recordedById: true, version: true,
        progress: { select: { indicatorId: true, actualValue: true, progressPercent: true, note: true } },
      },
    }),
    db.declarationEvaluation.findUnique({ where: { declarationId: d.id }, select: { status: true } }),
    db.district.findUniqueOrThrow({ where: { id: d.districtId }, select: { monitoringCurve: true } }),
  ]);
  const total = toFen(d.totalAmount);
  const names = await userNames(checkpoints.map((c) => c.recordedById));
  const scopeInfo = await metricScopeOf(db, d);
  const liveNow = Object.fromEntries(await linkedValues(db, d, indicators, countingDay(`${d.year}-12-31`, today)));
  const views: CheckpointView[] = [];
  for (const c of checkpoints) {
    const dueOn = formatCalendarDate(c.dueOn);
    const countedTo = countingDay(dueOn, today);
    const live = Object.fromEntries(await linkedValues(db, d, indicators, countedTo));
    const spent = c.spentAmount === null ? null : toFen(c.spentAmount);
    const progress = c.progress.flatMap((p) => (p.progressPercent === null ? [] : [p.progressPercent]));
    views.push({
      id: c.id, seq: c.seq, dueOn, expectedPercent: c.expectedPercent, due: dueOn <= today, version: c.version,
      recorded: c.recordedAt !== null, spent, executionBp: spent === null ? null : executionBasisPoints(spent, total),
      progressBp: overallProgressBasisPoints(progress),
      warnings: checkpointWarnings({ expectedPercent: c.expectedPercent, spent, total, progress }),
      deviationReason: c.deviationReason, correctiveMeasure: c.correctiveMeasure, recordedAt: c.recordedAt,
      recordedBy: c.recordedById ? (names.get(c.recordedById) ?? null) : null,
      rows: Object.fromEntries(c.progress.map((p) => [p.indicatorId, { actualValue: p.actualValue, progressPercent: p.progressPercent, note: p.note }])),
      live, countedTo,
    });
  }
  const accepted = d.status === "ACCEPTED";
  const closed = evaluationClosedMessage(evaluation?.status);
  return {
    header: a.header, year: d.year, total, accepted, opened: checkpoints.length > 0, closed, canManage: a.canManage,
    canRecord: a.canManage && accepted && !closed,
    indicators: indicators.map(indicatorView), checkpoints: views, curve: readCurve(district.monitoringCurve),
    scopeLabel: scopeInfo.label, liveNow, today,
  };
}

// ───────────── Self-evaluation ─────────────

export type EvaluationRowView = IndicatorView & {
  actualValue: string | null;
  /** The value is the linked count (live while the evaluation is a draft). */
  live: boolean;
  band: QualitativeBand | null;
  bandPercent: number | null;
  note: string | null;
  /** 分值 as scored (the declaration's, or the level's share). */
  scoredWeight: string;
  score: IndicatorScore;
};

export type EvaluationView = {
  id: string;
  version: number;
  status: SubmissionStatus;
  weights: CategoryWeights;
  spent: Fen | null;
  executionExplanation: string | null;
  problems: string | null;
  improvements: string | null;
  createdAt: Date;
  submittedAt: Date | null;
  submittedBy: string | null;
  /** Accepted by the bureau's reviewer. */
  decidedAt: Date | null;
  /** Frozen on submission (hundredths of a point). */
  totalScore: number | null;
  grade: Grade | null;
};

export type EvaluationReport = {
  declaration: {
    id: string; districtId: string; kind: PerformanceDeclarationRow["kind"]; year: number; name: string; title: string | null; status: SubmissionStatus;
    unitName: string | null; departmentName: string | null; annualGoal: string | null; total: Fen;
  };
  evaluation: EvaluationView | null;
  /** The weights scored with: the evaluation's, or the district's now when none is open yet. */
  weights: CategoryWeights;
  rows: EvaluationRowView[];
  score: EvaluationScore | null;
  executionBp: number | null;
  needsExplanation: boolean;
  scopeLabel: string;
  /** The day the linked counts run to. */
  countedTo: string;
};

/** The self-evaluation of a declaration as it stands (no scope check: callers reach the declaration through scope first). */
export async function evaluationReport(declarationId: string, today = formatDate(new Date())): Promise<EvaluationReport> {
  const d = await db.performanceDeclaration.findUniqueOrThrow({
    where: { id: declarationId },
    select: { ...PERFORMANCE_DECLARATION_SELECT, title: true, unitName: true, departmentName: true, annualGoal: true },
  });
  const [indicators, ev, district] = await Promise.all([
    db.performanceIndicator.findMany({ where: { declarationId: d.id }, orderBy: { seq: "asc" }, select: INDICATOR_SELECT }),
    db.declarationEvaluation.findUnique({
      where: { declarationId: d.id },
      select: {
        id: true, version: true, status: true, weights: true, spentAmount: true, executionExplanation: true, problems: true, improvements: true,
        createdAt: true, submittedAt: true, submittedById: true, decidedAt: true, totalScore: true, grade: true,
        indicators: { select: { indicatorId: true, actualValue: true, band: true, bandPercent: true, note: true } },
      },
    }),
    db.district.findUniqueOrThrow({ where: { id: d.districtId }, select: { evaluationWeights: true } }),
  ]);
  const total = toFen(d.totalAmount);
  const weights = readWeights(ev ? ev.weights : district.evaluationWeights);
  const draft = !ev || ev.status === "DRAFT" || ev.status === "RETURNED";
  const countedTo = countingDay(`${d.year}-12-31`, today);
  const live = draft ? await linkedValues(db, d, indicators, countedTo) : new Map<string, string | null>();
  const saved = new Map(ev?.indicators.map((r) => [r.indicatorId, r]) ?? []);
  const base = indicators.map((i) => {
    const s = saved.get(i.id);
    const isLive = live.has(i.id);
    return {
      view: indicatorView(i), i,
      actualValue: isLive ? live.get(i.id)! : (s?.actualValue ?? null), live: isLive || (!draft && isMetricKey(i.metricKey)),
      band: s?.band ?? null, bandPercent: s?.bandPercent ?? null, note: s?.note ?? null,
    };
  });
  const scored = effectiveWeights(base.map((b) => ({ kind: b.i.kind, weight: weightOf(b.i) })), weights);
  const spent = ev?.spentAmount == null ? null : toFen(ev.spentAmount);
  const score = ev
    ? scoreEvaluation({
        weights,
        execution: executionOf(spent, total),
        indicators: indicatorInputs(base.map((b) => ({
          kind: b.i.kind, operator: b.i.operator, target: targetOf(b.i), weight: weightOf(b.i), actualValue: b.actualValue, band: b.band, bandPercent: b.bandPercent,
        })), weights),
      })
    : null;
  const names = await userNames([ev?.submittedById ?? null]);
  const covered = await metricScopeOf(db, d);
  return {
    declaration: {
      id: d.id, districtId: d.districtId, kind: d.kind, year: d.year, name: d.name, title: d.title, status: d.status,
      unitName: d.unitName, departmentName: d.departmentName, annualGoal: d.annualGoal, total,
    },
    evaluation: ev
      ? {
          id: ev.id, version: ev.version, status: ev.status, weights, spent, executionExplanation: ev.executionExplanation,
          problems: ev.problems, improvements: ev.improvements, createdAt: ev.createdAt, submittedAt: ev.submittedAt, decidedAt: ev.decidedAt,
          submittedBy: ev.submittedById ? (names.get(ev.submittedById) ?? null) : null,
          totalScore: ev.totalScore, grade: (ev.grade as Grade | null) ?? null,
        }
      : null,
    weights,
    rows: base.map((b, k) => ({
      ...b.view, actualValue: b.actualValue, live: b.live, band: b.band, bandPercent: b.bandPercent, note: b.note, scoredWeight: scored[k],
      score: score?.indicators[k] ?? { score: 0, weight: 0, completion: null, problem: null },
    })),
    score,
    executionBp: spent === null ? null : executionRate(spent, total),
    needsExplanation: executionBelow90(spent, total),
    scopeLabel: covered.label,
    countedTo,
  };
}

export type EvaluationPageData = EvaluationReport & {
  header: DeclarationHeader;
  canManage: boolean;
  /** May open the self-evaluation now. */
  canOpen: boolean;
  /** May change and submit it now. */
  canEdit: boolean;
  /** Submission and review (the bureau's reviewers return or accept it); null before it is opened. */
  review: SubmissionViewData | null;
};

/** The self-evaluation tab of a declaration; null when the actor does not read it. */
export async function evaluationPage(actor: Actor, id: string, today = formatDate(new Date())): Promise<EvaluationPageData | null> {
  const a = await access(actor, id);
  if (!a) return null;
  const report = await evaluationReport(a.row.id, today);
  const accepted = a.row.status === "ACCEPTED";
  const ev = report.evaluation;
  const review = ev ? await submissionView(actor, { kind: "EVALUATION", id: ev.id, version: ev.version, status: ev.status }, a.canManage) : null;
  return {
    ...report, header: a.header, canManage: a.canManage, review,
    canOpen: a.canManage && accepted && !ev,
    canEdit: a.canManage && accepted && !!ev && (ev.status === "DRAFT" || ev.status === "RETURNED"),
  };
}

/** For exports: the declaration if the actor reads it (declaration:read), else null. */
export async function readableDeclaration(actor: Actor, id: string) {
  if (typeof id !== "string" || id === "" || id.length > 64) return null;
  return db.performanceDeclaration.findFirst({ where: { AND: [{ id }, scope.declarations(actor, "declaration:read")] }, select: { id: true, districtId: true, name: true, year: true } });
}
