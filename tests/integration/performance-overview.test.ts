// 执行监控总览: every accepted declaration of a year the actor reads, with its latest recorded checkpoint read as the
// monitoring tab reads it — execution lagging the curve and progress diverging from spending flagged by the same
// rules (exactly on the curve, exactly 10 points apart: not flagged; one 分 less: flagged) — whether the reason was
// given, and the self-evaluation's grade once submitted. The bureau sees its district's, a street office and a
// contractor what they declared, a station nobody's, another district none of these.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { DeclarationKind, IndicatorKind, IndicatorOperator, SubmissionStatus } from "@/generated/prisma/enums";
import { MonitoringOverview } from "@/features/performance/components/monitoring-overview";
import { openEvaluationCommand, saveEvaluationCommand } from "@/features/performance/evaluation";
import { reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { openMonitoringCommand, recordCheckpointCommand } from "@/features/performance/monitoring";
import { monitoringOverview, overviewYear, readsDeclarationsAtBureau, type MonitoringOverviewRow } from "@/features/performance/overview";
import { monitoringPage } from "@/features/performance/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { uniq } from "../../prisma/seed/factories";
import { buildWorld, type World } from "../support/world";

let w: World;
let lagging: string; // the bureau's: 20% spent by the end of April (25% due)
let diverging: string; // streets[0]'s: 30% spent, progress 45%
let onCurve: string; // contractors[0]'s: in step at both recorded checkpoints; self-evaluated
let boundary: string; // the bureau's: exactly 25% spent, progress exactly 10 points ahead
let department: string; // the bureau's department-wide declaration
let project: string; // a project under it, monitoring not opened
let otherDistrict: string;

const TODAY = "2026-07-15";

type IndicatorSpec = { kind: IndicatorKind; name: string; operator: IndicatorOperator; annualValue: string; target?: string | null; unit?: string | null; weight?: string | null };

const ONE_INDICATOR: IndicatorSpec[] = [{ kind: "OUTPUT", name: "服务人次", operator: "GTE", annualValue: "≥100人次", target: "100", unit: "人次" }];
const SCORED_INDICATORS: IndicatorSpec[] = [
  { kind: "OUTPUT", name: "新开个案数", operator: "GTE", annualValue: "≥10个", target: "10", unit: "个", weight: "50" },
  { kind: "BENEFIT", name: "社区服务能力提升", operator: "QUALITATIVE", annualValue: "明显提升", weight: "30" },
  { kind: "SATISFACTION", name: "服务对象满意度", operator: "GTE", annualValue: "≥90%", target: "90", unit: "%", weight: "10" },
];

async function declaration(opts: {
  districtId: string; createdById: string; bureauId?: string; streetOfficeId?: string; contractorId?: string;
  kind?: DeclarationKind; status?: SubmissionStatus; year?: number; total?: string; parentId?: string; indicators?: IndicatorSpec[];
}) {
  const d = await db.performanceDeclaration.create({
    data: {
      districtId: opts.districtId, kind: opts.kind ?? "PROJECT", year: opts.year ?? 2026, name: `测试项目${uniq()}`, status: opts.status ?? "ACCEPTED", createdById: opts.createdById,
      bureauId: opts.bureauId ?? null, streetOfficeId: opts.streetOfficeId ?? null, contractorId: opts.contractorId ?? null, totalAmount: opts.total ?? "100000.00",
      parentId: opts.parentId ?? null, annualGoal: "完成年度目标",
    },
  });
  const indicators = opts.indicators ?? ONE_INDICATOR;
  await db.performanceIndicator.createMany({
    data: indicators.map((i, k) => ({
      declarationId: d.id, seq: k + 1, kind: i.kind, level1Label: { OUTPUT: "产出指标", BENEFIT: "效益指标", SATISFACTION: "满意度指标" }[i.kind], level2Label: "数量指标",
      name: i.name, operator: i.operator, annualValue: i.annualValue, target: i.target ?? null, unit: i.unit ?? null, weight: i.weight ?? null,
    })),
  });
  return d.id;
}

const indicatorIds = async (declarationId: string) => (await db.performanceIndicator.findMany({ where: { declarationId }, orderBy: { seq: "asc" }, select: { id: true } })).map((i) => i.id);

/** Records checkpoint `seq` through the command, every indicator at `progress`%. */
async function record(actor: Actor, declarationId: string, seq: number, spentAmount: string, progress: number, reason?: string) {
  const cp = await db.declarationCheckpoint.findUniqueOrThrow({ where: { declarationId_seq: { declarationId, seq } } });
  const ids = await indicatorIds(declarationId);
  const rows = Object.fromEntries(ids.flatMap((id, k) => [[`rows.${k}.indicatorId`, id], [`rows.${k}.progressPercent`, String(progress)]]));
  const r = await recordCheckpointCommand.execute(actor, {
    checkpointId: cp.id, version: String(cp.version), spentAmount, ...rows,
    ...(reason ? { deviationReason: reason, correctiveMeasure: "下月补齐" } : {}),
  });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

async function open(actor: Actor, declarationId: string) {
  expect(await openMonitoringCommand.execute(actor, { declarationId })).toMatchObject({ ok: true });
}

const rowOf = (rows: MonitoringOverviewRow[], id: string) => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw new Error(`${id} not in the overview`);
  return row;
};
const ids = (rows: MonitoringOverviewRow[]) => rows.map((r) => r.id).sort();

beforeAll(async () => {
  w = await buildWorld();
  const a = w.a;
  const bureau = { districtId: a.district.id, createdById: a.users.bureauStaff.id, bureauId: a.bureau.id };
  lagging = await declaration(bureau);
  diverging = await declaration({ districtId: a.district.id, createdById: a.users.streetStaff.id, streetOfficeId: a.streets[0].id });
  onCurve = await declaration({ districtId: a.district.id, createdById: a.users.contractorAdmin.id, contractorId: a.contractors[0].id, indicators: SCORED_INDICATORS });
  boundary = await declaration(bureau);
  department = await declaration({ ...bureau, kind: "DEPARTMENT", total: "500000.00" });
  project = await declaration({ ...bureau, parentId: department, total: "200000.00" });
  // Not in the 2026 overview: a draft project under the same department-wide declaration, a draft, another year, another district.
  await declaration({ ...bureau, parentId: department, status: "DRAFT" });
  await declaration({ districtId: a.district.id, createdById: a.users.streetStaff.id, streetOfficeId: a.streets[0].id, status: "SUBMITTED" });
  await declaration({ ...bureau, year: 2025 });
  otherDistrict = await declaration({ districtId: w.b.district.id, createdById: w.b.users.bureauStaff.id, bureauId: w.b.bureau.id });

  for (const [actor, id] of [[a.actors.bureauStaff, lagging], [a.actors.streetStaff, diverging], [a.actors.contractorAdmin, onCurve], [a.actors.bureauStaff, boundary], [a.actors.bureauStaff, department]] as const) {
    await open(actor, id);
  }
  await open(w.b.actors.bureauStaff, otherDistrict);
  // 25% by 2026-04-30, 40% by 2026-06-30 (the default curve); total 100000 元.
  await record(a.actors.bureauStaff, lagging, 1, "20000", 20, "采购延后");
  await record(a.actors.streetStaff, diverging, 1, "30000", 45, "活动提前开展，经费尚未结算");
  await record(a.actors.contractorAdmin, onCurve, 1, "30000", 30);
  await record(a.actors.contractorAdmin, onCurve, 2, "45000", 45);
  await record(a.actors.bureauStaff, boundary, 1, "25000", 35);
  await record(a.actors.bureauStaff, department, 1, "150000", 30);
  await record(a.actors.bureauStaff, department, 2, "200000", 40);
  await record(w.b.actors.bureauStaff, otherDistrict, 1, "10000", 10, "乙区采购延后");
});

describe("flags", () => {
  it("lagging the curve is flagged, with the reason given", async () => {
    const r = rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), lagging);
    expect(r).toMatchObject({
      lags: true, diverges: false, explained: true, opened: true, checkpointCount: 4, recordedCount: 1, total: 10000000, unit: w.a.bureau.name, unitType: "bureau",
      latest: { seq: 1, dueOn: "2026-04-30", expectedPercent: 25, spent: 2000000, executionBp: 2000, progressBp: 2000, deviationReason: "采购延后", correctiveMeasure: "下月补齐" },
    });
    expect(r.latest!.warnings.map((x) => x.kind)).toEqual(["LAG"]);
    // The second checkpoint (2026-06-30) is due by the 15th of July and not recorded.
    expect(r.pendingDue).toBe(1);
    expect((await monitoringOverview(w.a.actors.bureauReviewer, 2026, "2026-06-29")).find((x) => x.id === lagging)!.pendingDue).toBe(0);
  });

  it("progress diverging from spending is flagged", async () => {
    const r = rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), diverging);
    expect(r).toMatchObject({ lags: false, diverges: true, explained: true, unitType: "street", unit: w.a.streets[0].name, latest: { executionBp: 3000, progressBp: 4500 } });
    expect(r.latest!.warnings.map((x) => x.kind)).toEqual(["DIVERGENCE"]);
  });

  it("a declaration on the curve is not flagged; the latest recorded checkpoint is shown", async () => {
    const r = rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), onCurve);
    expect(r).toMatchObject({
      lags: false, diverges: false, explained: false, recordedCount: 2, pendingDue: 0, unitType: "contractor",
      latest: { seq: 2, dueOn: "2026-06-30", expectedPercent: 40, executionBp: 4500, progressBp: 4500, warnings: [] },
    });
  });

  it("exactly on the curve and exactly 10 points apart is not flagged; one 分 under the curve is", async () => {
    let r = rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), boundary);
    expect(r).toMatchObject({ lags: false, diverges: false, latest: { executionBp: 2500, progressBp: 3500, warnings: [] } });
    await record(w.a.actors.bureauStaff, boundary, 1, "24999.99", 25, "一笔报销延后");
    r = rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), boundary);
    // 24999.99 / 100000 rounds to 25.00% for display, and still lags.
    expect(r).toMatchObject({ lags: true, diverges: false, explained: true, latest: { executionBp: 2500, warnings: [{ kind: "LAG" }] } });
  });

  it("the same warnings as the monitoring tab", async () => {
    const overview = await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY);
    for (const id of [lagging, diverging, onCurve, boundary, department]) {
      const page = (await monitoringPage(w.a.actors.bureauReviewer, id, TODAY))!;
      const last = page.checkpoints.filter((c) => c.recorded).at(-1)!;
      expect(rowOf(overview, id).latest, id).toMatchObject({ seq: last.seq, executionBp: last.executionBp, progressBp: last.progressBp, warnings: last.warnings });
    }
  });

  it("a department-wide declaration and its accepted projects, the projects under it; drafts, other years and districts left out", async () => {
    const rows = await monitoringOverview(w.a.actors.bureauStaff, 2026, TODAY);
    expect(ids(rows)).toEqual([lagging, diverging, onCurve, boundary, department, project].sort());
    const at = rows.findIndex((r) => r.id === department);
    expect(rows[at + 1]).toMatchObject({ id: project, nested: true, parent: { id: department }, opened: false, latest: null, lags: false, diverges: false, evaluation: null });
    expect(rows[at]).toMatchObject({ kind: "DEPARTMENT", nested: false, parent: null, total: 50000000, latest: { seq: 2, executionBp: 4000, warnings: [] } });
    expect(await monitoringOverview(w.a.actors.bureauStaff, 2025, TODAY)).toHaveLength(1);
    expect(await monitoringOverview(w.a.actors.bureauStaff, 2027, TODAY)).toEqual([]);
  });
});

