import { beforeAll, describe, expect, it } from "vitest";
import { saveClientCommand } from "@/features/clients/commands";
import { openCaseCommand, saveAssessmentCommand, saveIntakeCommand } from "@/features/cases/commands";
import { assessmentDeadlines, CASE_FILTERS, CASE_SORTS, countCases, getCaseHeader, getCaseOverview, listCases, listClientCases } from "@/features/cases/queries";
import { correctDocumentCommand, signDocumentCommand } from "@/features/documents/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseListParams } from "@/lib/list-params";
import { uniq } from "../../prisma/seed/factories";
import { buildWorld, fileOutsiders, type World } from "../support/world";


/** The case overview as the actor sees it (null when out of scope). */
async function getCase(actor: Actor, caseId: string, now: Date) {
  const header = await getCaseHeader(actor, caseId, now);
  return header && { ...header, ...(await getCaseOverview(header)) };
}
let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const d = (s: string) => new Date(`${s}T00:00:00Z`);
/** A fixed "now" for deadline lists: Sunday 2026-11-22, noon in Beijing. */
const NOW = new Date("2026-11-22T04:00:00Z");

async function newClient(actor: Actor) {
  const name = `个案对象${uniq()}`;
  const result = await saveClientCommand.execute(actor, {
    name, gender: "MALE", categories: ["LEFT_BEHIND_CHILD"], riskLevel: "LOW", serviceDomain: "CHILDREN", "members.0.name": "",
  });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return db.client.findFirstOrThrow({ where: { name } });
}

const intake = (overrides: Record<string, unknown> = {}) => ({
  firstContactOn: "2026-11-02",
  intakeDate: "",
  source: "OTHERS",
  sourceNote: "社区网格员转告",
  situation: "父母在外务工，与祖母同住，近期学习成绩下滑",
  servicesBefore: "曾参加学校心理辅导两次",
  crisisRisk: "LOW",
  crisisIntervention: "",
  ...overrides,
});

async function open(actor: Actor, clientId: string, overrides: Record<string, unknown> = {}) {
  const result = await openCaseCommand.execute(actor, { clientId, ...intake(overrides) });
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  if (!result.ok) throw new Error(result.message);
  const { id } = result.data!;
  return db.caseFile.findUniqueOrThrow({ where: { id }, include: { intake: true, assessment: true } });
}

const assessment = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId,
  assessedOn: "2026-11-05",
  physical: "身体健康，睡眠不足",
  psychological: "情绪低落，自我评价低",
  social: "同伴关系较少",
  environment: "农村留守家庭，祖母年迈",
  selfView: "觉得父母不关心自己",
  needs: "需要学习支持与情绪疏导",
  resources: "祖母关爱，班主任愿意配合",
  goals: "三个月内情绪改善、成绩回升",
  plan: "每周一次面谈，联系学校开展学业辅导",
  ...overrides,
});

const list = (actor: Actor, q = "") => listCases(actor, parseListParams({ q }, { sortable: CASE_SORTS, defaultSort: "number", filters: CASE_FILTERS }), NOW);

const outsiders = () => fileOutsiders(w);

