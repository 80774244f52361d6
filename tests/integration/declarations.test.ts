// 绩效目标申报表: declaring (create, save whole, delete a draft), the review workflow (submit with the sum
// checks, return with comments on single parts, resubmit, accept), every submission kept as a snapshot and
// compared, and who may do what: the declaring unit drafts, only the bureau's reviewers decide, never the
// declaring unit's own staff, and nobody outside the district reaches it.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createDeclarationCommand, deleteDeclarationCommand, saveDeclarationCommand } from "@/features/declarations/commands";
import { reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { loadDeclarationDoc } from "@/features/declarations/store";
import { declarationPage, listDeclarations } from "@/features/declarations/queries";
import { declarationVersions } from "@/features/declarations/versions";
import type { DeclarationDoc } from "@/features/declarations/doc";
import { ALL_ACTOR_KEYS, actorOf, buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

function projectDoc(name: string, over: Partial<DeclarationDoc> = {}): DeclarationDoc {
  return {
    kind: "PROJECT", year: 2027, category: "SPECIFIC", totalAmount: "300000.00", filledOn: "2026-10-31",
    title: null, name, departmentName: null, departmentCode: null, unitName: "测试民政局", unitOrgCode: null, unitAddress: null, unitPhone: null,
    legalRepresentative: null, fundingSource: "区财政", unitOverview: null, basis: "呈发〔2017〕9号", overview: "社工站运营", content: "驻站服务",
    plan: "按季度拨付", effects: "服务覆盖全区", period: "2027年1月-12月", summary: null, basisSummary: null, mediumGoal: "三年全覆盖", annualGoal: "建成10个社工站",
    guaranteeMeasures: "制度保障", performanceNotes: "按时拨付", responsiblePerson: "李波", filler: "李佳",
    fundLines: [{ name: "社工站运营经费", amount: "200000.00", plan: "按季度拨付" }, { name: "人才培训经费", amount: "100000.00", plan: null }],
    funding: [{ horizon: "ANNUAL", level: "COUNTY", amount: "300000.00" }],
    categoryAmounts: [],
    indicators: [
      { kind: "OUTPUT", level1Label: "产出指标", dimension: "QUANTITY", level2Label: "数量指标", name: "建设社会工作站", operator: "GTE", annualValue: "10个", mediumValue: "约30个", unit: "个", weight: "20", attribute: null, scoringRule: "完不成扣分", content: null, basis: null, metricKey: null },
      { kind: "OUTPUT", level1Label: "产出指标", dimension: "QUALITY", level2Label: "质量指标", name: "发放准确率", operator: "EQ", annualValue: "100%", mediumValue: null, unit: "%", weight: "30", attribute: null, scoringRule: null, content: null, basis: null, metricKey: null },
      { kind: "BENEFIT", level1Label: "效益指标", dimension: "SOCIAL", level2Label: "社会效益指标", name: "社区服务能力提升", operator: "QUALITATIVE", annualValue: "明显提升", mediumValue: null, unit: null, weight: "30", attribute: null, scoringRule: null, content: null, basis: null, metricKey: null },
      { kind: "SATISFACTION", level1Label: "满意度指标", dimension: "SATISFACTION", level2Label: "服务对象满意度指标", name: "居民满意率", operator: "GTE", annualValue: "95%", mediumValue: null, unit: "%", weight: "10", attribute: null, scoringRule: null, content: null, basis: null, metricKey: null },
    ],
    ...over,
  };
}

async function create(actor: Actor, name: string, kind: "PROJECT" | "DEPARTMENT" = "PROJECT", parentId?: string) {
  const r = await createDeclarationCommand.execute(actor, { kind, year: "2027", name, ...(parentId ? { parentId } : {}) });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { data: { id: string } }).data.id;
}

const version = async (id: string) => (await db.performanceDeclaration.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

async function save(actor: Actor, id: string, doc: DeclarationDoc) {
  return saveDeclarationCommand.execute(actor, { id, version: String(await version(id)), doc: JSON.stringify(doc) });
}
async function submit(actor: Actor, id: string) {
  return submitSubmissionCommand.execute(actor, { kind: "DECLARATION", id, version: String(await version(id)) });
}
async function review(actor: Actor, id: string, step: "return" | "accept", extra: Record<string, unknown> = {}) {
  return reviewSubmissionCommand.execute(actor, { kind: "DECLARATION", id, version: String(await version(id)), step, ...extra });
}

describe("declaring", () => {
  it("each declaring unit opens drafts for itself; roles without declaration:manage are refused", async () => {
    const bureauDraft = await create(w.a.actors.bureauStaff, "社会工作发展经费");
    const streetDraft = await create(w.a.actors.streetStaff, "街道社工站运营经费");
    const contractorDraft = await create(w.a.actors.contractorAdmin, "社工站承接项目");
    const rows = await db.performanceDeclaration.findMany({ where: { id: { in: [bureauDraft, streetDraft, contractorDraft] } }, select: { id: true, bureauId: true, streetOfficeId: true, contractorId: true, districtId: true, status: true } });
    expect(rows.find((r) => r.id === bureauDraft)).toMatchObject({ bureauId: w.a.bureau.id, streetOfficeId: null, contractorId: null, districtId: w.a.district.id, status: "DRAFT" });
    expect(rows.find((r) => r.id === streetDraft)).toMatchObject({ streetOfficeId: w.a.streets[0].id, bureauId: null });
    expect(rows.find((r) => r.id === contractorDraft)).toMatchObject({ contractorId: w.a.contractors[0].id, bureauId: null });
    for (const key of ["bureauReviewer", "bureauAdmin", "evaluator", "auditor", "stationHead", "socialWorker", "supervisor"] as const) {
      const r = await createDeclarationCommand.execute(w.a.actors[key], { kind: "PROJECT", year: "2027", name: "不应建立" });
      expect(r, key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await createDeclarationCommand.execute(w.systemAdmin, { kind: "PROJECT", year: "2027", name: "不应建立" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });

  it("saves the whole document in one go, and says on the field what is wrong (nothing saved half-way)", async () => {
    const id = await create(w.a.actors.bureauStaff, "保存测试");
    const bad = projectDoc("保存测试", {
      totalAmount: "12.345",
      fundLines: [{ name: "", amount: "abc", plan: null }],
      indicators: [{ ...projectDoc("x").indicators[0], operator: "GTE", annualValue: "明显提升" }],
    });
    const r = await save(w.a.actors.bureauStaff, id, bad);
    expect(r.ok).toBe(false);
    const errors = (r as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors["doc.totalAmount"][0]).toContain("最多两位小数");
    expect(errors["doc.fundLines.0.name"][0]).toBe("请填写资金用途");
    expect(errors["doc.fundLines.0.amount"][0]).toContain("金额");
    expect(errors["doc.indicators.0.annualValue"][0]).toContain("定性");
    expect(await db.declarationFundLine.count({ where: { declarationId: id } })).toBe(0);

    const ok = await save(w.a.actors.bureauStaff, id, projectDoc("保存测试"));
    expect(ok).toMatchObject({ ok: true });
    const doc = (await loadDeclarationDoc(db, id))!;
    expect(doc.fundLines.map((l) => l.amount)).toEqual(["200000.00", "100000.00"]);
    expect(doc.indicators.map((i) => i.name)).toEqual(["建设社会工作站", "发放准确率", "社区服务能力提升", "居民满意率"]);
    const target = await db.performanceIndicator.findFirstOrThrow({ where: { declarationId: id, seq: 1 }, select: { target: true } });
    expect(target.target?.toString()).toBe("10");

    // Indicator rows keep their id when the document keeps it (moved rows included).
    const ids = doc.indicators.map((i) => i.id);
    const moved = { ...doc, indicators: [doc.indicators[1], doc.indicators[0], ...doc.indicators.slice(2)] };
    expect(await save(w.a.actors.bureauStaff, id, moved)).toMatchObject({ ok: true });
    expect((await loadDeclarationDoc(db, id))!.indicators.map((i) => i.id)).toEqual([ids[1], ids[0], ids[2], ids[3]]);

    // A stale version is a conflict.
    const stale = await saveDeclarationCommand.execute(w.a.actors.bureauStaff, { id, version: "1", doc: JSON.stringify(projectDoc("保存测试")) });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("only the declaring unit saves or deletes: another unit, the reviewer and another district are refused", async () => {
    const id = await create(w.a.actors.bureauStaff, "谁能修改");
    for (const [label, actor] of [["street", w.a.actors.streetStaff], ["contractor", w.a.actors.contractorAdmin], ["b.bureauStaff", w.b.actors.bureauStaff]] as const) {
      expect(await save(actor, id, projectDoc("谁能修改")), label).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await deleteDeclarationCommand.execute(actor, { id, version: String(await version(id)) }), label).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await save(w.a.actors.bureauReviewer, id, projectDoc("谁能修改"))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const streetId = await create(w.a.actors.streetStaff, "街道的草稿");
    expect(await save(w.a.actors.otherStreetStaff, streetId, projectDoc("街道的草稿"))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(w.a.actors.bureauStaff, streetId, projectDoc("街道的草稿"))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(w.a.actors.streetStaff, streetId, projectDoc("街道的草稿"))).toMatchObject({ ok: true });
    expect(await deleteDeclarationCommand.execute(w.a.actors.bureauStaff, { id, version: String(await version(id)) })).toMatchObject({ ok: true });
    expect(await db.performanceDeclaration.count({ where: { id } })).toBe(0);
  });
});

describe("review", () => {
  it("refuses to submit what does not add up, and says where", async () => {
    const id = await create(w.a.actors.bureauStaff, "合计不符");
    await save(w.a.actors.bureauStaff, id, projectDoc("合计不符", { fundLines: [{ name: "运营", amount: "250000.00", plan: null }] }));
    const r = await submit(w.a.actors.bureauStaff, id);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((r as { fieldErrors: Record<string, string[]> }).fieldErrors.fundLines[0]).toBe("资金安排各项合计 250,000.00 元，与总投入 300,000.00 元不符，少 50,000.00 元");
    expect(await db.declarationSnapshot.count({ where: { declarationId: id } })).toBe(0);
  });

  it("submit → return with a comment on one indicator → fix → resubmit → the change is compared → accept", async () => {
    const unit = w.a.actors.bureauStaff;
    const reviewer = w.a.actors.bureauReviewer;
    const id = await create(unit, "社会工作发展经费（审核）");
    await save(unit, id, projectDoc("社会工作发展经费（审核）"));
    expect(await submit(unit, id)).toMatchObject({ ok: true });
    expect(await db.declarationSnapshot.findMany({ where: { declarationId: id }, select: { round: true } })).toEqual([{ round: 1 }]);
    // Submitted: the unit cannot change it any more.
    expect(await save(unit, id, projectDoc("社会工作发展经费（审核）"))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });

    const doc = (await loadDeclarationDoc(db, id))!;
    const indicatorId = doc.indicators[0].id!;
    // Wrong people are refused: a street office, a contractor, the unit itself (no review permission), the other district.
    for (const actor of [w.a.actors.streetStaff, w.a.actors.contractorAdmin, unit, w.a.actors.bureauAdmin]) {
      expect(await review(actor, id, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await review(w.b.actors.bureauReviewer, id, "accept")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await review(w.b.actors.bureauReviewer, id, "return", { comment: "退回" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // A return says what to change; an item must name a part of the submitted version.
    expect(await review(reviewer, id, "return")).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await review(reviewer, id, "return", { "items.0.target": "indicator:nope", "items.0.comment": "?" })).toMatchObject({ ok: false, code: "VALIDATION" });

    const returned = await review(reviewer, id, "return", { "items.0.target": `indicator:${indicatorId}`, "items.0.comment": "建设社会工作站数量应与年度计划一致（12个）" });
    expect(returned).toMatchObject({ ok: true });
    const comments = await db.reviewComment.findMany({ where: { reportId: id } });
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ kind: "DECLARATION", round: 1, target: `indicator:${indicatorId}`, targetLabel: "绩效指标 · 产出指标 · 数量指标 · 建设社会工作站（第 1 行）" });

    const page = (await declarationPage(unit, id))!;
    expect(page.header.status).toBe("RETURNED");
    expect(page.canEdit).toBe(true);
    expect(page.review.latestComments.map((c) => c.comment)).toEqual(["建设社会工作站数量应与年度计划一致（12个）"]);

    const fixed = { ...doc, indicators: doc.indicators.map((r, i) => (i === 0 ? { ...r, annualValue: "12个" } : r)) };
    expect(await save(unit, id, fixed)).toMatchObject({ ok: true });
    // Before resubmitting: the last submission against the draft.
    const draftView = (await declarationVersions(unit, id))!;
    expect(draftView.to?.ref).toBe("draft");
    expect(draftView.changes?.indicators[indicatorId]).toEqual({ status: "changed", cells: ["annualValue"] });

    expect(await submit(unit, id)).toMatchObject({ ok: true });
    const versions = (await declarationVersions(reviewer, id))!;
    expect(versions.rounds.map((r) => r.round)).toEqual([1, 2]);
    expect([versions.from?.ref, versions.to?.ref]).toEqual([1, 2]);
    expect(versions.changes?.fields).toEqual([]);
    expect(versions.changes?.indicators).toEqual({ [indicatorId]: { status: "changed", cells: ["annualValue"] } });
    expect(versions.comments.map((c) => c.target)).toEqual([`indicator:${indicatorId}`]);

    expect(await review(reviewer, id, "accept")).toMatchObject({ ok: true });
    const accepted = await db.performanceDeclaration.findUniqueOrThrow({ where: { id }, select: { status: true, decidedAt: true } });
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.decidedAt).not.toBeNull();
    const events = await db.reportEvent.findMany({ where: { kind: "DECLARATION", reportId: id }, orderBy: { at: "asc" }, select: { event: true } });
    expect(events.map((e) => e.event)).toEqual(["SUBMIT", "RETURN", "SUBMIT", "ACCEPT"]);
  });

  it("a reviewer who is also on the declaring unit's staff cannot decide on the unit's own declaration", async () => {
    const both = w.a.users.bureauReviewer;
    await db.membership.create({ data: { userId: both.id, role: "BUREAU_STAFF", districtId: w.a.district.id, bureauId: w.a.bureau.id } });
    try {
      const actor = (await actorOf(both.id))!;
      const id = await create(w.a.actors.bureauStaff, "本单位的申报");
      await save(w.a.actors.bureauStaff, id, projectDoc("本单位的申报"));
      await submit(w.a.actors.bureauStaff, id);
      expect(await review(actor, id, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN", message: "申报单位不能审核本单位的申报表" });
      // A street office's declaration is not the bureau's own: the same person decides on it.
      const streetId = await create(w.a.actors.streetStaff, "街道申报");
      await save(w.a.actors.streetStaff, streetId, projectDoc("街道申报"));
      expect(await submit(w.a.actors.streetStaff, streetId)).toMatchObject({ ok: true });
      expect(await review(actor, streetId, "accept")).toMatchObject({ ok: true });
    } finally {
      await db.membership.deleteMany({ where: { userId: both.id, role: "BUREAU_STAFF" } });
    }
  });

  it("a department-wide declaration is submitted and decided with its projects", async () => {
    const unit = w.a.actors.bureauStaff;
    const dept = await create(unit, "部门整体支出", "DEPARTMENT");
    const p1 = await create(unit, "项目一", "PROJECT", dept);
    const p2 = await create(unit, "项目二", "PROJECT", dept);
    expect(await db.performanceDeclaration.findMany({ where: { parentId: dept }, orderBy: { seq: "asc" }, select: { id: true, seq: true } })).toEqual([{ id: p1, seq: 1 }, { id: p2, seq: 2 }]);
    await save(unit, p1, projectDoc("项目一", { totalAmount: "200000.00", fundLines: [{ name: "甲", amount: "200000.00", plan: null }], funding: [] }));
    await save(unit, p2, projectDoc("项目二", { totalAmount: "100000.00", fundLines: [{ name: "乙", amount: "100000.00", plan: null }], funding: [] }));
    const deptDoc: DeclarationDoc = {
      ...projectDoc("测试区民政局", { kind: "DEPARTMENT", category: null, totalAmount: "500000.00", fundLines: [], funding: [] }),
      categoryAmounts: [{ category: "PERSONNEL", fiscal: "200000.00", other: "0.00" }, { category: "SPECIFIC", fiscal: "300000.00", other: "0.00" }],
    };
    expect(await save(unit, dept, deptDoc)).toMatchObject({ ok: true });
    expect(await submit(unit, p1)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await submit(unit, dept)).toMatchObject({ ok: true });
    const snapshot = await db.declarationSnapshot.findFirstOrThrow({ where: { declarationId: dept }, select: { data: true } });
    expect((snapshot.data as { projects: { id: string }[] }).projects.map((p) => p.id)).toEqual([p1, p2]);
    expect((await db.performanceDeclaration.findMany({ where: { parentId: dept }, select: { status: true } })).map((p) => p.status)).toEqual(["SUBMITTED", "SUBMITTED"]);
    // The projects are decided on the department-wide declaration, not alone.
    expect(await review(w.a.actors.bureauReviewer, p1, "accept")).toMatchObject({ ok: false });
    const p1Indicator = (await loadDeclarationDoc(db, p1))!.indicators[0].id!;
    expect(await review(w.a.actors.bureauReviewer, dept, "return", { items: [{ target: `project:${p1}:indicator:${p1Indicator}`, comment: "项目一的数量指标请细化" }] })).toMatchObject({ ok: true });
    expect((await db.performanceDeclaration.findMany({ where: { id: { in: [dept, p1, p2] } }, select: { status: true } })).map((p) => p.status)).toEqual(["RETURNED", "RETURNED", "RETURNED"]);
    // The comment on project one's indicator is shown on project one's page, addressed to its row.
    const p1Page = (await declarationPage(unit, p1))!;
    expect(p1Page.review.latestComments.map((c) => [c.target, c.comment])).toEqual([[`indicator:${p1Indicator}`, "项目一的数量指标请细化"]]);
    expect((await declarationPage(unit, p2))!.review.latestComments).toEqual([]);
    // A project added after the return shows as added in the comparison of the two submissions.
    const p3 = await create(unit, "项目三", "PROJECT", dept);
    expect(await db.performanceDeclaration.findUniqueOrThrow({ where: { id: p3 }, select: { seq: true, bureauId: true } })).toEqual({ seq: 3, bureauId: w.a.bureau.id });
    await save(unit, p3, projectDoc("项目三", { totalAmount: "0.01", fundLines: [{ name: "丙", amount: "0.01", plan: null }], funding: [] }));
    const deptDoc2 = { ...deptDoc, categoryAmounts: [{ category: "PERSONNEL" as const, fiscal: "200000.01", other: "0.00" }, { category: "SPECIFIC" as const, fiscal: "300000.00", other: "0.00" }], totalAmount: "500000.01" };
    expect(await save(unit, dept, deptDoc2)).toMatchObject({ ok: true });
    expect(await save(unit, p1, projectDoc("项目一", { totalAmount: "200000.00", fundLines: [{ name: "甲", amount: "200000.00", plan: null }], funding: [] }))).toMatchObject({ ok: true });
    expect(await submit(unit, dept)).toMatchObject({ ok: true });
    const compared = (await declarationVersions(w.a.actors.bureauReviewer, dept))!;
    expect(compared.projects.filter((p) => p.status !== "kept").map((p) => [p.name, p.status])).toEqual([["项目三", "added"]]);
    expect(compared.projects.find((p) => p.id === p3)!.changes.none).toBe(false);
    expect(await review(w.a.actors.bureauReviewer, dept, "accept")).toMatchObject({ ok: true });
    expect((await db.performanceDeclaration.findMany({ where: { id: { in: [dept, p1, p2, p3] } }, select: { status: true } })).map((p) => p.status)).toEqual(["ACCEPTED", "ACCEPTED", "ACCEPTED", "ACCEPTED"]);
    // Accepted: no more projects beneath it, and its projects cannot be changed.
    expect(await createDeclarationCommand.execute(unit, { kind: "PROJECT", year: "2027", name: "项目四", parentId: dept })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });
});

describe("who reads what", () => {
  it("the bureau reads the district's declarations; a street office and a contractor only their own; nobody else", async () => {
    const bureauId = await create(w.a.actors.bureauStaff, "区局项目（可见性）");
    const streetId = await create(w.a.actors.streetStaff, "街道项目（可见性）");
    const contractorId = await create(w.a.actors.contractorAdmin, "机构项目（可见性）");
    const seen = async (actor: Actor) => new Set((await listDeclarations(actor)).map((r) => r.id));
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer"] as const) {
      const s = await seen(w.a.actors[key]);
      expect([s.has(bureauId), s.has(streetId), s.has(contractorId)], key).toEqual([true, true, true]);
    }
    const street = await seen(w.a.actors.streetStaff);
    expect([street.has(bureauId), street.has(streetId), street.has(contractorId)]).toEqual([false, true, false]);
    expect((await seen(w.a.actors.otherStreetStaff)).has(streetId)).toBe(false);
    const contractor = await seen(w.a.actors.contractorAdmin);
    expect([contractor.has(bureauId), contractor.has(streetId), contractor.has(contractorId)]).toEqual([false, false, true]);
    for (const key of ALL_ACTOR_KEYS.filter((k) => !["bureauAdmin", "bureauStaff", "bureauReviewer", "streetStaff", "otherStreetStaff", "contractorAdmin"].includes(k))) {
      expect((await seen(w.a.actors[key])).size, key).toBe(0);
    }
    expect((await seen(w.b.actors.bureauReviewer)).has(bureauId)).toBe(false);
    expect(await declarationPage(w.a.actors.streetStaff, bureauId)).toBeNull();
    expect(await declarationPage(w.b.actors.bureauStaff, bureauId)).toBeNull();
    expect(await declarationVersions(w.a.actors.contractorAdmin, streetId)).toBeNull();
    // A street office cannot approve even what it declared and reads: it has no declaration:review.
    await save(w.a.actors.streetStaff, streetId, projectDoc("街道项目（可见性）"));
    expect(await submit(w.a.actors.streetStaff, streetId)).toMatchObject({ ok: true });
    expect(await review(w.a.actors.streetStaff, streetId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(w.a.actors.contractorAdmin, streetId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
