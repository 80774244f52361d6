import "server-only";
// 执行监控总览 (issue 5): every accepted declaration of a year the actor reads (scope.declarations, declaration:read —
// the bureau its district's, a street office or a contractor only what it declared), a department-wide one's
// projects included, with its latest recorded checkpoint as the monitoring tab shows it (the same warnings from
// ./curve.ts: execution lags the curve, progress and spending diverge), whether the reason was given, and the
// self-evaluation's status, total and grade once submitted. A bounded number of queries, whatever the count.
import type { DeclarationKind, SubmissionStatus } from "@/generated/prisma/enums";
import { formatCalendarDate, formatDate, parseCalendarDate } from "@/lib/dates";
import { toFen, type Fen } from "@/lib/money";
import { db } from "@/server/db";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { roleLevel, scope } from "@/server/scope";
import { UNIT_SELECT, unitOf } from "@/features/declarations/queries";
import { checkpointWarnings, executionBasisPoints, overallProgressBasisPoints, type CheckpointWarning } from "./curve";
import { GRADE_LABELS, type Grade } from "./scoring";

/** At most this many declarations (as the declarations list). */
export const OVERVIEW_LIMIT = 500;

export type OverviewCheckpoint = {
  seq: number;
  /** YYYY-MM-DD. */
  dueOn: string;
  /** 序时进度 at the checkpoint (%). */
  expectedPercent: number;
  spent: Fen | null;
  /** 预算执行进度, basis points (2500 = 25%). */
  executionBp: number | null;
  /** 目标完成进度 (mean of the indicators' progress), basis points. */
  progressBp: number | null;
  warnings: CheckpointWarning[];
  deviationReason: string | null;
  correctiveMeasure: string | null;
  recordedAt: Date;
};

export type OverviewEvaluation = {
  status: SubmissionStatus;
  /** Submitted (not a draft, not returned): the total and the grade are frozen. */
  submitted: boolean;
  /** Hundredths of a point, once submitted. */
  totalScore: number | null;
  grade: Grade | null;
};

export type MonitoringOverviewRow = {
  id: string;
  kind: DeclarationKind;
  name: string;
  /** The declaring unit. */
  unit: string;
  unitType: "bureau" | "street" | "contractor";
  /** The department-wide declaration a project belongs to. */
  parent: { id: string; name: string } | null;
  /** Listed right under its department-wide declaration. */
  nested: boolean;
  total: Fen;
  /** The checkpoints have been opened. */
  opened: boolean;
  checkpointCount: number;
  recordedCount: number;
  /** Checkpoints whose day has come and that are not recorded yet. */
  pendingDue: number;
  /** The latest recorded checkpoint, as the monitoring tab reads it. */
  latest: OverviewCheckpoint | null;
  lags: boolean;
  diverges: boolean;
  /** A deviation reason is recorded at the latest checkpoint. */
  explained: boolean;
  evaluation: OverviewEvaluation | null;
};

/** The actor reads declarations as the bureau (BUREAU_STAFF, BUREAU_REVIEWER, BUREAU_ADMIN): the overview page is theirs. */
export function readsDeclarationsAtBureau(actor: Actor): boolean {
  return grantingMemberships(actor, "declaration:read").some((m) => roleLevel(m.role) === "bureau");
}

/** The current year in Asia/Shanghai. */
export function currentYear(now = new Date()): number {
  return Number(formatDate(now).slice(0, 4));
}

/** ?year= → a year 2000–2100, or the current one. */
export function overviewYear(raw: string | string[] | undefined, now = new Date()): number {
  const v = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? "";
  return /^\d{4}$/.test(v) && Number(v) >= 2000 && Number(v) <= 2100 ? Number(v) : currentYear(now);
}

const isGrade = (g: string | null): g is Grade => !!g && Object.hasOwn(GRADE_LABELS, g);