describe("case numbers", () => {
  it("are GA-YYYY-0001, 0002 … per station and year of first contact", async () => {
    const worker = w.a.actors.socialWorker;
    const c1 = await newClient(worker);
    const c2 = await newClient(worker);
    const first = await open(worker, c1.id, { firstContactOn: "2024-03-04" });
    const second = await open(worker, c2.id, { firstContactOn: "2024-05-06" });
    const otherYear = await open(worker, c1.id, { firstContactOn: "2025-01-06" });
    // Another worker at the same station continues the station's sequence.
    const colleague = await open(w.a.actors.otherWorker, (await newClient(w.a.actors.otherWorker)).id, { firstContactOn: "2024-07-01" });
    // Another station (other district) starts its own.
    const elsewhere = await open(w.b.actors.socialWorker, (await newClient(w.b.actors.socialWorker)).id, { firstContactOn: "2024-03-04" });
    expect([first.number, second.number, otherYear.number, colleague.number, elsewhere.number]).toEqual(["GA-2024-0001", "GA-2024-0002", "GA-2025-0001", "GA-2024-0003", "GA-2024-0001"]);
    expect(first).toMatchObject({ year: 2024, stationId: w.a.stations[0].id, districtId: w.a.district.id, ownerId: w.a.users.socialWorker.id, status: "OPEN", serviceDomain: "CHILDREN" });
    expect(await db.auditLog.findFirst({ where: { action: "case.open", targetId: first.id, outcome: "SUCCESS" } })).not.toBeNull();
  });

  it("concurrent openings get distinct consecutive numbers", async () => {
    const worker = w.a.actors.socialWorker;
    const clients = await Promise.all(Array.from({ length: 6 }, () => newClient(worker)));
    const results = await Promise.all(clients.map((c) => openCaseCommand.execute(worker, { clientId: c.id, ...intake({ firstContactOn: "2023-09-01" }) })));
    expect(results.every((r) => r.ok), JSON.stringify(results)).toBe(true);
    const numbers = results.map((r) => (r.ok ? r.data!.number : "")).sort();
    expect(numbers).toEqual(["GA-2023-0001", "GA-2023-0002", "GA-2023-0003", "GA-2023-0004", "GA-2023-0005", "GA-2023-0006"]);
  });
});