describe("self-evaluation", () => {
  it("the status while a draft, the total and the grade once submitted", async () => {
    expect(rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), onCurve).evaluation).toBeNull();
    const opened = await openEvaluationCommand.execute(w.a.actors.contractorAdmin, { declarationId: onCurve });
    expect(opened, JSON.stringify(opened)).toMatchObject({ ok: true });
    const ev = await db.declarationEvaluation.findUniqueOrThrow({ where: { declarationId: onCurve } });
    expect(rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), onCurve).evaluation).toEqual({ status: "DRAFT", submitted: false, totalScore: null, grade: null });

    const [output, benefit, satisfaction] = await indicatorIds(onCurve);
    const saved = await saveEvaluationCommand.execute(w.a.actors.contractorAdmin, {
      evaluationId: ev.id, version: String(ev.version), spentAmount: "100000",
      "rows.0.indicatorId": output, "rows.0.actualValue": "7",
      "rows.1.indicatorId": benefit, "rows.1.band": "HIGH", "rows.1.bandPercent": "100",
      "rows.2.indicatorId": satisfaction, "rows.2.actualValue": "95",
    });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    // Saved but not submitted: no grade yet.
    expect(rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), onCurve).evaluation).toMatchObject({ status: "DRAFT", grade: null });
    const submitted = await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, { kind: "EVALUATION", id: ev.id, version: String(ev.version + 1) });
    // Execution 10 + output 50 × 7/10 = 35 + benefit 30 + satisfaction 10 (capped) = 85: 良.
    expect(submitted, JSON.stringify(submitted)).toMatchObject({ ok: true, message: expect.stringMatching(/绩效自评已提交审核：总分 85\.00 分，等级「良」$/) });
    expect(rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), onCurve).evaluation).toEqual({ status: "SUBMITTED", submitted: true, totalScore: 8500, grade: "GOOD" });

    // Returned by the reviewer: open again, no score, no grade; resubmitted and accepted: frozen again.
    const step = async (actor: Actor, step: "return" | "accept") => {
      const cur = await db.declarationEvaluation.findUniqueOrThrow({ where: { id: ev.id } });
      return reviewSubmissionCommand.execute(actor, { kind: "EVALUATION", id: ev.id, version: String(cur.version), step, comment: step === "return" ? "满意度请附调查说明" : "" });
    };
    expect(await step(w.a.actors.bureauReviewer, "return")).toMatchObject({ ok: true });
    expect(rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), onCurve).evaluation).toEqual({ status: "RETURNED", submitted: false, totalScore: null, grade: null });
    const returned = await db.declarationEvaluation.findUniqueOrThrow({ where: { id: ev.id } });
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, { kind: "EVALUATION", id: ev.id, version: String(returned.version) })).toMatchObject({ ok: true });
    expect(await step(w.a.actors.bureauReviewer, "accept")).toMatchObject({ ok: true });
    expect(rowOf(await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY), onCurve).evaluation).toEqual({ status: "ACCEPTED", submitted: true, totalScore: 8500, grade: "GOOD" });
  });
});