/** The accepted declarations of `year` the actor reads, each with its latest checkpoint and its self-evaluation. */
export async function monitoringOverview(actor: Actor, year: number, today = formatDate(new Date())): Promise<MonitoringOverviewRow[]> {
  if (!Number.isInteger(year)) return [];
  const todayDate = parseCalendarDate(today);
  const rows = await db.performanceDeclaration.findMany({
    where: { AND: [scope.declarations(actor, "declaration:read"), { year, status: "ACCEPTED" }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: OVERVIEW_LIMIT,
    select: {
      id: true, kind: true, name: true, totalAmount: true, parentId: true, seq: true,
      parent: { select: { id: true, name: true } },
      ...UNIT_SELECT,
      // At most one a month: a handful of small rows per declaration.
      checkpoints: {
        orderBy: { seq: "asc" },
        select: { id: true, seq: true, dueOn: true, expectedPercent: true, spentAmount: true, deviationReason: true, correctiveMeasure: true, recordedAt: true },
      },
      evaluation: { select: { status: true, totalScore: true, grade: true } },
    },
  });

  // The indicators' progress at each declaration's latest recorded checkpoint only: one query for all of them.
  const latestOf = new Map(rows.map((r) => [r.id, r.checkpoints.filter((c) => c.recordedAt !== null).at(-1) ?? null]));
  const latestIds = [...latestOf.values()].flatMap((c) => (c ? [c.id] : []));
  const progress = new Map<string, number[]>();
  if (latestIds.length) {
    const found = await db.indicatorProgress.findMany({
      where: { checkpointId: { in: latestIds }, progressPercent: { not: null } },
      select: { checkpointId: true, progressPercent: true },
    });
    for (const p of found) (progress.get(p.checkpointId) ?? progress.set(p.checkpointId, []).get(p.checkpointId)!).push(p.progressPercent!);
  }

  const toRow = (r: (typeof rows)[number], nested: boolean): MonitoringOverviewRow => {
    const total = toFen(r.totalAmount);
    const c = latestOf.get(r.id) ?? null;
    let latest: OverviewCheckpoint | null = null;
    if (c) {
      const spent = c.spentAmount === null ? null : toFen(c.spentAmount);
      const percents = progress.get(c.id) ?? [];
      latest = {
        seq: c.seq, dueOn: formatCalendarDate(c.dueOn), expectedPercent: c.expectedPercent, spent,
        executionBp: spent === null ? null : executionBasisPoints(spent, total),
        progressBp: overallProgressBasisPoints(percents),
        warnings: checkpointWarnings({ expectedPercent: c.expectedPercent, spent, total, progress: percents }),
        deviationReason: c.deviationReason, correctiveMeasure: c.correctiveMeasure, recordedAt: c.recordedAt!,
      };
    }
    const ev = r.evaluation;
    const submitted = !!ev && ev.status !== "DRAFT" && ev.status !== "RETURNED";
    const unit = unitOf(r);
    return {
      id: r.id, kind: r.kind, name: r.name, unit: unit.name, unitType: unit.type, parent: r.parent, nested, total,
      opened: r.checkpoints.length > 0,
      checkpointCount: r.checkpoints.length,
      recordedCount: r.checkpoints.filter((x) => x.recordedAt !== null).length,
      pendingDue: todayDate ? r.checkpoints.filter((x) => x.recordedAt === null && x.dueOn <= todayDate).length : 0,
      latest,
      lags: !!latest?.warnings.some((w) => w.kind === "LAG"),
      diverges: !!latest?.warnings.some((w) => w.kind === "DIVERGENCE"),
      explained: !!latest?.deviationReason?.trim(),
      evaluation: ev
        ? { status: ev.status, submitted, totalScore: submitted ? ev.totalScore : null, grade: submitted && isGrade(ev.grade) ? ev.grade : null }
        : null,
    };
  };

  // Projects follow their department-wide declaration (when both are listed), in their order.
  const listed = new Set(rows.map((r) => r.id));
  const children = new Map<string, typeof rows>();
  for (const r of rows) if (r.parentId && listed.has(r.parentId)) (children.get(r.parentId) ?? children.set(r.parentId, []).get(r.parentId)!).push(r);
  const out: MonitoringOverviewRow[] = [];
  for (const r of rows) {
    if (r.parentId && listed.has(r.parentId)) continue;
    out.push(toRow(r, false));
    for (const c of (children.get(r.id) ?? []).sort((a, b) => a.seq - b.seq)) out.push(toRow(c, true));
  }
  return out;
}