describe("intake and assessment", () => {
  it("opens with the intake (intake date = first contact by default) and stores narratives only encrypted", async () => {
    const worker = w.a.actors.socialWorker;
    const client = await newClient(worker);
    const c = await open(worker, client.id, { crisisIntervention: "on", crisisRisk: "MEDIUM" });
    expect(c.intake).toMatchObject({ intakeDate: d("2026-11-02"), source: "OTHERS", sourceNote: "社区网格员转告", crisisRisk: "MEDIUM", crisisIntervention: true, version: 1 });
    expect(c.intake!.situationEnc).toMatch(/^v1:/);
    const saved = await saveAssessmentCommand.execute(worker, assessment(c.id));
    expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
    const rawIntake = JSON.stringify(await db.$queryRaw`SELECT * FROM case_intake WHERE case_file_id = ${c.id}`);
    const rawAssessment = JSON.stringify(await db.$queryRaw`SELECT * FROM case_assessment WHERE case_file_id = ${c.id}`);
    for (const plain of ["父母在外务工", "学校心理辅导"]) expect(rawIntake).not.toContain(plain);
    for (const plain of ["睡眠不足", "自我评价低", "同伴关系", "祖母年迈", "父母不关心", "学习支持", "班主任", "成绩回升", "每周一次面谈"]) expect(rawAssessment).not.toContain(plain);

    const page = await getCase(worker, c.id, NOW);
    expect(page).toMatchObject({
      canEdit: true,
      intake: { situation: "父母在外务工，与祖母同住，近期学习成绩下滑", servicesBefore: "曾参加学校心理辅导两次" },
      assessment: { physical: "身体健康，睡眠不足", plan: "每周一次面谈，联系学校开展学业辅导", version: 1 },
      caseFile: { deadline: "done", number: c.number },
    });
    const done = Object.fromEntries(page!.checklist.map((r) => [r.label, r.done]));
    expect(done).toMatchObject({ 个案资料封面: true, 个案咨询资料清单: true, 个案工作接案记录表: true, 个案工作预估表: true, 个案工作服务协议: false, 个案工作计划表: false, 个案工作结案表: false, 其他文件: false });
    expect(page!.checklist).toHaveLength(12);
    expect(await db.auditLog.count({ where: { action: "case.view", targetId: c.id, actorUserId: w.a.users.socialWorker.id } })).toBe(1);
  });

  it("edits intake and assessment with a version check", async () => {
    const worker = w.a.actors.socialWorker;
    const c = await open(worker, (await newClient(worker)).id);
    expect(await saveIntakeCommand.execute(worker, { caseId: c.id, version: 1, ...intake({ intakeDate: "2026-11-03", source: "SELF", situation: "新的情况" }) })).toMatchObject({ ok: true });
    expect(await saveIntakeCommand.execute(worker, { caseId: c.id, version: 1, ...intake({ intakeDate: "2026-11-03" }) })).toMatchObject({ ok: false, code: "CONFLICT" });
    const page = await getCase(worker, c.id, NOW);
    expect(page!.intake).toMatchObject({ version: 2, source: "SELF", situation: "新的情况", intakeDate: d("2026-11-03") });

    expect(await saveAssessmentCommand.execute(worker, assessment(c.id))).toMatchObject({ ok: true });
    // A second "new" assessment (no version) is refused: one current assessment per case.
    expect(await saveAssessmentCommand.execute(worker, assessment(c.id))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveAssessmentCommand.execute(worker, assessment(c.id, { version: 1, goals: "改后的目标" }))).toMatchObject({ ok: true });
    expect(await saveAssessmentCommand.execute(worker, assessment(c.id, { version: 1, goals: "过期的修改" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await getCase(worker, c.id, NOW))!.assessment).toMatchObject({ version: 2, goals: "改后的目标" });
    expect(await db.caseAssessment.count({ where: { caseFileId: c.id } })).toBe(1);
  });

  it("the intake is signed by worker, supervisor and station head; once signed it is corrected by a new revision", async () => {
    const worker = w.a.actors.socialWorker;
    const c = await open(worker, (await newClient(worker)).id);
    const intakeRow = () => db.caseIntake.findUniqueOrThrow({ where: { caseFileId: c.id } });
    const sign = async (actor: Actor) => signDocumentCommand.execute(actor, { kind: "INTAKE", documentId: (await intakeRow()).id, version: (await intakeRow()).version });
    // The head and the supervisor countersign only after the worker.
    expect(await sign(w.a.actors.stationHead)).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "负责社工签名后才能签署接案记录表" });
    expect(await sign(w.a.actors.supervisor)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    for (const actor of [w.a.actors.otherWorker, w.a.actors.otherStationHead, w.a.actors.streetStaff, w.a.actors.contractorAdmin, w.b.actors.stationHead, w.b.actors.socialWorker]) {
      const r = await sign(actor);
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(!r.ok && r.code);
    }
    expect(await sign(worker)).toMatchObject({ ok: true, message: "已签名（负责社工）" });
    expect(await sign(worker)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await sign(w.a.actors.supervisor)).toMatchObject({ ok: true });
    expect(await sign(w.a.actors.stationHead)).toMatchObject({ ok: true, redirectTo: "/station/signoffs" });
    expect(await sign(w.a.actors.deputyHead)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // Signed: no edit in place.
    const signed = await intakeRow();
    const edit = await saveIntakeCommand.execute(worker, { caseId: c.id, version: signed.version, ...intake({ intakeDate: "2026-11-03", situation: "签名后修改" }) });
    expect(edit).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "接案记录表已签名，不能直接修改，请使用“更正”" });
    // Only the owner corrects; the correction keeps revision 1 with its three signatures.
    expect(await correctDocumentCommand.execute(w.a.actors.supervisor, { kind: "INTAKE", documentId: signed.id, version: signed.version })).toMatchObject({ ok: false });
    expect(await correctDocumentCommand.execute(worker, { kind: "INTAKE", documentId: signed.id, version: signed.version })).toMatchObject({ ok: true });
    const corrected = await intakeRow();
    expect(corrected.revision).toBe(2);
    expect(await saveIntakeCommand.execute(worker, { caseId: c.id, version: corrected.version, ...intake({ intakeDate: "2026-11-03", situation: "更正后的情况" }) })).toMatchObject({ ok: true });
    const page = await getCase(worker, c.id, NOW);
    expect(page!.intake).toMatchObject({ revision: 2, situation: "更正后的情况" });
    expect(page!.intake!.trail.signoffs).toEqual([]);
    expect(page!.intake!.trail.revisions[0]).toMatchObject({ revision: 1, content: { situation: "父母在外务工，与祖母同住，近期学习成绩下滑" } });
    expect(page!.intake!.trail.revisions[0].signoffs.map((s) => s.role)).toEqual(["WORKER", "SUPERVISOR", "STATION_HEAD"]);
    const raw = JSON.stringify(await db.$queryRaw`SELECT content FROM document_revision WHERE document_id = ${signed.id}`);
    expect(raw).not.toContain("父母在外务工");
  });

  it("validates fields in Chinese", async () => {
    const worker = w.a.actors.socialWorker;
    const client = await newClient(worker);
    const bad = await openCaseCommand.execute(worker, { clientId: client.id, ...intake({ firstContactOn: "2026-02-30", source: "", crisisRisk: "极高" }) });
    expect(bad).toMatchObject({ ok: false, code: "VALIDATION" });
    if (bad.ok) throw new Error("unreachable");
    expect(bad.fieldErrors).toMatchObject({
      firstContactOn: ["首次接触日期应为有效日期，格式 YYYY-MM-DD"], source: ["请选择服务对象来源"], crisisRisk: ["请选择危机因素"],
    });
    const future = await openCaseCommand.execute(worker, { clientId: client.id, ...intake({ firstContactOn: "2099-01-01" }) });
    expect(!future.ok && future.fieldErrors?.firstContactOn).toEqual(["首次接触日期不能晚于今天"]);
    const other = await openCaseCommand.execute(worker, { clientId: client.id, ...intake({ source: "OTHER", sourceNote: "", intakeDate: "2026-11-01" }) });
    expect(!other.ok && other.fieldErrors).toMatchObject({ sourceNote: ["来源为“其他”时请说明具体来源"], intakeDate: ["接案日期不能早于首次接触日期"] });
    const c = await open(worker, client.id);
    const empty = await saveAssessmentCommand.execute(worker, { caseId: c.id, assessedOn: "" });
    expect(!empty.ok && empty.fieldErrors).toMatchObject({ assessedOn: ["请填写预估日期"], physical: ["请至少填写一项背景资料"], needs: ["请填写服务对象问题及需要分析"], goals: ["请填写服务目标"], plan: ["请填写初步服务计划"] });
    const long = await saveAssessmentCommand.execute(worker, assessment(c.id, { plan: "长".repeat(4001) }));
    expect(!long.ok && long.fieldErrors?.plan).toEqual(["初步服务计划不能超过 4000 个字"]);
    expect(await db.caseFile.count({ where: { clientId: client.id } })).toBe(1);
  });
});