describe("scope", () => {
  it("the bureau's staff, reviewers and administrator see their district's", async () => {
    for (const key of ["bureauStaff", "bureauReviewer", "bureauAdmin"] as const) {
      expect(ids(await monitoringOverview(w.a.actors[key], 2026, TODAY)), key).toEqual([lagging, diverging, onCurve, boundary, department, project].sort());
      expect(readsDeclarationsAtBureau(w.a.actors[key]), key).toBe(true);
    }
  });

  it("district b's bureau sees none of a's", async () => {
    for (const key of ["bureauStaff", "bureauReviewer", "bureauAdmin"] as const) {
      const rows = await monitoringOverview(w.b.actors[key], 2026, TODAY);
      expect(ids(rows), key).toEqual([otherDistrict]);
    }
    expect(rowOf(await monitoringOverview(w.b.actors.bureauReviewer, 2026, TODAY), otherDistrict)).toMatchObject({ lags: true, explained: true });
    expect(await monitoringOverview(w.b.actors.streetStaff, 2026, TODAY)).toEqual([]);
  });

  it("a street office and a contractor see only what they declared", async () => {
    expect(ids(await monitoringOverview(w.a.actors.streetStaff, 2026, TODAY))).toEqual([diverging]);
    expect(await monitoringOverview(w.a.actors.otherStreetStaff, 2026, TODAY)).toEqual([]);
    expect(ids(await monitoringOverview(w.a.actors.contractorAdmin, 2026, TODAY))).toEqual([onCurve]);
    // The overview page is the bureau's.
    for (const key of ["streetStaff", "contractorAdmin"] as const) expect(readsDeclarationsAtBureau(w.a.actors[key]), key).toBe(false);
  });

  it("a station's roles, the evaluator, the auditor and the system administrator see nothing", async () => {
    for (const key of ["stationHead", "deputyHead", "socialWorker", "supervisor", "evaluator", "auditor"] as const) {
      expect(await monitoringOverview(w.a.actors[key], 2026, TODAY), key).toEqual([]);
      expect(readsDeclarationsAtBureau(w.a.actors[key]), key).toBe(false);
    }
    expect(await monitoringOverview(w.systemAdmin, 2026, TODAY)).toEqual([]);
    expect(readsDeclarationsAtBureau(w.systemAdmin)).toBe(false);
  });
});

