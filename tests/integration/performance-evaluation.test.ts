// 绩效自评: the declaring unit opens the year-end self-evaluation of an accepted declaration (values from the last
// checkpoint, linked indicators live, the district's points frozen with it), saves it, and submits it complete —
// execution below 90% explained — with the total and the grade frozen as the scoring engine computes them. The
// bureau reads its district's evaluations but records only its own; exports to Word and Excel are audited.
import { inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { IndicatorKind, IndicatorOperator } from "@/generated/prisma/enums";
import { openEvaluationCommand, saveEvaluationCommand } from "@/features/performance/evaluation";
import { returnedDeclarationTodo, reviewQueue } from "@/features/reviews/queries";
import { reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { exportEvaluation } from "@/features/performance/export";
import { linkMetricCommand, openMonitoringCommand, recordCheckpointCommand } from "@/features/performance/monitoring";
import { evaluationPage, evaluationReport, monitoringPage } from "@/features/performance/queries";
import { scoreEvaluation } from "@/features/performance/scoring";
import { getPerformanceSettings, savePerformanceSettingsCommand } from "@/features/performance/settings";
import { db } from "@/server/db";
import { uniq } from "../../prisma/seed/factories";
import { seedDemoDeclarations2020, type DemoDeclarations2020 } from "../../prisma/seed/demo-declarations-2020";
import { newCase } from "../support/cases";
import { ALL_ACTOR_KEYS, actorOf, buildWorld, type World } from "../support/world";

let w: World;
let demo: DemoDeclarations2020;
let scored: string; // the bureau's, 4 weighted indicators
let street: string; // streets[0]'s: one quantitative, one qualitative
let contractor: string; // contractors[0]'s, evaluated with the district's configured points
let draft: string;

type IndicatorSpec = { kind: IndicatorKind; name: string; operator: IndicatorOperator; annualValue: string; target?: string | null; unit?: string | null; weight?: string | null; metricKey?: string | null };

async function declaration(opts: { createdById: string; bureauId?: string; streetOfficeId?: string; contractorId?: string; status?: "ACCEPTED" | "DRAFT"; total?: string; indicators: IndicatorSpec[] }) {
  const d = await db.performanceDeclaration.create({
    data: {
      districtId: w.a.district.id, kind: "PROJECT", year: 2026, name: `测试项目${uniq()}`, status: opts.status ?? "ACCEPTED", createdById: opts.createdById,
      bureauId: opts.bureauId ?? null, streetOfficeId: opts.streetOfficeId ?? null, contractorId: opts.contractorId ?? null, totalAmount: opts.total ?? "100000.00",
      unitName: "实施单位", annualGoal: "完成年度目标",
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
const evaluationOf = (declarationId: string) => db.declarationEvaluation.findUniqueOrThrow({ where: { declarationId }, include: { indicators: true } });

async function satisfaction(score: number, evaluatedOn = new Date(Date.UTC(2026, 8, 1))) {
  const caseId = await newCase(w.a.actors.socialWorker, { firstContactOn: "2026-02-02" });
  await db.caseEvaluation.create({ data: { caseFileId: caseId, evaluatedOn, satisfaction: score, createdById: w.a.users.socialWorker.id } });
}

/** One entry of a zip (the .docx), read through the central directory (as tests/integration/case-print.test.ts does). */
function unzipEntry(zip: Buffer, path: string): string | null {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error("not a zip");
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    if (zip.subarray(p + 46, p + 46 + nameLength).toString("utf8") === path) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(p + 20));
      return (zip.readUInt16LE(p + 10) === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return null;
}

beforeAll(async () => {
  w = await buildWorld();
  demo = await seedDemoDeclarations2020(db, { districtId: w.a.district.id, bureauId: w.a.bureau.id, createdById: w.a.users.bureauStaff.id });
  scored = await declaration({
    createdById: w.a.users.bureauStaff.id, bureauId: w.a.bureau.id,
    indicators: [
      { kind: "OUTPUT", name: "党建引领基层社区数量", operator: "EQ", annualValue: "58个", target: "58", unit: "个", weight: "25" },
      { kind: "OUTPUT", name: "民生小实事合格率", operator: "GTE", annualValue: "100%", target: "100", unit: "%", weight: "25" },
      { kind: "BENEFIT", name: "社会效益指标", operator: "GTE", annualValue: "98%", target: "98", unit: "%", weight: "30" },
      { kind: "SATISFACTION", name: "服务对象满意度", operator: "GTE", annualValue: "100%", target: "100", unit: "%", weight: "10", metricKey: "satisfaction.average" },
    ],
  });
  street = await declaration({
    createdById: w.a.users.streetStaff.id, streetOfficeId: w.a.streets[0].id,
    indicators: [
      { kind: "OUTPUT", name: "探访户数", operator: "GTE", annualValue: "≥100户", target: "100", unit: "户", weight: "50" },
      { kind: "BENEFIT", name: "社区服务能力提升", operator: "QUALITATIVE", annualValue: "明显提升", weight: "30" },
      { kind: "SATISFACTION", name: "居民满意度", operator: "GTE", annualValue: "≥90%", target: "90", unit: "%", weight: "10" },
    ],
  });
  contractor = await declaration({
    createdById: w.a.users.contractorAdmin.id, contractorId: w.a.contractors[0].id,
    indicators: [{ kind: "OUTPUT", name: "新开个案数", operator: "GTE", annualValue: "≥10个", target: "10", unit: "个" }],
  });
  draft = await declaration({ createdById: w.a.users.streetStaff.id, streetOfficeId: w.a.streets[0].id, status: "DRAFT", indicators: [] });
  await satisfaction(9);
  await satisfaction(10);
});

describe("opening the self-evaluation", () => {
  it("values from the last recorded checkpoint, linked ones live, the district's points", async () => {
    const [a, b, c, s] = await indicatorIds(scored);
    expect(await openMonitoringCommand.execute(w.a.actors.bureauStaff, { declarationId: scored })).toMatchObject({ ok: true });
    const cps = await db.declarationCheckpoint.findMany({ where: { declarationId: scored }, orderBy: { seq: "asc" } });
    const recorded = await recordCheckpointCommand.execute(w.a.actors.bureauStaff, {
      checkpointId: cps[3].id, version: String(cps[3].version), spentAmount: "85000",
      "rows.0.indicatorId": a, "rows.0.actualValue": "50", "rows.1.indicatorId": b, "rows.1.actualValue": "90%", "rows.2.indicatorId": c, "rows.2.actualValue": "98%",
      "rows.3.indicatorId": s, "rows.3.actualValue": "1",
    });
    expect(recorded, JSON.stringify(recorded)).toMatchObject({ ok: true });

    const r = await openEvaluationCommand.execute(w.a.actors.bureauStaff, { declarationId: scored });
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, message: "已开始绩效自评（实际完成值取自第 4 个监控节点和平台统计）" });
    const ev = await evaluationOf(scored);
    expect(ev).toMatchObject({ status: "DRAFT", weights: { EXECUTION: 10, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 }, createdById: w.a.users.bureauStaff.id, totalScore: null });
    expect(ev.spentAmount?.toFixed(2)).toBe("85000.00");
    expect(Object.fromEntries(ev.indicators.map((i) => [i.indicatorId, i.actualValue]))).toEqual({ [a]: "50", [b]: "90%", [c]: "98%", [s]: "95.00" });
    expect(await openEvaluationCommand.execute(w.a.actors.bureauStaff, { declarationId: scored })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "declaration.evaluation_open", targetId: ev.id } })).toMatchObject({ outcome: "SUCCESS", detail: { fromCheckpoint: 4 } });
  });

  it("indicators without 分值 share their level's points (seed 000)", async () => {
    expect(await openEvaluationCommand.execute(w.a.actors.bureauStaff, { declarationId: demo.socialWorkDevelopmentId })).toMatchObject({ ok: true, message: "已开始绩效自评" });
    const page = (await evaluationPage(w.a.actors.bureauStaff, demo.socialWorkDevelopmentId))!;
    const weights = (kind: IndicatorKind) => [...new Set(page.rows.filter((r) => r.kind === kind).map((r) => r.scoredWeight))];
    expect(page.rows).toHaveLength(19);
    expect(weights("OUTPUT")).toEqual(["3.84"]); // 50 / 13
    expect(weights("BENEFIT")).toEqual(["6.00"]); // 30 / 5
    expect(weights("SATISFACTION")).toEqual(["10.00"]);
    expect(page).toMatchObject({ canEdit: true, canOpen: false, scopeLabel: "全区社工站" });
  });

  it("only an accepted declaration; wrong role, unit and district are refused", async () => {
    expect(await openEvaluationCommand.execute(w.a.actors.streetStaff, { declarationId: draft })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    for (const key of ["bureauReviewer", "bureauAdmin", "socialWorker", "evaluator"] as const) {
      expect(await openEvaluationCommand.execute(w.a.actors[key], { declarationId: street }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    for (const key of ["bureauStaff", "otherStreetStaff", "contractorAdmin"] as const) {
      expect(await openEvaluationCommand.execute(w.a.actors[key], { declarationId: street }), key).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await openEvaluationCommand.execute(w.a.actors.streetStaff, { declarationId: demo.communityBuildingId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await openEvaluationCommand.execute(w.b.actors.streetStaff, { declarationId: street })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await openEvaluationCommand.execute(w.b.actors.bureauStaff, { declarationId: scored })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.declarationEvaluation.count({ where: { declarationId: { in: [street, draft, demo.communityBuildingId] } } })).toBe(0);
    expect(await openEvaluationCommand.execute(w.a.actors.streetStaff, { declarationId: street })).toMatchObject({ ok: true });
  });

  it("the district's configured points are frozen with the evaluation", async () => {
    const settings = (await getPerformanceSettings(w.a.actors.bureauAdmin))!;
    expect(await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, {
      districtId: w.a.district.id, previous: settings.stamp, "curve.0.month": "6", "curve.0.percent": "50", EXECUTION: "20", OUTPUT: "40", BENEFIT: "30", SATISFACTION: "10",
    })).toMatchObject({ ok: true });
    expect(await openEvaluationCommand.execute(w.a.actors.contractorAdmin, { declarationId: contractor })).toMatchObject({ ok: true });
    const now = (await getPerformanceSettings(w.a.actors.bureauAdmin))!;
    expect(await savePerformanceSettingsCommand.execute(w.a.actors.bureauAdmin, { districtId: w.a.district.id, action: "reset", previous: now.stamp })).toMatchObject({ ok: true });
    expect((await evaluationOf(contractor)).weights).toEqual({ EXECUTION: 20, OUTPUT: 40, BENEFIT: 30, SATISFACTION: 10 });
    expect((await evaluationOf(scored)).weights).toEqual({ EXECUTION: 10, OUTPUT: 50, BENEFIT: 30, SATISFACTION: 10 });
    const page = (await evaluationPage(w.a.actors.contractorAdmin, contractor))!;
    expect(page.weights).toEqual({ EXECUTION: 20, OUTPUT: 40, BENEFIT: 30, SATISFACTION: 10 });
  });
});

describe("saving and submitting", () => {
  it("a full evaluation scores as the engine does: 96.50, 优", async () => {
    const [a, b, c, s] = await indicatorIds(scored);
    const ev = await evaluationOf(scored);
    const saved = await saveEvaluationCommand.execute(w.a.actors.bureauStaff, {
      evaluationId: ev.id, version: String(ev.version), spentAmount: "95000.00", problems: "部分社区项目推进较慢", improvements: "加强调度",
      "rows.0.indicatorId": a, "rows.0.actualValue": "58", "rows.1.indicatorId": b, "rows.1.actualValue": "90%", "rows.2.indicatorId": c, "rows.2.actualValue": "98%",
      "rows.3.indicatorId": s, "rows.3.actualValue": "10", // linked: the count is used, not what is typed
    });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true, message: "绩效自评已保存" });
    const after = await evaluationOf(scored);
    expect(Object.fromEntries(after.indicators.map((i) => [i.indicatorId, i.actualValue]))).toEqual({ [a]: "58", [b]: "90%", [c]: "98%", [s]: "95.00" });

    const page = (await evaluationPage(w.a.actors.bureauReviewer, scored))!;
    expect(page).toMatchObject({ canEdit: false, canManage: false, executionBp: 9500, needsExplanation: false });
    expect(page.score?.total).toBe(9650);

    const submitted = await submitSubmissionCommand.execute(w.a.actors.bureauStaff, { kind: "EVALUATION", id: ev.id, version: String(after.version) });
    expect(submitted, JSON.stringify(submitted)).toMatchObject({ ok: true, message: expect.stringMatching(/^2026年「测试项目.+」绩效自评已提交审核：总分 96\.50 分，等级「优」$/) });
    const engine = scoreEvaluation({
      execution: { spent: 9500, budget: 10000 },
      indicators: [
        { level: "OUTPUT", operator: "EQ", target: "58", actual: "58", weight: "25" },
        { level: "OUTPUT", operator: "GTE", target: "100", actual: "90%", weight: "25" },
        { level: "BENEFIT", operator: "GTE", target: "98", actual: "98%", weight: "30" },
        { level: "SATISFACTION", operator: "GTE", target: "100", actual: "95.00", weight: "10" },
      ],
    });
    const frozen = await evaluationOf(scored);
    expect(frozen).toMatchObject({ status: "SUBMITTED", totalScore: engine.total, grade: engine.grade, submittedById: w.a.users.bureauStaff.id });
    expect(engine).toMatchObject({ total: 9650, grade: "EXCELLENT" });
    expect(await db.auditLog.findFirstOrThrow({ where: { action: "submission.submit", targetId: ev.id } })).toMatchObject({ outcome: "SUCCESS", targetType: "DeclarationEvaluation", detail: { kind: "EVALUATION", total: "96.50", grade: "EXCELLENT" } });
  });

  it("once submitted: frozen — the linked value too; monitoring is closed", async () => {
    const [a, , , s] = await indicatorIds(scored);
    const ev = await evaluationOf(scored);
    expect(await saveEvaluationCommand.execute(w.a.actors.bureauStaff, { evaluationId: ev.id, version: String(ev.version), spentAmount: "100000" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await submitSubmissionCommand.execute(w.a.actors.bureauStaff, { kind: "EVALUATION", id: ev.id, version: String(ev.version) })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const cp = (await db.declarationCheckpoint.findMany({ where: { declarationId: scored }, orderBy: { seq: "asc" } }))[0];
    expect(await recordCheckpointCommand.execute(w.a.actors.bureauStaff, { checkpointId: cp.id, version: String(cp.version), spentAmount: "30000" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "绩效自评已提交，待审核期间运行监控和自评不能修改" });
    expect(await linkMetricCommand.execute(w.a.actors.bureauStaff, { indicatorId: a, metricKey: "cases.new" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    await satisfaction(1);
    const report = await evaluationReport(scored);
    expect(report.rows.find((r) => r.id === s)).toMatchObject({ actualValue: "95.00", live: true });
    expect(report.score?.total).toBe(9650);
    expect(report.evaluation).toMatchObject({ totalScore: 9650, grade: "EXCELLENT", status: "SUBMITTED", submittedBy: "甲bureauStaff" });
  });

  it("execution below 90% needs an explanation (exactly 90% does not); qualitative rows need their band", async () => {
    const [visits, quality, satisfied] = await indicatorIds(street);
    const submit = async () => {
      const ev = await evaluationOf(street);
      return submitSubmissionCommand.execute(w.a.actors.streetStaff, { kind: "EVALUATION", id: ev.id, version: String(ev.version) });
    };
    const save = async (extra: Record<string, string>) => {
      const ev = await evaluationOf(street);
      return saveEvaluationCommand.execute(w.a.actors.streetStaff, {
        evaluationId: ev.id, version: String(ev.version),
        "rows.0.indicatorId": visits, "rows.0.actualValue": "80", "rows.1.indicatorId": quality, "rows.2.indicatorId": satisfied, "rows.2.actualValue": "92%", ...extra,
      });
    };
    const empty = await submit();
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(empty.ok ? null : Object.keys(empty.fieldErrors ?? {}).sort()).toEqual(["rows.0.actualValue", "rows.1.band", "rows.2.actualValue", "spentAmount"]);
    expect(empty.ok ? "" : empty.message).toMatch(/^绩效自评尚未填写完整，请补充并保存后再提交：请填写全年执行数；第 1 项「探访户数」请填写实际完成值/);

    expect(await save({ spentAmount: "90000" })).toMatchObject({ ok: true });
    const ninety = await submit();
    expect(ninety.ok ? null : Object.keys(ninety.fieldErrors ?? {})).toEqual(["rows.1.band"]);

    expect(await save({ spentAmount: "89999.99" })).toMatchObject({ ok: true });
    const below = await submit();
    expect(below.ok ? null : below.fieldErrors?.executionExplanation?.[0]).toBe("预算执行率 89.99% 低于 90%，请填写说明");

    const outOfBand = await save({ spentAmount: "80000", "rows.1.band": "MEDIUM", "rows.1.bandPercent": "80" });
    expect(outOfBand.ok ? null : outOfBand.fieldErrors?.["rows.1.bandPercent"]?.[0]).toBe("评价比例应在 50%–80% 之间（不含 80%）");
    const noBand = await save({ spentAmount: "80000", "rows.1.bandPercent": "70" });
    expect(noBand.ok ? null : noBand.fieldErrors?.["rows.1.band"]?.[0]).toBe("请选择评价档次");
    const notNumber = await save({ spentAmount: "80000", "rows.0.actualValue": "八十户" });
    expect(notNumber.ok ? null : notNumber.fieldErrors?.["rows.0.actualValue"]?.[0]).toBe("实际完成值应为数值，如 58 或 95%");

    expect(await save({ spentAmount: "80000", "rows.1.band": "MEDIUM", "rows.1.bandPercent": "70", "rows.1.note": "部分社区尚未开展" })).toMatchObject({ ok: true });
    const noExplanation = await submit();
    expect(noExplanation.ok ? null : noExplanation.fieldErrors?.executionExplanation?.[0]).toBe("预算执行率 80.00% 低于 90%，请填写说明");
    expect(await save({ spentAmount: "80000", "rows.1.band": "MEDIUM", "rows.1.bandPercent": "70", executionExplanation: "年底部分经费结转" })).toMatchObject({ ok: true });

    // Someone else's unit, the bureau and another district do not save or submit it.
    const ev = await evaluationOf(street);
    for (const key of ["bureauStaff", "otherStreetStaff", "contractorAdmin"] as const) {
      expect(await submitSubmissionCommand.execute(w.a.actors[key], { kind: "EVALUATION", id: ev.id, version: String(ev.version) }), key).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await saveEvaluationCommand.execute(w.a.actors[key], { evaluationId: ev.id, version: String(ev.version) }), key).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await submitSubmissionCommand.execute(w.a.actors.bureauReviewer, { kind: "EVALUATION", id: ev.id, version: String(ev.version) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await submitSubmissionCommand.execute(w.b.actors.streetStaff, { kind: "EVALUATION", id: ev.id, version: String(ev.version) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await submitSubmissionCommand.execute(w.a.actors.streetStaff, { kind: "EVALUATION", id: ev.id, version: String(ev.version - 1) })).toMatchObject({ ok: false, code: "CONFLICT" });

    const done = await submit();
    // execution 10 × 80% = 8; output 50 × 80/100 = 40; benefit 30 × 70% = 21; satisfaction 10 (92% ≥ 90%): 79.00, 中.
    expect(done, JSON.stringify(done)).toMatchObject({ ok: true, message: expect.stringMatching(/绩效自评已提交审核：总分 79\.00 分，等级「中」$/) });
    expect(await evaluationOf(street)).toMatchObject({ totalScore: 7900, grade: "FAIR", executionExplanation: "年底部分经费结转" });
  });
});

describe("reading and exporting", () => {
  it("the bureau reads every evaluation of its district; units their own; another district nothing", async () => {
    for (const key of ["bureauReviewer", "bureauAdmin", "bureauStaff"] as const) {
      expect(await evaluationPage(w.a.actors[key], street), key).toMatchObject({ canManage: false, canEdit: false, evaluation: { totalScore: 7900 } });
    }
    expect(await evaluationPage(w.a.actors.streetStaff, street)).toMatchObject({ canManage: true, canEdit: false });
    for (const key of ["otherStreetStaff", "contractorAdmin", "socialWorker", "evaluator"] as const) {
      expect(await evaluationPage(w.a.actors[key], street), key).toBeNull();
    }
    expect(await evaluationPage(w.b.actors.bureauReviewer, street)).toBeNull();
    expect(await evaluationPage(w.a.actors.streetStaff, draft)).toMatchObject({ canOpen: false, evaluation: null });
  });

  it("Word and Excel, audited; refused out of reach or before there is an evaluation", async () => {
    const docx = await exportEvaluation(w.a.actors.bureauReviewer, scored, "docx");
    expect(docx).toMatchObject({ format: "docx", declarationId: scored, asciiFilename: "performance-evaluation-2026.docx" });
    expect(docx!.filename).toMatch(/项目支出绩效自评表\.docx$/);
    expect(docx!.buffer.subarray(0, 2).toString()).toBe("PK");
    const text = unzipEntry(docx!.buffer, "word/document.xml")!.replace(/<[^>]+>/g, "");
    for (const part of ["项目支出绩效自评表", "（2026年度）", "党建引领基层社区数量", "95.00%（平台统计）", "96.50", "自评等级：优", "部分社区项目推进较慢", "100,000.00", "95,000.00", "95.00%"]) {
      expect(text, part).toContain(part);
    }

    const xlsx = await exportEvaluation(w.a.actors.bureauStaff, scored, "xlsx");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx!.buffer as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("绩效自评表")!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const totalRow = rows.find((r) => r[0] === "总分")!;
    expect(totalRow.slice(5)).toEqual([100, 96.5, "自评等级：优"]);
    const satisfactionRow = rows.find((r) => r[2] === "服务对象满意度")!;
    expect(satisfactionRow.slice(3, 7)).toEqual(["100%", "95.00%（平台统计）", 10, 9.5]);
    expect(rows.find((r) => r[1] === "年初预算数")).toBeTruthy();

    const audits = await db.auditLog.findMany({ where: { action: "declaration.evaluation_export", targetId: scored, outcome: "SUCCESS" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => (a.detail as { format: string }).format)).toEqual(["docx", "xlsx"]);

    expect(await exportEvaluation(w.a.actors.streetStaff, scored, "docx")).toBeNull();
    expect(await exportEvaluation(w.b.actors.bureauReviewer, scored, "xlsx")).toBeNull();
    expect(await exportEvaluation(w.a.actors.socialWorker, scored, "xlsx")).toBeNull();
    expect(await exportEvaluation(w.a.actors.bureauReviewer, demo.communityBuildingId, "docx")).toBeNull();
    expect(await db.auditLog.count({ where: { action: "declaration.evaluation_export", outcome: "DENIED" } })).toBe(4);
    // The declaring unit exports its own.
    expect(await exportEvaluation(w.a.actors.streetStaff, street, "xlsx")).toMatchObject({ format: "xlsx" });
  });
});

describe("the bureau's review of a submitted self-evaluation", () => {
  const review = (actor: World["a"]["actors"][keyof World["a"]["actors"]], id: string, version: number, step: "return" | "accept", comment = "") =>
    reviewSubmissionCommand.execute(actor, { kind: "EVALUATION", id, version: String(version), step, comment });

  it("only the bureau's reviewers decide: the wrong role, the declaring unit and another district are refused", async () => {
    const ev = await evaluationOf(street);
    expect(ev.status).toBe("SUBMITTED");
    // Without the review permission: refused before anything is read.
    for (const key of ALL_ACTOR_KEYS.filter((k) => k !== "bureauReviewer")) {
      const r = await review(w.a.actors[key], ev.id, ev.version, "accept");
      expect(r, key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // Another district's reviewer does not reach it.
    expect(await review(w.b.actors.bureauReviewer, ev.id, ev.version, "accept")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A return says what to change.
    const bare = await review(w.a.actors.bureauReviewer, ev.id, ev.version, "return");
    expect(bare.ok ? null : bare.fieldErrors?.comment?.[0]).toBe("退回时请写明需要修改的内容");
    expect(await evaluationOf(street)).toMatchObject({ status: "SUBMITTED", version: ev.version, totalScore: 7900 });
    // The page offers the reviewer the steps, the declaring unit none of them.
    expect((await evaluationPage(w.a.actors.bureauReviewer, street))!.review?.actions.sort()).toEqual(["accept", "return"]);
    expect((await evaluationPage(w.a.actors.streetStaff, street))!.review?.actions).toEqual([]);
    expect((await evaluationPage(w.a.actors.bureauStaff, street))!.review?.actions).toEqual([]);
  });

  it("returned with a comment: open again (score cleared, monitoring too), fixed, resubmitted, accepted", async () => {
    const reviewer = w.a.actors.bureauReviewer;
    let ev = await evaluationOf(street);
    // Waiting in the district's 待审核, nowhere else.
    const queued = (await reviewQueue(reviewer)).find((i) => i.id === `EVALUATION:${ev.id}`);
    expect(queued).toMatchObject({ kindLabel: "绩效自评", href: `/bureau/declarations/${street}/evaluation` });
    expect((await reviewQueue(w.b.actors.bureauReviewer)).some((i) => i.kind === "EVALUATION")).toBe(false);
    // Waiting for the review, monitoring stays closed.
    expect(await openMonitoringCommand.execute(w.a.actors.streetStaff, { declarationId: street })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "绩效自评已提交，待审核期间运行监控和自评不能修改" });
    const returned = await review(reviewer, ev.id, ev.version, "return", "服务对象满意度请附调查样本说明");
    expect(returned, JSON.stringify(returned)).toMatchObject({ ok: true, message: expect.stringMatching(/绩效自评已退回修改$/) });
    ev = await evaluationOf(street);
    expect(ev).toMatchObject({ status: "RETURNED", totalScore: null, grade: null, decidedAt: null });
    const page = (await evaluationPage(w.a.actors.streetStaff, street))!;
    expect(page).toMatchObject({ canEdit: true, review: { status: "RETURNED", lastReturn: { comment: "服务对象满意度请附调查样本说明" } } });
    expect(page.review?.actions).toEqual(["edit", "submit"]);
    expect(page.score?.total).toBe(7900); // computed from what is saved, not frozen
    // In the declaring unit's 待办, and only there.
    expect((await returnedDeclarationTodo(w.a.actors.streetStaff, "street")).find((t) => t.id === `evaluation:${street}`)).toMatchObject({ href: `/street/declarations/${street}/evaluation` });
    expect((await returnedDeclarationTodo(w.a.actors.otherStreetStaff, "street")).some((t) => t.id === `evaluation:${street}`)).toBe(false);
    expect((await reviewQueue(reviewer)).some((i) => i.id === `EVALUATION:${ev.id}`)).toBe(false);

    // A returned evaluation reopens monitoring; the unit corrects and resubmits.
    expect(await openMonitoringCommand.execute(w.a.actors.streetStaff, { declarationId: street })).toMatchObject({ ok: true });
    expect((await monitoringPage(w.a.actors.streetStaff, street))!).toMatchObject({ closed: null, canRecord: true });
    const [visits, quality, satisfied] = await indicatorIds(street);
    const saved = await saveEvaluationCommand.execute(w.a.actors.streetStaff, {
      evaluationId: ev.id, version: String(ev.version), spentAmount: "80000", executionExplanation: "年底部分经费结转",
      "rows.0.indicatorId": visits, "rows.0.actualValue": "80", "rows.1.indicatorId": quality, "rows.1.band": "MEDIUM", "rows.1.bandPercent": "70",
      "rows.2.indicatorId": satisfied, "rows.2.actualValue": "92%", "rows.2.note": "抽样 120 户，回收有效问卷 112 份",
    });
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    ev = await evaluationOf(street);
    // Not resubmitted yet: nothing to decide.
    expect(await review(reviewer, ev.id, ev.version, "accept")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const resubmitted = await submitSubmissionCommand.execute(w.a.actors.streetStaff, { kind: "EVALUATION", id: ev.id, version: String(ev.version) });
    expect(resubmitted, JSON.stringify(resubmitted)).toMatchObject({ ok: true });
    ev = await evaluationOf(street);
    expect(ev).toMatchObject({ status: "SUBMITTED", totalScore: 7900, grade: "FAIR" });
    expect(await review(reviewer, ev.id, ev.version - 1, "accept")).toMatchObject({ ok: false, code: "CONFLICT" });

    const accepted = await review(reviewer, ev.id, ev.version, "accept", "同意");
    expect(accepted, JSON.stringify(accepted)).toMatchObject({ ok: true });
    ev = await evaluationOf(street);
    expect(ev.status).toBe("ACCEPTED");
    expect(ev.decidedAt).not.toBeNull();
    expect(await review(reviewer, ev.id, ev.version, "return", "再改")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // Accepted: monitoring and the evaluation are closed for good.
    const cp = (await db.declarationCheckpoint.findMany({ where: { declarationId: street }, orderBy: { seq: "asc" } }))[0];
    expect(await recordCheckpointCommand.execute(w.a.actors.streetStaff, { checkpointId: cp.id, version: String(cp.version), spentAmount: "20000" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "绩效自评已审核通过，运行监控和自评不再修改" });
    expect((await monitoringPage(w.a.actors.streetStaff, street))!).toMatchObject({ closed: "绩效自评已审核通过，运行监控和自评不再修改", canRecord: false });
    expect(await saveEvaluationCommand.execute(w.a.actors.streetStaff, { evaluationId: ev.id, version: String(ev.version), spentAmount: "90000" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const events = await db.reportEvent.findMany({ where: { kind: "EVALUATION", reportId: ev.id }, orderBy: { at: "asc" }, select: { event: true, comment: true } });
    expect(events.map((e) => e.event)).toEqual(["SUBMIT", "RETURN", "SUBMIT", "ACCEPT"]);
    // The exports say it was accepted.
    const docx = await exportEvaluation(w.a.actors.streetStaff, street, "docx");
    expect(unzipEntry(docx!.buffer, "word/document.xml")!.replace(/<[^>]+>/g, "")).toMatch(/已通过（.+提交，.+审核通过）/);
  });

  it("a reviewer who is also on the declaring unit's staff does not decide on the unit's own", async () => {
    const both = w.a.users.bureauReviewer;
    const ev = await evaluationOf(scored);
    expect(ev.status).toBe("SUBMITTED");
    await db.membership.create({ data: { userId: both.id, role: "BUREAU_STAFF", districtId: w.a.district.id, bureauId: w.a.bureau.id } });
    try {
      const actor = (await actorOf(both.id))!;
      expect(await review(actor, ev.id, ev.version, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN", message: "申报单位不能审核本单位的绩效自评" });
      // Nor is it in that person's 待审核; the other reviewer's, yes.
      expect((await reviewQueue(actor)).some((i) => i.id === `EVALUATION:${ev.id}`)).toBe(false);
      expect((await reviewQueue(w.a.actors.bureauReviewer)).some((i) => i.id === `EVALUATION:${ev.id}`)).toBe(true);
      expect((await evaluationPage(actor, scored))!.review?.actions).not.toContain("accept");
    } finally {
      await db.membership.deleteMany({ where: { userId: both.id, role: "BUREAU_STAFF" } });
    }
    expect(await review(w.a.actors.bureauReviewer, ev.id, ev.version, "accept")).toMatchObject({ ok: true });
  });
});