describe("assessment deadline: 5 working days after first contact", () => {
  it("counts working days on the calendar, holidays and 调休 included", async () => {
    // Thursday 2019-06-06; 2019-06-07 (端午) and Monday 06-10 are holidays, Saturday 06-15 a working day.
    await db.calendarDay.upsert({ where: { date: d("2019-06-07") }, update: { kind: "HOLIDAY" }, create: { date: d("2019-06-07"), kind: "HOLIDAY", name: "端午节" } });
    await db.calendarDay.upsert({ where: { date: d("2019-06-10") }, update: { kind: "HOLIDAY" }, create: { date: d("2019-06-10"), kind: "HOLIDAY", name: "测试假日" } });
    await db.calendarDay.upsert({ where: { date: d("2019-06-15") }, update: { kind: "WORKDAY" }, create: { date: d("2019-06-15"), kind: "WORKDAY", name: "测试调休" } });
    const worker = w.a.actors.socialWorker;
    const c = await open(worker, (await newClient(worker)).id, { firstContactOn: "2019-06-06" });
    // Working days after 06-06: 11, 12, 13, 14, 15 (调休).
    expect(c.assessmentDueOn).toEqual(d("2019-06-15"));
    // Without calendar entries: Friday 2026-11-20 → Friday 2026-11-27 (weekend skipped).
    expect((await open(worker, (await newClient(worker)).id, { firstContactOn: "2026-11-20" })).assessmentDueOn).toEqual(d("2026-11-27"));
  });

  it("lists overdue and due-soon assessments for the worker and their supervisor", async () => {
    const worker = w.a.actors.socialWorker;
    const overdue = await open(worker, (await newClient(worker)).id, { firstContactOn: "2026-11-02" }); // due 11-09
    const soon = await open(worker, (await newClient(worker)).id, { firstContactOn: "2026-11-17" }); // due 11-24 (Tue)
    const later = await open(worker, (await newClient(worker)).id, { firstContactOn: "2026-11-20" }); // due 11-27
    const assessed = await open(worker, (await newClient(worker)).id, { firstContactOn: "2026-11-02" });
    expect(await saveAssessmentCommand.execute(worker, assessment(assessed.id))).toMatchObject({ ok: true });
    const colleague = await open(w.a.actors.otherWorker, (await newClient(w.a.actors.otherWorker)).id, { firstContactOn: "2026-11-02" });

    for (const [label, actor] of [["worker", worker], ["supervisor", w.a.actors.supervisor]] as const) {
      const lists = await assessmentDeadlines(actor, NOW);
      const overdueIds = lists.overdue.map((r) => r.id);
      const soonIds = lists.dueSoon.map((r) => r.id);
      expect(overdueIds, label).toContain(overdue.id);
      expect(soonIds, label).toContain(soon.id);
      for (const id of [later.id, assessed.id, colleague.id]) {
        expect(overdueIds, label).not.toContain(id);
        expect(soonIds, label).not.toContain(id);
      }
      expect(overdueIds, label).not.toContain(soon.id);
      expect(lists.overdue.every((r) => r.deadline === "overdue")).toBe(true);
      expect(lists.dueSoon.every((r) => r.deadline === "dueSoon")).toBe(true);
    }
    const own = await assessmentDeadlines(w.a.actors.otherWorker, NOW);
    expect(own.overdue.map((r) => r.id)).toContain(colleague.id);
    expect(own.overdue.every((r) => r.ownerId === w.a.users.otherWorker.id)).toBe(true);
    for (const [label, actor] of outsiders().filter(([k]) => k !== "otherWorker")) {
      const lists = await assessmentDeadlines(actor, NOW);
      const seen = [...lists.overdue, ...lists.dueSoon].map((r) => r.id);
      for (const id of [overdue.id, soon.id, colleague.id]) expect(seen, label).not.toContain(id);
    }
    // The list marks them too.
    const rows = (await list(worker, overdue.number)).rows;
    expect(rows.find((r) => r.id === overdue.id)?.deadline).toBe("overdue");
  });
});