describe("the page's year and table", () => {
  it("the year from ?year=, else the current year in Asia/Shanghai", () => {
    expect(overviewYear("2025")).toBe(2025);
    // 2026-12-31 17:00 UTC is already 2027-01-01 in Shanghai.
    const newYearInShanghai = new Date("2026-12-31T17:00:00Z");
    expect(overviewYear(undefined, newYearInShanghai)).toBe(2027);
    for (const bad of ["", "26", "1999", "2101", "2026x", "../1"]) expect(overviewYear(bad, newYearInShanghai), bad).toBe(2027);
    expect(overviewYear(["2024", "2025"])).toBe(2024);
  });

  it("the table links each declaration to its monitoring and evaluation tabs, with its badges", async () => {
    const rows = await monitoringOverview(w.a.actors.bureauReviewer, 2026, TODAY);
    const html = renderToStaticMarkup(createElement(MonitoringOverview, { rows, year: 2026, currentYear: 2026, area: "bureau", onlyFlagged: false, generatedAt: new Date() }));
    expect(html).toContain(`href="/bureau/declarations/${lagging}/monitoring"`);
    expect(html).toContain(`href="/bureau/declarations/${onCurve}/evaluation"`);
    for (const text of ["执行滞后", "进度偏离", "已说明原因", "未开启监控", "绩效自评已通过", "已通过", "良", "85.00 分", "20.00%", "/ 25%", "100,000.00"]) expect(html, text).toContain(text);
    expect(html.match(/data-warning="LAG"/g)).toHaveLength(2); // lagging and boundary
    expect(html.match(/data-warning="DIVERGENCE"/g)).toHaveLength(1);
    const flaggedOnly = renderToStaticMarkup(createElement(MonitoringOverview, { rows, year: 2026, currentYear: 2026, area: "bureau", onlyFlagged: true, generatedAt: new Date() }));
    expect(flaggedOnly.match(/data-declaration="/g)).toHaveLength(3);
    expect(flaggedOnly).not.toContain(`data-declaration="${onCurve}"`);
  });
});
