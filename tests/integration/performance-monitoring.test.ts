// 绩效运行监控: the declaring unit opens the checkpoints of an accepted declaration from its district's curve,
// records the budget executed and each indicator's progress (linked indicators read live from the platform's
// records over the unit's stations), and must give a reason and a corrective measure when execution lags the curve
// or diverges from progress by more than 10 points. The bureau reads every declaration of its district but records
// only its own; a street office and a contractor only theirs; another district nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { IndicatorKind, IndicatorOperator, SubmissionStatus } from "@/generated/prisma/enums";
import { linkMetricCommand, openMonitoringCommand, recordCheckpointCommand, unlinkMetricCommand } from "@/features/performance/monitoring";
import { metricRange, metricScopeOf, metricValues, satisfactionPercent } from "@/features/performance/metrics";
import { monitoringPage } from "@/features/performance/queries";
import { getPerformanceSettings, savePerformanceSettingsCommand } from "@/features/performance/settings";
import { saveVisitCommand } from "@/features/visits/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createStaffProfile, uniq } from "../../prisma/seed/factories";
import { seedDemoDeclarations2020, type DemoDeclarations2020 } from "../../prisma/seed/demo-declarations-2020";
import { newCase } from "../support/cases";
import { buildWorld, type World } from "../support/world";

let w: World;
let demo: DemoDeclarations2020;
let street: string; // streets[0]'s 2026 declaration
let contractor: string; // contractors[0]'s 2026 declaration
let bureau2026: string;
let draft: string;

type IndicatorSpec = { kind: IndicatorKind; name: string; operator: IndicatorOperator; annualValue: string; target?: string | null; unit?: string | null; weight?: string | null; metricKey?: string | null };

async function declaration(opts: {
  districtId: string; createdById: string; bureauId?: string; streetOfficeId?: string; contractorId?: string; status?: SubmissionStatus; year?: number; total?: string;
  indicators: IndicatorSpec[];
}) {
  const d = await db.performanceDeclaration.create({
    data: {
      districtId: opts.districtId, kind: "PROJECT", year: opts.year ?? 2026, name: `测试项目${uniq()}`, status: opts.status ?? "ACCEPTED", createdById: opts.createdById,
      bureauId: opts.bureauId ?? null, streetOfficeId: opts.streetOfficeId ?? null, contractorId: opts.contractorId ?? null, totalAmount: opts.total ?? "100000.00",
      annualGoal: "完成年度目标",
    },
  });
  await db.performanceIndicator.createMany({
    data: opts.indicators.map((i, k) => ({
      declarationId: d.id, seq: k + 1, kind: i.kind, level1Label: { OUTPUT: "产出指标", BENEFIT: "效益指标", SATISFACTION: "满意度指标" }[i.kind], level2Label: "数量指标",
      name: i.name, operator: i.operator, annualValue: i.annualValue, target: i.target ?? null, unit: i.unit ?? null, weight: i.weight ?? null, metricKey: i.metricKey ?? null,
    })),
  });
  return d.id;
}

const indicatorIds = async (declarationId: string) => (await db.performanceIndicator.findMany({ where: { declarationId }, orderBy: { seq: "asc" }, select: { id: true } })).map((i) => i.id);
const checkpoints = (declarationId: string) => db.declarationCheckpoint.findMany({ where: { declarationId }, orderBy: { seq: "asc" } });

const STREET_INDICATORS: IndicatorSpec[] = [
  { kind: "OUTPUT", name: "新开个案数", operator: "GTE", annualValue: "≥20个", target: "20", unit: "个" },
  { kind: "OUTPUT", name: "探访户数", operator: "GTE", annualValue: "≥100户", target: "100", unit: "户" },
  { kind: "BENEFIT", name: "社区服务能力提升", operator: "QUALITATIVE", annualValue: "明显提升" },
];