describe("who sees what (保密制度)", () => {
  it("the owner reads and writes; the supervisor reads but cannot write; everyone else sees nothing and writes nothing", async () => {
    const worker = w.a.actors.socialWorker;
    const client = await newClient(worker);
    const c = await open(worker, client.id);

    const asSupervisor = await getCase(w.a.actors.supervisor, c.id, NOW);
    expect(asSupervisor).toMatchObject({ canEdit: false, intake: { situation: "父母在外务工，与祖母同住，近期学习成绩下滑" } });
    expect(await db.auditLog.count({ where: { action: "case.view", targetId: c.id, actorUserId: w.a.users.supervisor.id } })).toBe(1);
    expect((await list(w.a.actors.supervisor, c.number)).rows.map((r) => r.id)).toEqual([c.id]);
    // A number is found however it is typed: lower case, or its serial digits only.
    expect((await list(w.a.actors.supervisor, c.number.toLowerCase())).rows.map((r) => r.id)).toEqual([c.id]);
    expect((await list(worker, c.number.slice(3))).rows.map((r) => r.id)).toContain(c.id);
    expect((await list(worker, client.name)).rows.map((r) => r.id)).toEqual([c.id]);
    expect(await saveIntakeCommand.execute(w.a.actors.supervisor, { caseId: c.id, version: 1, ...intake({ intakeDate: "2026-11-02" }) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveAssessmentCommand.execute(w.a.actors.supervisor, assessment(c.id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await openCaseCommand.execute(w.a.actors.supervisor, { clientId: client.id, ...intake() })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    for (const [label, actor] of outsiders()) {
      expect(await getCase(actor, c.id, NOW), label).toBeNull();
      expect((await list(actor)).rows.map((r) => r.id), label).not.toContain(c.id);
      const refusedAssessment = await saveAssessmentCommand.execute(actor, assessment(c.id));
      const refusedIntake = await saveIntakeCommand.execute(actor, { caseId: c.id, version: 1, ...intake({ intakeDate: "2026-11-02", situation: "篡改" }) });
      const refusedOpen = await openCaseCommand.execute(actor, { clientId: client.id, ...intake() });
      for (const r of [refusedAssessment, refusedIntake, refusedOpen]) {
        expect(r.ok, label).toBe(false);
        expect(["NOT_FOUND", "FORBIDDEN"], label).toContain(!r.ok && r.code);
      }
    }
    // Nothing written: no assessment, the intake unchanged, no other case for the client, no views by outsiders.
    expect(await db.caseAssessment.count({ where: { caseFileId: c.id } })).toBe(0);
    expect(await db.caseIntake.findUniqueOrThrow({ where: { caseFileId: c.id } })).toMatchObject({ version: 1 });
    expect(await db.caseFile.count({ where: { clientId: client.id } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "case.view", targetId: c.id } })).toBe(1);
  });

  it("refuses opening a case for a client the actor cannot manage, and saving on another worker's case", async () => {
    const mine = await newClient(w.a.actors.socialWorker);
    const theirs = await newClient(w.a.actors.otherWorker);
    expect(await openCaseCommand.execute(w.a.actors.socialWorker, { clientId: theirs.id, ...intake() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await openCaseCommand.execute(w.a.actors.socialWorker, { clientId: "no-such-client", ...intake() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const theirCase = await open(w.a.actors.otherWorker, theirs.id);
    expect(await saveAssessmentCommand.execute(w.a.actors.socialWorker, assessment(theirCase.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveIntakeCommand.execute(w.a.actors.socialWorker, { caseId: theirCase.id, version: 1, ...intake({ intakeDate: "2026-11-02" }) })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.caseFile.count({ where: { clientId: theirs.id } })).toBe(1);
    expect(await db.caseAssessment.count({ where: { caseFileId: theirCase.id } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "case.save_assessment", actorUserId: w.a.users.socialWorker.id, outcome: "DENIED" } })).not.toBeNull();
    // The worker's own client is fine.
    await open(w.a.actors.socialWorker, mine.id);
  });

  it("others get counts only", async () => {
    const counts = await countCases(w.a.actors.stationHead, NOW);
    expect(counts.total).toBeGreaterThan(0);
    expect(counts.byStatus.OPEN).toBe(counts.total);
    expect(counts.assessmentOverdue).toBeGreaterThan(0);
    expect(await countCases(w.a.actors.bureauStaff, NOW)).toMatchObject({ total: counts.total });
    expect(await countCases(w.a.actors.auditor, NOW)).toMatchObject({ total: 0 });
    expect(await countCases(w.systemAdmin, NOW)).toMatchObject({ total: 0 });
  });
});

describe("the client page's case list", () => {
  it("shows the client's cases to the owner and the supervisor, and nothing to anyone else", async () => {
    const client = await newClient(w.a.actors.socialWorker);
    const first = await open(w.a.actors.socialWorker, client.id);
    const second = await open(w.a.actors.socialWorker, client.id, { firstContactOn: "2026-11-09" });
    expect((await listClientCases(w.a.actors.socialWorker, client.id)).map((c) => c.id)).toEqual([second.id, first.id]);
    expect(await listClientCases(w.a.actors.supervisor, client.id)).toHaveLength(2);
    for (const [key, actor] of fileOutsiders(w)) expect(await listClientCases(actor, client.id), key).toEqual([]);
  });
});