beforeAll(async () => {
  w = await buildWorld();
  demo = await seedDemoDeclarations2020(db, { districtId: w.a.district.id, bureauId: w.a.bureau.id, createdById: w.a.users.bureauStaff.id });
  street = await declaration({ districtId: w.a.district.id, createdById: w.a.users.streetStaff.id, streetOfficeId: w.a.streets[0].id, indicators: STREET_INDICATORS });
  contractor = await declaration({
    districtId: w.a.district.id, createdById: w.a.users.contractorAdmin.id, contractorId: w.a.contractors[0].id,
    indicators: [{ kind: "OUTPUT", name: "新开个案数", operator: "GTE", annualValue: "≥10个", target: "10", unit: "个", metricKey: "cases.new" }],
  });
  bureau2026 = await declaration({
    districtId: w.a.district.id, createdById: w.a.users.bureauStaff.id, bureauId: w.a.bureau.id,
    indicators: [{ kind: "OUTPUT", name: "新开个案数", operator: "GTE", annualValue: "≥50个", target: "50", unit: "个", metricKey: "cases.new" }],
  });
  draft = await declaration({ districtId: w.a.district.id, createdById: w.a.users.streetStaff.id, streetOfficeId: w.a.streets[0].id, status: "DRAFT", indicators: STREET_INDICATORS });
});

describe("opening the checkpoints", () => {
  it("the bureau's accepted 2020 declaration: four checkpoints on the default curve", async () => {
    const r = await openMonitoringCommand.execute(w.a.actors.bureauStaff, { declarationId: demo.socialWorkDevelopmentId });
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, message: "已开启绩效运行监控：4月底 25%、6月底 40%、8月底 60%、10月底 80%" });
    const cps = await checkpoints(demo.socialWorkDevelopmentId);
    expect(cps.map((c) => [c.seq, c.dueOn.toISOString().slice(0, 10), c.expectedPercent, c.recordedAt])).toEqual([
      [1, "2020-04-30", 25, null], [2, "2020-06-30", 40, null], [3, "2020-08-31", 60, null], [4, "2020-10-31", 80, null],
    ]);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "declaration.monitoring_open", targetId: demo.socialWorkDevelopmentId } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", districtId: w.a.district.id });
    expect(await openMonitoringCommand.execute(w.a.actors.bureauStaff, { declarationId: demo.socialWorkDevelopmentId })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("only an accepted declaration is monitored", async () => {
    const r = await openMonitoringCommand.execute(w.a.actors.streetStaff, { declarationId: draft });
    expect(r).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "只有审核通过的绩效目标才进行运行监控和绩效自评" });
    expect(await checkpoints(draft)).toEqual([]);
  });

  it("wrong role, wrong unit and wrong district are refused", async () => {
    for (const key of ["bureauReviewer", "bureauAdmin", "evaluator", "auditor", "stationHead", "socialWorker", "supervisor"] as const) {
      expect(await openMonitoringCommand.execute(w.a.actors[key], { declarationId: street }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // The bureau reads the street office's declaration but does not record for it; the other street office and a contractor do not reach it.
    for (const key of ["bureauStaff", "otherStreetStaff", "contractorAdmin"] as const) {
      expect(await openMonitoringCommand.execute(w.a.actors[key], { declarationId: street }), key).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    // A street office does not record the bureau's declaration.
    expect(await openMonitoringCommand.execute(w.a.actors.streetStaff, { declarationId: demo.communityBuildingId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await openMonitoringCommand.execute(w.b.actors.streetStaff, { declarationId: street })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await openMonitoringCommand.execute(w.b.actors.bureauStaff, { declarationId: demo.communityBuildingId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await openMonitoringCommand.execute(w.systemAdmin, { declarationId: street })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await checkpoints(street)).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "declaration.monitoring_open", outcome: "DENIED" } })).toBeGreaterThan(0);
  });

  it("the declaring units open their own", async () => {
    expect(await openMonitoringCommand.execute(w.a.actors.streetStaff, { declarationId: street })).toMatchObject({ ok: true });
    expect(await openMonitoringCommand.execute(w.a.actors.contractorAdmin, { declarationId: contractor })).toMatchObject({ ok: true });
    expect(await openMonitoringCommand.execute(w.a.actors.bureauStaff, { declarationId: bureau2026 })).toMatchObject({ ok: true });
    expect((await checkpoints(street)).map((c) => c.dueOn.toISOString().slice(0, 10))).toEqual(["2026-04-30", "2026-06-30", "2026-08-31", "2026-10-31"]);
  });

  it("a curve the district configured is used for declarations opened afterwards", async () => {
    const settings = (await getPerformanceSettings(w.a.actors.bureauAdmin))!;
    expect(settings).toMatchObject({ curveIsDefault: true, weightsAreDefault: true });
    const saved = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, {
      districtId: w.a.district.id, previous: settings.stamp,
      "curve.0.month": "3", "curve.0.percent": "20", "curve.1.month": "7", "curve.1.percent": "50", "curve.2.month": "11", "curve.2.percent": "90", "curve.3.month": "", "curve.3.percent": "",
      EXECUTION: "10", OUTPUT: "50", BENEFIT: "30", SATISFACTION: "10",
    });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    expect(await openMonitoringCommand.execute(w.a.actors.bureauStaff, { declarationId: demo.communityBuildingId })).toMatchObject({ ok: true });
    expect((await checkpoints(demo.communityBuildingId)).map((c) => [c.dueOn.toISOString().slice(0, 10), c.expectedPercent])).toEqual([["2020-03-31", 20], ["2020-07-31", 50], ["2020-11-30", 90]]);
    // Declarations opened before keep their checkpoints.
    expect(await checkpoints(demo.socialWorkDevelopmentId)).toHaveLength(4);
    // Back to the defaults for the rest of the file.
    const now = (await getPerformanceSettings(w.a.actors.bureauAdmin))!;
    expect(await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, { districtId: w.a.district.id, action: "reset", previous: now.stamp })).toMatchObject({ ok: true, message: "已恢复默认设置" });
    expect(await getPerformanceSettings(w.a.actors.bureauAdmin)).toMatchObject({ curveIsDefault: true });
  });
});

describe("district settings for the curve and the points", () => {
  const base = (extra: Record<string, string>) => ({ districtId: w.a.district.id, EXECUTION: "10", OUTPUT: "50", BENEFIT: "30", SATISFACTION: "10", "curve.0.month": "4", "curve.0.percent": "25", ...extra });

  it("months ascending, percents ascending 0–100, points adding up to 100", async () => {
    const descending = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ "curve.1.month": "3", "curve.1.percent": "40" }));
    expect(descending).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(descending.ok ? null : descending.fieldErrors?.curve?.[0]).toMatch(/第 2 个节点的月份应晚于上一个节点/);
    const flat = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ "curve.1.month": "6", "curve.1.percent": "25" }));
    expect(flat.ok ? null : flat.fieldErrors?.curve?.[0]).toMatch(/执行进度应高于上一个节点/);
    const over = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ "curve.0.percent": "101" }));
    expect(over.ok ? null : over.fieldErrors?.["curve.0.percent"]?.[0]).toBe("执行进度（%）应为 0–100 之间的整数");
    const month = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ "curve.0.month": "13" }));
    expect(month.ok ? null : month.fieldErrors?.["curve.0.month"]?.[0]).toBe("月份应为 1–12 之间的整数");
    const none = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ "curve.0.month": "", "curve.0.percent": "" }));
    expect(none.ok ? null : none.fieldErrors?.curve?.[0]).toBe("请至少设置一个监控节点");
    const sum = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ SATISFACTION: "11" }));
    expect(sum.ok ? null : sum.fieldErrors?.weights?.[0]).toBe("各项分值合计应为 100 分（现为 101 分）");
    const missing = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ BENEFIT: "" }));
    expect(missing.ok ? null : missing.fieldErrors?.BENEFIT?.[0]).toBe("请填写效益指标分值");
    expect(await getPerformanceSettings(w.a.actors.bureauAdmin)).toMatchObject({ curveIsDefault: true, weightsAreDefault: true });
  });

  it("a stale form is a conflict", async () => {
    const r = await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, base({ previous: JSON.stringify({ curve: [{ month: 1, percent: 1 }], weights: null }) }));
    expect(r).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("only the district's bureau administrator", async () => {
    for (const key of ["bureauStaff", "bureauReviewer", "streetStaff", "contractorAdmin", "socialWorker", "auditor"] as const) {
      expect(await savePerformanceSettingsCommand.execute(w.a.actors[key], base({})), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await getPerformanceSettings(w.a.actors[key]), key).toBeNull();
    }
    expect(await savePerformanceSettingsCommand.execute(w.b.actors.bureauAdmin, base({}))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await savePerformanceSettingsCommand.execute(w.systemAdmin, base({}))).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});

describe("linked indicators count the unit's records, live", () => {
  async function visit(actor: Actor, visitedAt: string, households: number) {
    const r = await saveVisitCommand.execute(actor, {
      target: "高龄老人", serviceDomain: "ELDERLY", visitType: "HOME", visitedAt, place: "居民小组", content: "探访",
      householdCount: "", ...Object.fromEntries(Array.from({ length: households }, (_, i) => [`households.${i}.name`, `户${i}`])),
    });
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  }

  it("links and unlinks; wrong unit, role and district are refused", async () => {
    const [first, second] = await indicatorIds(street);
    for (const key of ["bureauStaff", "otherStreetStaff", "contractorAdmin"] as const) {
      expect(await linkMetricCommand.execute(w.a.actors[key], { indicatorId: first, metricKey: "cases.new" }), key).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await linkMetricCommand.execute(w.a.actors.bureauReviewer, { indicatorId: first, metricKey: "cases.new" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await linkMetricCommand.execute(w.b.actors.streetStaff, { indicatorId: first, metricKey: "cases.new" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const unknown = await linkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: first, metricKey: "staff.trained" });
    expect(unknown.ok ? null : unknown.fieldErrors?.metricKey?.[0]).toBe("请选择平台统计项");
    // A draft is linked in its editor, not here.
    const [draftFirst] = await indicatorIds(draft);
    expect(await linkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: draftFirst, metricKey: "cases.new" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });

    expect(await linkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: first, metricKey: "cases.new" })).toMatchObject({ ok: true, message: "「新开个案数」已关联平台统计：新开个案（个）" });
    expect(await linkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: second, metricKey: "visits.households" })).toMatchObject({ ok: true });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "declaration.metric_link", targetId: first } })).toMatchObject({ outcome: "SUCCESS", detail: { from: null, to: "cases.new" } });
    expect(await unlinkMetricCommand.execute(w.a.actors.bureauStaff, { indicatorId: second })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await unlinkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: second })).toMatchObject({ ok: true });
    expect((await db.performanceIndicator.findUniqueOrThrow({ where: { id: second } })).metricKey).toBeNull();
    expect(await linkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: second, metricKey: "visits.households" })).toMatchObject({ ok: true });
  });

  it("the value changes when records are added — at the unit's stations only, within the year up to the checkpoint", async () => {
    const [first, second] = await indicatorIds(street);
    const before = (await monitoringPage(w.a.actors.streetStaff, street))!;
    const cp1 = before.checkpoints[0];
    expect(cp1.countedTo).toBe("2026-04-30");
    expect(cp1.live).toEqual({ [first]: "0", [second]: "0" });

    await newCase(w.a.actors.socialWorker, { firstContactOn: "2026-03-02" }); // stations[0]: streets[0], contractors[0]
    await newCase(w.a.actors.socialWorker, { firstContactOn: "2026-05-10" }); // after checkpoint 1
    await newCase(w.a.actors.remoteWorker, { firstContactOn: "2026-03-03" }); // stations[1]: the other street and contractor
    await newCase(w.a.actors.socialWorker, { firstContactOn: "2025-12-30" }); // the year before
    await visit(w.a.actors.socialWorker, "2026-04-02T10:00", 3);

    const after = (await monitoringPage(w.a.actors.streetStaff, street))!;
    expect(after.checkpoints[0].live).toEqual({ [first]: "1", [second]: "3" });
    expect(after.checkpoints[1].live).toEqual({ [first]: "2", [second]: "3" });
    expect(after.liveNow).toEqual({ [first]: "2", [second]: "3" });
    // The contractor's declaration counts the stations it runs; the bureau's the whole district.
    const [cFirst] = await indicatorIds(contractor);
    expect((await monitoringPage(w.a.actors.contractorAdmin, contractor))!.liveNow).toEqual({ [cFirst]: "2" });
    const [bFirst] = await indicatorIds(bureau2026);
    expect((await monitoringPage(w.a.actors.bureauStaff, bureau2026))!.liveNow).toEqual({ [bFirst]: "3" });
  });

  it("stations, certified staff and satisfaction from the case 评估表", async () => {
    const scope = await metricScopeOf(db, { districtId: w.a.district.id, bureauId: null, streetOfficeId: w.a.streets[0].id, contractorId: null });
    expect(scope.stationIds).toEqual([w.a.stations[0].id]);
    const range = metricRange(2026, "2026-12-31");
    const keys = ["stations.established", "stations.total", "staff.certified", "staff.active", "satisfaction.average", "satisfaction.evaluations"];
    expect(await metricValues(db, scope, range, keys)).toEqual({
      "stations.established": "0", "stations.total": "1", "staff.certified": "0", "staff.active": "0", "satisfaction.average": null, "satisfaction.evaluations": "0",
    });
    await db.station.update({ where: { id: w.a.stations[0].id }, data: { establishedOn: new Date(Date.UTC(2026, 2, 1)) } });
    await createStaffProfile(db, { districtId: w.a.district.id, stationId: w.a.stations[0].id, certificateLevel: "ASSISTANT" });
    await createStaffProfile(db, { districtId: w.a.district.id, stationId: w.a.stations[0].id, certificateLevel: "NONE" });
    await createStaffProfile(db, { districtId: w.a.district.id, stationId: w.a.stations[1].id, certificateLevel: "INTERMEDIATE" });
    const cases = await db.caseFile.findMany({ where: { stationId: w.a.stations[0].id }, orderBy: { createdAt: "asc" }, take: 2 });
    for (const [c, satisfaction] of [[cases[0], 9], [cases[1], 8]] as const) {
      await db.caseEvaluation.create({ data: { caseFileId: c.id, evaluatedOn: new Date(Date.UTC(2026, 5, 1)), satisfaction, createdById: w.a.users.socialWorker.id } });
    }
    expect(await metricValues(db, scope, range, keys)).toEqual({
      "stations.established": "1", "stations.total": "1", "staff.certified": "1", "staff.active": "2", "satisfaction.average": "85.00", "satisfaction.evaluations": "2",
    });
    // Before the station was established, it is not counted yet.
    expect(await metricValues(db, scope, metricRange(2026, "2026-02-01"), ["stations.established", "stations.total"])).toEqual({ "stations.established": "0", "stations.total": "0" });
    expect(satisfactionPercent(28, 3)).toBe("93.33");
    expect(satisfactionPercent(0, 0)).toBeNull();
    expect(metricRange(2026, "2025-12-31")).toBeNull();
  });
});

describe("recording a checkpoint", () => {
  it("a lag needs a reason and a corrective measure (the message on the field)", async () => {
    const [first, second, third] = await indicatorIds(street);
    const cp = (await checkpoints(street))[0]; // 25% by 2026-04-30, total 100000
    const input = { checkpointId: cp.id, version: String(cp.version), spentAmount: "20000.00", "rows.0.indicatorId": first, "rows.1.indicatorId": second, "rows.2.indicatorId": third, "rows.2.progressPercent": "25" }; // progress (5 + 3 + 25) / 3 = 11: in step with 20
    const r = await recordCheckpointCommand.execute(w.a.actors.streetStaff, input);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    if (r.ok) return;
    expect(r.fieldErrors?.deviationReason?.[0]).toBe("预算执行进度 20.00% 低于序时进度 25%。执行进度滞后或偏离目标完成进度，请填写偏差原因");
    expect(r.fieldErrors?.correctiveMeasure?.[0]).toBe("预算执行进度 20.00% 低于序时进度 25%。执行进度滞后或偏离目标完成进度，请填写纠偏措施");
    const onlyReason = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { ...input, deviationReason: "采购延后" });
    expect(onlyReason.ok ? null : Object.keys(onlyReason.fieldErrors ?? {})).toEqual(["correctiveMeasure"]);

    const ok = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { ...input, deviationReason: "采购延后", correctiveMeasure: "5月底前完成采购" });
    expect(ok, JSON.stringify(ok)).toMatchObject({ ok: true, message: "已记录第 1 个监控节点（预算执行进度 20.00% 低于序时进度 25%）" });
    const saved = await db.declarationCheckpoint.findUniqueOrThrow({ where: { id: cp.id }, include: { progress: true } });
    expect(saved).toMatchObject({ deviationReason: "采购延后", correctiveMeasure: "5月底前完成采购", recordedById: w.a.users.streetStaff.id, version: cp.version + 1 });
    expect(saved.spentAmount?.toFixed(2)).toBe("20000.00");
    // Linked rows: the count as of the checkpoint (typed values are not asked for), progress from actual / target.
    const progress = Object.fromEntries(saved.progress.map((p) => [p.indicatorId, [p.actualValue, p.progressPercent]]));
    expect(progress).toEqual({ [first]: ["1", 5], [second]: ["3", 3], [third]: [null, 25] });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "declaration.checkpoint_record", targetId: cp.id } })).toMatchObject({ outcome: "SUCCESS", detail: { seq: 1, spentAmount: "20000.00", warnings: ["LAG"] } });
    // The page shows the warning with the reason.
    const page = (await monitoringPage(w.a.actors.bureauReviewer, street))!;
    expect(page.checkpoints[0]).toMatchObject({ recorded: true, executionBp: 2000, warnings: [{ kind: "LAG" }], deviationReason: "采购延后", recordedBy: "甲streetStaff" });
  });

  it("progress and spending: exactly 10 points apart is fine, more needs a reason", async () => {
    const [first, second, third] = await indicatorIds(street);
    await unlinkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: first });
    await unlinkMetricCommand.execute(w.a.actors.streetStaff, { indicatorId: second });
    const cp = (await checkpoints(street))[1]; // 40% by 2026-06-30
    const rows = (p: [string, string, string]) => ({
      "rows.0.indicatorId": first, "rows.0.actualValue": "10", "rows.0.progressPercent": p[0],
      "rows.1.indicatorId": second, "rows.1.actualValue": "50", "rows.1.progressPercent": p[1],
      "rows.2.indicatorId": third, "rows.2.progressPercent": p[2],
    });
    // Execution 50%, progress mean (60 + 60 + 60) / 3 = 60: exactly 10 points.
    const exact = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(cp.version), spentAmount: "50000", ...rows(["60", "60", "60"]) });
    expect(exact, JSON.stringify(exact)).toMatchObject({ ok: true, message: "已记录第 2 个监控节点" });
    // Progress mean 61 / 60 / 61 → 60.67: more than 10 points.
    const again = await db.declarationCheckpoint.findUniqueOrThrow({ where: { id: cp.id } });
    const diverging = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(again.version), spentAmount: "50000", ...rows(["61", "60", "61"]) });
    expect(diverging).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(diverging.ok ? null : diverging.fieldErrors?.deviationReason?.[0]).toBe("目标完成进度 60.67% 与预算执行进度 50.00% 偏离超过 10 个百分点。执行进度滞后或偏离目标完成进度，请填写偏差原因");
    // Spending one 分 less than 50%: 10.01 points and more.
    const cent = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(again.version), spentAmount: "49999.99", ...rows(["60", "60", "60"]) });
    expect(cent.ok ? null : Object.keys(cent.fieldErrors ?? {}).sort()).toEqual(["correctiveMeasure", "deviationReason"]);
  });

  it("typed values are checked; a stale form is a conflict", async () => {
    const [first] = await indicatorIds(street);
    const cp = (await checkpoints(street))[2];
    const bad = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(cp.version), spentAmount: "60000", "rows.0.indicatorId": first, "rows.0.actualValue": "约10个" });
    expect(bad.ok ? null : bad.fieldErrors?.["rows.0.actualValue"]?.[0]).toBe("实际完成值应为数值，如 58 或 95%");
    const money = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(cp.version), spentAmount: "60000.123" });
    expect(money.ok ? null : money.fieldErrors?.spentAmount?.[0]).toBe("累计执行金额（元）应为金额（元），最多两位小数，如 12345.60");
    const percent = await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(cp.version), spentAmount: "60000", "rows.0.indicatorId": first, "rows.0.progressPercent": "101" });
    expect(percent.ok ? null : percent.fieldErrors?.["rows.0.progressPercent"]?.[0]).toBe("完成进度（%）应为 0–100 之间的整数");
    expect(await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(cp.version + 1), spentAmount: "60000" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, spentAmount: "60000" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(cp.version), spentAmount: "60000", "rows.0.indicatorId": (await indicatorIds(contractor))[0] })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("wrong role, unit and district are refused; the declaring unit is not", async () => {
    const cp = (await checkpoints(street))[2];
    const input = { checkpointId: cp.id, version: String(cp.version), spentAmount: "60000" };
    for (const key of ["bureauStaff", "otherStreetStaff", "contractorAdmin"] as const) {
      expect(await recordCheckpointCommand.execute(w.a.actors[key], input), key).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    for (const key of ["bureauReviewer", "bureauAdmin", "socialWorker", "stationHead"] as const) {
      expect(await recordCheckpointCommand.execute(w.a.actors[key], input), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await recordCheckpointCommand.execute(w.b.actors.streetStaff, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // The street office on the bureau's declaration.
    const bureauCp = (await checkpoints(demo.socialWorkDevelopmentId))[0];
    expect(await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: bureauCp.id, version: String(bureauCp.version), spentAmount: "200000" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.declarationCheckpoint.findUniqueOrThrow({ where: { id: cp.id } })).recordedAt).toBeNull();
    expect(await recordCheckpointCommand.execute(w.a.actors.streetStaff, input)).toMatchObject({ ok: true });
    // The bureau records its own (000: 800000 元, 25% by April = 200000).
    expect(await recordCheckpointCommand.execute(w.a.actors.bureauStaff, { checkpointId: bureauCp.id, version: String(bureauCp.version), spentAmount: "200000" })).toMatchObject({ ok: true, message: "已记录第 1 个监控节点" });
  });
});

describe("reading the monitoring tab", () => {
  it("the bureau reads every declaration of its district; units read their own; another district nothing", async () => {
    for (const key of ["bureauReviewer", "bureauAdmin", "bureauStaff"] as const) {
      const page = await monitoringPage(w.a.actors[key], street);
      expect(page, key).toMatchObject({ opened: true, canManage: false, canRecord: false });
    }
    expect(await monitoringPage(w.a.actors.streetStaff, street)).toMatchObject({ canManage: true, canRecord: true, scopeLabel: "本街道的社工站" });
    expect(await monitoringPage(w.a.actors.bureauStaff, demo.socialWorkDevelopmentId)).toMatchObject({ canManage: true, canRecord: true, scopeLabel: "全区社工站", total: 80000000 });
    for (const key of ["otherStreetStaff", "contractorAdmin", "socialWorker", "stationHead", "evaluator", "auditor"] as const) {
      expect(await monitoringPage(w.a.actors[key], street), key).toBeNull();
    }
    expect(await monitoringPage(w.a.actors.streetStaff, demo.socialWorkDevelopmentId)).toBeNull();
    expect(await monitoringPage(w.b.actors.bureauReviewer, street)).toBeNull();
    expect(await monitoringPage(w.systemAdmin, street)).toBeNull();
    const draftPage = (await monitoringPage(w.a.actors.streetStaff, draft))!;
    expect(draftPage).toMatchObject({ accepted: false, opened: false, canRecord: false });
  });
});
