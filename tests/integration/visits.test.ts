import { beforeAll, describe, expect, it } from "vitest";
import { shanghaiMonthOf, shanghaiMonthRange, parseShanghaiDateTime } from "@/lib/dates";
import { saveClientCommand } from "@/features/clients/commands";
import { openCaseCommand } from "@/features/cases/commands";
import { correctDocumentCommand, signDocumentCommand } from "@/features/documents/commands";
import { countersignQueue } from "@/features/documents/queries";
import { linkSituationCaseCommand, saveVisitCommand, saveVisitOpinionCommand } from "@/features/visits/commands";
import { toDateTimeInput } from "@/features/visits/helpers";
import { countVisits, getVisit, linkableCases, listVisits, visitFormOptions } from "@/features/visits/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { uniq } from "../../prisma/seed/factories";
import { seedDemoCases } from "../../prisma/seed/demo-cases";
import { seedDemoClients } from "../../prisma/seed/demo-clients";
import { seedDemoVisits } from "../../prisma/seed/demo-visits";
import { buildWorld, type World } from "../support/world";

let w: World;
/** A household of socialWorker's client, and one of otherWorker's client (same station). */
let ownHousehold: string;
let otherHousehold: string;
let ownCase: string;
let otherCase: string;

async function clientOf(actor: Actor) {
  const name = `探访对象${uniq()}`;
  const r = await saveClientCommand.execute(actor, { name, gender: "FEMALE", categories: ["ADVANCED_AGE"], riskLevel: "LOW", serviceDomain: "ELDERLY", address: "昆明市呈贡区龙城街道彩云路 8 号", "members.0.name": "" });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return db.client.findFirstOrThrow({ where: { name } });
}

async function caseOf(actor: Actor, clientId: string) {
  const opened = await openCaseCommand.execute(actor, { clientId, firstContactOn: "2026-11-02", intakeDate: "", source: "OUTREACH", sourceNote: "", situation: "探访中发现", servicesBefore: "", crisisRisk: "LOW", crisisIntervention: "" });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  return opened.data!.id;
}

beforeAll(async () => {
  w = await buildWorld();
  const own = await clientOf(w.a.actors.socialWorker);
  const other = await clientOf(w.a.actors.otherWorker);
  ownHousehold = own.householdId!;
  otherHousehold = other.householdId!;
  ownCase = await caseOf(w.a.actors.socialWorker, own.id);
  otherCase = await caseOf(w.a.actors.otherWorker, other.id);
});

const DAY = 86_400_000;
const ago = (days: number) => toDateTimeInput(new Date(Date.now() - days * DAY));

const CONTENT = "探访提纲：身体状况、居家安全、生活照料。总体情况：多数老人身体尚可，李奶奶家中燃气灶老旧。";
const SITUATION_NAMES = "李秀珍（独居，86 岁）";
const SITUATION_DESC = "近一周两次忘关燃气，邻居闻到气味后报告。";

function visitFields(overrides: Record<string, unknown> = {}) {
  return {
    target: "辖区高龄独居老人",
    serviceDomain: "ELDERLY",
    visitType: "HOME",
    visitedAt: ago(2),
    place: "龙街社区各居民小组",
    communityId: w.a.communities[0].id,
    householdCount: "",
    "households.0.name": "王桂兰",
    "households.0.householdId": ownHousehold,
    "households.1.name": "李秀珍",
    "households.1.note": "独居",
    "households.2.name": "",
    content: CONTENT,
    "situations.0.names": SITUATION_NAMES,
    "situations.0.description": SITUATION_DESC,
    "situations.0.followUp": "CASE",
    "situations.1.names": "张大爷",
    "situations.1.description": "需要助餐服务",
    "situations.1.followUp": "OTHER",
    "situations.1.followUpNote": "链接社区助餐点",
    ...overrides,
  };
}

async function createVisit(actor: Actor = w.a.actors.socialWorker, overrides: Record<string, unknown> = {}) {
  const r = await saveVisitCommand.execute(actor, visitFields(overrides));
  if (!r.ok) throw new Error(JSON.stringify(r));
  return (r.data as { id: string }).id;
}

const visitRow = (id: string) => db.visit.findUniqueOrThrow({ where: { id }, include: { households: { orderBy: { id: "asc" } }, situations: { orderBy: { id: "asc" } } } });
const step = (v: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({ kind: "VISIT", documentId: v.id, version: v.version, ...extra });
const LIST = { q: "", page: 1, pageSize: 100, sort: "visitedAt" as const, dir: "desc" as const, filters: {} };
const refused = (r: { ok: boolean; code?: string }) => !r.ok && ["NOT_FOUND", "FORBIDDEN"].includes(r.code!);

describe("helpers", () => {
  it("reads the date and time in Beijing time and rejects impossible ones", () => {
    expect(parseShanghaiDateTime("2026-11-20T14:30")?.toISOString()).toBe("2026-11-20T06:30:00.000Z");
    expect(parseShanghaiDateTime("2026-11-01 00:10")?.toISOString()).toBe("2026-10-31T16:10:00.000Z");
    expect(parseShanghaiDateTime("2026-02-30T10:00")).toBeNull();
    expect(parseShanghaiDateTime("2026-11-20T24:00")).toBeNull();
    expect(toDateTimeInput(new Date("2026-10-31T16:10:00Z"))).toBe("2026-11-01T00:10");
    expect(shanghaiMonthOf(new Date("2026-10-31T16:10:00Z"))).toBe("2026-11");
    expect(shanghaiMonthRange("2026-11")).toEqual({ from: new Date("2026-10-31T16:00:00Z"), to: new Date("2026-11-30T16:00:00Z") });
    expect(shanghaiMonthRange("2026-13")).toBeNull();
  });
});

describe("探访记录表: recording", () => {
  it("the worker records a visit with its list of households and special situations; narratives are encrypted at rest", async () => {
    const worker = w.a.actors.socialWorker;
    const id = await createVisit(worker);
    const v = await visitRow(id);
    expect(v).toMatchObject({
      workerId: w.a.users.socialWorker.id, stationId: w.a.stations[0].id, districtId: w.a.district.id, communityId: w.a.communities[0].id,
      target: "辖区高龄独居老人", serviceDomain: "ELDERLY", visitType: "HOME", householdCount: 2, revision: 1, version: 1,
    });
    expect(v.households.map((h) => [h.name, h.householdId, h.note])).toEqual([["王桂兰", ownHousehold, null], ["李秀珍", null, "独居"]]);
    expect(v.contentEnc).toMatch(/^v1:/);
    expect(v.situations.map((s) => [s.followUp, s.followUpNote])).toEqual([["CASE", null], ["OTHER", "链接社区助餐点"]]);
    for (const s of v.situations) {
      expect(s.namesEnc).toMatch(/^v1:/);
      expect(s.descriptionEnc).toMatch(/^v1:/);
    }
    const raw = JSON.stringify([await db.$queryRaw`SELECT * FROM visit WHERE id = ${id}`, await db.$queryRaw`SELECT * FROM visit_situation WHERE visit_id = ${id}`]);
    expect(raw).not.toContain("燃气灶");
    expect(raw).not.toContain("李秀珍");
    expect(raw).not.toContain("忘关燃气");
    expect(await db.auditLog.findFirst({ where: { action: "visit.save", targetId: id } })).toMatchObject({ outcome: "SUCCESS", actorUserId: w.a.users.socialWorker.id });
    expect(JSON.stringify((await db.auditLog.findMany({ where: { targetId: id } })).map((a) => a.detail))).not.toContain("燃气");

    const page = await getVisit(worker, id);
    expect(page).toMatchObject({ role: "owner", canEdit: true, canOpinion: false, canLink: true, signState: "unsigned" });
    expect(page!.visit).toMatchObject({ content: CONTENT, householdCount: 2, communityName: w.a.communities[0].name });
    expect(page!.visit.situations.map((s) => [s.names, s.description, s.caseFile])).toEqual([[SITUATION_NAMES, SITUATION_DESC, null], ["张大爷", "需要助餐服务", null]]);
    expect(page!.visit.households.map((h) => h.readable)).toEqual([true, false]);
    expect(page!.trail.actions).toEqual(["edit", "sign"]);
    expect(await db.auditLog.count({ where: { action: "visit.view", targetId: id, actorUserId: w.a.users.socialWorker.id, outcome: "SUCCESS" } })).toBe(1);

    const total = await saveVisitCommand.execute(worker, visitFields({ householdCount: "30" }));
    expect(total).toMatchObject({ ok: true });
    expect((await db.visit.findUniqueOrThrow({ where: { id: (total as { data: { id: string } }).data.id } })).householdCount).toBe(30);
  });

  it("refuses what the form does not allow, with the message on the field", async () => {
    const worker = w.a.actors.socialWorker;
    const before = await db.visit.count();
    const errors = async (overrides: Record<string, unknown>) => {
      const r = await saveVisitCommand.execute(worker, visitFields(overrides));
      expect(r.ok).toBe(false);
      return !r.ok ? r.fieldErrors : undefined;
    };
    expect(await errors({ householdCount: "1" })).toEqual({ householdCount: ["探访总户数不能少于探访名单的户数（2 户）"] });
    expect(await errors({ householdCount: "两户" })).toEqual({ householdCount: ["探访总户数应为整数"] });
    expect(await errors({ visitedAt: toDateTimeInput(new Date(Date.now() + 2 * 3_600_000)) })).toEqual({ visitedAt: ["日期及时间不能晚于现在"] });
    expect(await errors({ visitedAt: "2026-02-30T10:00" })).toEqual({ visitedAt: ["日期及时间应为有效的日期和时间"] });
    expect(await errors({ visitedAt: "" })).toEqual({ visitedAt: ["请填写日期及时间"] });
    expect(await errors({ content: "  " })).toEqual({ content: ["请填写具体探访工作内容"] });
    expect(await errors({ "households.0.name": "", "households.0.householdId": "", "households.1.name": "", "households.1.note": "" })).toEqual({ households: ["请至少填写一户探访名单"] });
    // Every message at once: the list's and the count's checks run even when other fields are wrong.
    expect(await errors({ target: "", content: "", "households.0.name": "", "households.0.householdId": "", "households.1.name": "", "households.1.note": "" })).toEqual({
      target: ["请填写服务对象"], content: ["请填写具体探访工作内容"], households: ["请至少填写一户探访名单"],
    });
    expect(await errors({ place: "", householdCount: "1" })).toEqual({ place: ["请填写地点"], householdCount: ["探访总户数不能少于探访名单的户数（2 户）"] });
    expect(await errors({ "households.1.name": "" })).toEqual({ "households.1.name": ["请填写被探访人姓名"] });
    expect(await errors({ "situations.1.followUpNote": "" })).toEqual({ "situations.1.followUpNote": ["跟进形式为“其他”时请说明"] });
    expect(await errors({ "situations.0.followUp": "", "situations.0.description": "" })).toEqual({
      "situations.0.description": ["请填写特殊情况描述"], "situations.0.followUp": ["请选择特殊情况跟进形式"],
    });
    expect(await errors({ target: "", place: "", serviceDomain: "", visitType: "PHONE" })).toEqual({
      target: ["请填写服务对象"], place: ["请填写地点"], serviceDomain: ["请选择服务领域"], visitType: ["请选择服务类型"],
    });
    // A household the worker does not read (another worker's client), and a community of another street.
    expect(await errors({ "households.1.householdId": otherHousehold })).toEqual({ "households.1.householdId": ["请选择您负责的服务对象所在的家庭"] });
    expect(await errors({ communityId: w.a.communities[1].id })).toEqual({ communityId: ["请选择本站所在街道（乡镇）的村（社区）"] });
    expect(await db.visit.count()).toBe(before);
  });

  it("the form offers the worker's station, its street's communities and the households the worker reads", async () => {
    const options = await visitFormOptions(w.a.actors.socialWorker);
    expect(options!.station.id).toEqual(w.a.stations[0].id);
    expect(options!.communities.map((c) => c.id)).toEqual([w.a.communities[0].id]);
    expect(options!.households.map((h) => h.id)).toEqual([ownHousehold]);
    // Editing a visit: the households it already names stay choosable; another station's visit offers nothing.
    const editing = await visitFormOptions(w.a.actors.socialWorker, { stationId: w.a.stations[0].id, households: [{ householdId: otherHousehold, name: "王某" }, { householdId: null, name: "李某" }] });
    expect(editing!.households.map((h) => [h.id, h.label])).toEqual([[ownHousehold, expect.any(String)], [otherHousehold, "王某（已关联）"]]);
    expect(await visitFormOptions(w.a.actors.socialWorker, { stationId: w.a.stations[1].id, households: [] })).toBeNull();
    for (const actor of [w.a.actors.supervisor, w.a.actors.stationHead, w.a.actors.bureauAdmin]) expect(await visitFormOptions(actor)).toBeNull();
    // Only a station worker creates visits.
    for (const actor of [w.a.actors.supervisor, w.a.actors.stationHead, w.a.actors.streetStaff, w.a.actors.bureauAdmin, w.a.actors.contractorAdmin, w.systemAdmin]) {
      expect(await saveVisitCommand.execute(actor, visitFields({ stationId: w.a.stations[0].id }))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // Not at another station.
    expect(await saveVisitCommand.execute(w.a.actors.socialWorker, visitFields({ stationId: w.a.stations[1].id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("开案 from a special situation", () => {
  it("opens the case and links the situation in one step; a situation of someone else's visit opens nothing", async () => {
    const worker = w.a.actors.socialWorker;
    const id = await createVisit(worker);
    const [caseSituation, otherSituation] = (await visitRow(id)).situations;
    const client = await clientOf(worker);
    const open = (actor: Actor, visitSituationId: string, clientId = client.id) => openCaseCommand.execute(actor, {
      clientId, visitSituationId, firstContactOn: "2026-11-20", intakeDate: "", source: "OUTREACH", sourceNote: "", situation: "探访中发现", servicesBefore: "", crisisRisk: "MEDIUM", crisisIntervention: "",
    });
    const before = await db.caseFile.count();
    // A situation followed up as "other" cannot be linked, and nothing is opened.
    expect(await open(worker, otherSituation.id)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // Another worker's visit: not found, nothing opened.
    const theirs = await createVisit(w.a.actors.otherWorker, { "households.0.householdId": otherHousehold });
    const [theirSituation] = (await visitRow(theirs)).situations;
    expect(await open(worker, theirSituation.id)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.caseFile.count()).toBe(before);
    const opened = await open(worker, caseSituation.id);
    expect(opened, JSON.stringify(opened)).toMatchObject({ ok: true });
    expect((await db.visitSituation.findUniqueOrThrow({ where: { id: caseSituation.id } })).caseFileId).toBe((opened as { data: { id: string } }).data.id);
  });
});

describe("探访记录表: edit, sign, countersign, correct", () => {
  it("edits while unsigned (keeping situation ids and links), then the worker signs, the head countersigns; a signed visit is corrected as revision 2", async () => {
    const worker = w.a.actors.socialWorker;
    const head = w.a.actors.stationHead;
    const id = await createVisit(worker);
    let v = await visitRow(id);
    const [caseSituation, otherSituation] = v.situations;
    expect(await linkSituationCaseCommand.execute(worker, { situationId: caseSituation.id, caseFileId: ownCase })).toMatchObject({ ok: true });

    const edit = (version: number | undefined, overrides: Record<string, unknown> = {}, actor: Actor = worker) =>
      saveVisitCommand.execute(actor, visitFields({
        visitId: id, version, place: "龙街社区第三居民小组", "households.2.name": "赵德顺", householdCount: "5",
        "situations.0.id": caseSituation.id, "situations.1.id": otherSituation.id, "situations.1.names": "", "situations.1.description": "", "situations.1.followUp": "", "situations.1.followUpNote": "",
        "situations.2.names": "孙奶奶", "situations.2.description": "行动不便", "situations.2.followUp": "GROUP",
        ...overrides,
      }));
    expect(await edit(undefined, { version: "" })).toMatchObject({ ok: true });
    v = await visitRow(id);
    expect(v).toMatchObject({ place: "龙街社区第三居民小组", householdCount: 5, version: 2, revision: 1 });
    expect(v.households.map((h) => h.name)).toEqual(["王桂兰", "李秀珍", "赵德顺"]);
    // The situation with the case keeps its id and its link; the emptied one is gone; a new one is added.
    expect(v.situations.find((s) => s.id === caseSituation.id)).toMatchObject({ caseFileId: ownCase, followUp: "CASE" });
    expect(v.situations.some((s) => s.id === otherSituation.id)).toBe(false);
    expect(v.situations.map((s) => s.followUp).sort()).toEqual(["CASE", "GROUP"]);
    expect(await edit(1)).toMatchObject({ ok: false, code: "CONFLICT" });
    // A situation id that is not the visit's: refused.
    expect(await edit(2, { "situations.1.id": "not-a-situation", "situations.1.names": "某人", "situations.1.description": "某事", "situations.1.followUp": "GROUP" })).toMatchObject({ ok: false, code: "CONFLICT" });

    // Not editable by anyone but its worker.
    for (const actor of [w.a.actors.otherWorker, w.b.actors.socialWorker]) expect(refused(await edit(2, {}, actor))).toBe(true);
    expect(await edit(2, {}, w.a.actors.supervisor)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const page = await getVisit(worker, id);
    expect(page!.visit.situations.find((s) => s.id === caseSituation.id)!.caseFile).toMatchObject({ id: ownCase, readable: true });
    // The head does not read the visit, before or after signing.
    expect(await getVisit(head, id)).toBeNull();

    // The head cannot sign before the worker.
    expect(await signDocumentCommand.execute(head, step(v))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await signDocumentCommand.execute(worker, step(v))).toMatchObject({ ok: true });
    v = await visitRow(id);
    expect(await edit(v.version)).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "探访记录表已签名，不能直接修改，请使用“更正”" });
    // The head finds it in 待签署文书 (date, count, worker — no names, no content) and not in the visits list.
    const queued = (await countersignQueue(head)).find((r) => r.id === id);
    expect(queued).toEqual({
      kind: "VISIT", id, version: v.version, reference: "探访", detail: "共探访 5 户", date: v.visitedAt, workerName: w.a.actors.socialWorker.name, workerSignedAt: expect.any(Date),
    });
    expect((await listVisits(head, LIST)).rows.map((r) => r.id)).not.toContain(id);
    expect((await listVisits(worker, LIST)).rows.find((r) => r.id === id)!.signState).toBe("workerSigned");
    // Another station's head, a supervisor (not a signer of visits) and the other district cannot sign.
    expect(refused(await signDocumentCommand.execute(w.a.actors.otherStationHead, step(v)))).toBe(true);
    expect(refused(await signDocumentCommand.execute(w.b.actors.stationHead, step(v)))).toBe(true);
    expect(await signDocumentCommand.execute(w.a.actors.supervisor, step(v))).toMatchObject({ ok: false, code: "FORBIDDEN" });

    expect(await getVisit(head, id)).toBeNull();
    expect(await signDocumentCommand.execute(head, step(v))).toMatchObject({ ok: true, redirectTo: "/station/signoffs" });
    expect(await getVisit(head, id)).toBeNull();
    v = await visitRow(id);
    expect((await db.documentSignoff.findMany({ where: { documentId: id } })).map((s) => s.role).sort()).toEqual(["STATION_HEAD", "WORKER"]);
    expect((await countersignQueue(head)).find((r) => r.id === id)).toBeUndefined();
    expect((await getVisit(worker, id))!).toMatchObject({ signState: "signed", canEdit: false });
    expect((await getVisit(worker, id))!.trail.signoffs.find((s) => s.role === "STATION_HEAD")).toMatchObject({ userName: head.name });
    expect((await getVisit(worker, id))!.trail.actions).toEqual(["correct"]);

    // 更正: only its worker; revision 1 kept (encrypted, with its signatures), revision 2 unsigned and editable.
    expect(refused(await correctDocumentCommand.execute(w.a.actors.otherWorker, step(v)))).toBe(true);
    expect(await correctDocumentCommand.execute(head, step(v))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await correctDocumentCommand.execute(worker, step(v))).toMatchObject({ ok: true });
    v = await visitRow(id);
    expect(v).toMatchObject({ revision: 2 });
    expect(await db.documentSignoff.count({ where: { documentId: id } })).toBe(0);
    const kept = await db.documentRevision.findFirstOrThrow({ where: { documentId: id, revision: 1 } });
    expect((kept.signoffs as { role: string }[]).map((s) => s.role).sort()).toEqual(["STATION_HEAD", "WORKER"]);
    const keptRaw = JSON.stringify(kept.content);
    expect(keptRaw).toContain("龙街社区第三居民小组");
    expect(keptRaw).not.toContain("燃气灶");
    expect(keptRaw).not.toContain("忘关燃气");
    expect(await edit(v.version, { place: "更正后的地点" })).toMatchObject({ ok: true });

    const after = await getVisit(worker, id);
    expect(after!.visit).toMatchObject({ place: "更正后的地点", revision: 2 });
    expect(after!.trail.revisions).toHaveLength(1);
    const revision = after!.trail.revisions[0];
    expect(revision.content).toMatchObject({ place: "龙街社区第三居民小组", content: CONTENT });
    expect((revision.content.situations as { names: string }[]).map((s) => s.names)).toContain(SITUATION_NAMES);
    expect(after!.trail.events.map((e) => e.event)).toEqual(["SIGN", "SIGN", "CORRECT"]);
  });
});

describe("督导意见", () => {
  it("only the worker's supervisor gives it, until the station head has signed", async () => {
    const worker = w.a.actors.socialWorker;
    const supervisor = w.a.actors.supervisor;
    const id = await createVisit(worker);
    let v = await visitRow(id);
    expect((await getVisit(supervisor, id))!).toMatchObject({ role: "supervisor", canOpinion: true, canEdit: false, canLink: false });
    expect((await getVisit(supervisor, id))!.trail.actions).toEqual([]);

    const noText = await saveVisitOpinionCommand.execute(supervisor, { visitId: id, version: v.version, opinion: "" });
    expect(!noText.ok && noText.fieldErrors).toEqual({ opinion: ["请填写督导意见"] });
    for (const actor of [worker, w.a.actors.otherWorker, w.b.actors.supervisor, w.a.actors.streetStaff, w.a.actors.bureauAdmin]) {
      expect(refused(await saveVisitOpinionCommand.execute(actor, { visitId: id, version: v.version, opinion: "越权意见" }))).toBe(true);
    }
    for (const actor of [w.a.actors.stationHead, w.a.actors.deputyHead]) {
      expect(await saveVisitOpinionCommand.execute(actor, { visitId: id, version: v.version, opinion: "站长意见" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }

    expect(await saveVisitOpinionCommand.execute(supervisor, { visitId: id, version: v.version, opinion: "探访细致，燃气隐患请尽快跟进。" })).toMatchObject({ ok: true });
    v = await visitRow(id);
    expect(v.supervisorOpinionEnc).toMatch(/^v1:/);
    expect(await saveVisitOpinionCommand.execute(supervisor, { visitId: id, version: 1, opinion: "旧版本" })).toMatchObject({ ok: false, code: "CONFLICT" });
    const page = await getVisit(worker, id);
    expect(page!.visit).toMatchObject({ supervisorOpinion: "探访细致，燃气隐患请尽快跟进。", opinionBy: { actorName: w.a.actors.supervisor.name } });

    // After the worker signs the supervisor may still give it; once the head signs, no more.
    expect(await signDocumentCommand.execute(worker, step(v))).toMatchObject({ ok: true });
    v = await visitRow(id);
    expect(await saveVisitOpinionCommand.execute(supervisor, { visitId: id, version: v.version, opinion: "补充：请联系家属。" })).toMatchObject({ ok: true });
    v = await visitRow(id);
    expect(await signDocumentCommand.execute(w.a.actors.stationHead, step(v))).toMatchObject({ ok: true });
    v = await visitRow(id);
    expect(await saveVisitOpinionCommand.execute(supervisor, { visitId: id, version: v.version, opinion: "再改" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect((await getVisit(supervisor, id))!.canOpinion).toBe(false);

    // otherWorker's visits are not the supervisor's.
    const theirs = await createVisit(w.a.actors.otherWorker, { "households.0.householdId": otherHousehold });
    expect(await getVisit(supervisor, theirs)).toBeNull();
    expect(await saveVisitOpinionCommand.execute(supervisor, { visitId: theirs, opinion: "越权" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("特殊情况 → 个案", () => {
  it("the worker links a situation followed up as a case to an open case of their own only", async () => {
    const worker = w.a.actors.socialWorker;
    const id = await createVisit(worker);
    const v = await visitRow(id);
    const [caseSituation, otherSituation] = v.situations;
    const linkable = (await linkableCases(worker, w.a.stations[0].id)).map((c) => c.id);
    expect(linkable).toContain(ownCase);
    expect(linkable).not.toContain(otherCase);

    expect(await linkSituationCaseCommand.execute(worker, { situationId: caseSituation.id, caseFileId: otherCase })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await linkSituationCaseCommand.execute(worker, { situationId: otherSituation.id, caseFileId: ownCase })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await linkSituationCaseCommand.execute(worker, { situationId: caseSituation.id, caseFileId: "" })).toMatchObject({ ok: false, fieldErrors: { caseFileId: ["请选择个案"] } });
    // Someone else cannot link the worker's situation, even to the worker's case or their own.
    expect(await linkSituationCaseCommand.execute(w.a.actors.otherWorker, { situationId: caseSituation.id, caseFileId: otherCase })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    for (const actor of [w.a.actors.supervisor, w.a.actors.stationHead, w.b.actors.socialWorker]) {
      expect(refused(await linkSituationCaseCommand.execute(actor, { situationId: caseSituation.id, caseFileId: ownCase }))).toBe(true);
    }
    expect(await db.visitSituation.findUniqueOrThrow({ where: { id: caseSituation.id } })).toMatchObject({ caseFileId: null });

    // Signed visits can still record where the follow-up went.
    expect(await signDocumentCommand.execute(worker, step(v))).toMatchObject({ ok: true });
    const linked = await linkSituationCaseCommand.execute(worker, { situationId: caseSituation.id, caseFileId: ownCase });
    expect(linked).toMatchObject({ ok: true, redirectTo: `/station/visits/${id}` });
    expect(await db.visitSituation.findUniqueOrThrow({ where: { id: caseSituation.id } })).toMatchObject({ caseFileId: ownCase });
    expect(await db.auditLog.findFirst({ where: { action: "visit.link_case", targetId: id, outcome: "SUCCESS" } })).toMatchObject({ detail: expect.objectContaining({ situationId: caseSituation.id, caseFileId: ownCase }) });
    // The supervisor sees the linked case number and may open it (the case is their supervisee's).
    const page = await getVisit(w.a.actors.supervisor, id);
    const number = (await db.caseFile.findUniqueOrThrow({ where: { id: ownCase } })).number;
    expect(page!.visit.situations[0].caseFile).toMatchObject({ number, readable: true });
    // The head reads neither the visit nor the number.
    expect(await getVisit(w.a.actors.stationHead, id)).toBeNull();
  });

  it("a linked case the reader cannot read shows as linked, without its number", async () => {
    const worker = w.a.actors.socialWorker;
    const client = await clientOf(worker);
    const caseId = await caseOf(worker, client.id);
    const id = await createVisit(worker);
    const [caseSituation] = (await visitRow(id)).situations;
    expect(await linkSituationCaseCommand.execute(worker, { situationId: caseSituation.id, caseFileId: caseId })).toMatchObject({ ok: true });
    // The case is later handed to a colleague whom neither the worker nor the supervisor reads.
    await db.caseFile.update({ where: { id: caseId }, data: { ownerId: w.a.users.otherWorker.id } });
    const number = (await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).number;
    for (const actor of [worker, w.a.actors.supervisor]) {
      const page = await getVisit(actor, id);
      expect(page!.visit.situations[0].caseFile).toEqual({ readable: false });
      expect(JSON.stringify(page)).not.toContain(number);
      expect(JSON.stringify(page!.visit.situations)).not.toContain(caseId);
    }
    // Its new owner, who reads the case, does not read the visit.
    expect(await getVisit(w.a.actors.otherWorker, id)).toBeNull();
  });
});

describe("scope", () => {
  it("the worker and their supervisor read it; nobody else (not the station's head either) reads, lists or edits it", async () => {
    const worker = w.a.actors.socialWorker;
    const id = await createVisit(worker, { target: "范围测试对象" });
    const v = await visitRow(id);

    for (const [key, actor] of [["socialWorker", worker], ["supervisor", w.a.actors.supervisor]] as const) {
      expect(await getVisit(actor, id), key).not.toBeNull();
      expect((await listVisits(actor, LIST)).rows.map((r) => r.id), key).toContain(id);
    }
    const outsiders: [string, Actor][] = [
      ["stationHead", w.a.actors.stationHead], ["deputyHead", w.a.actors.deputyHead], ["otherWorker", w.a.actors.otherWorker], ["otherStationHead", w.a.actors.otherStationHead], ["streetStaff", w.a.actors.streetStaff],
      ["contractorAdmin", w.a.actors.contractorAdmin], ["bureauAdmin", w.a.actors.bureauAdmin], ["bureauStaff", w.a.actors.bureauStaff],
      ["evaluator", w.a.actors.evaluator], ["auditor", w.a.actors.auditor], ["systemAdmin", w.systemAdmin],
      ["b.socialWorker", w.b.actors.socialWorker], ["b.supervisor", w.b.actors.supervisor], ["b.stationHead", w.b.actors.stationHead], ["b.bureauAdmin", w.b.actors.bureauAdmin],
    ];
    const views = await db.auditLog.count({ where: { action: "visit.view", targetId: id } });
    for (const [key, actor] of outsiders) {
      expect(await getVisit(actor, id), key).toBeNull();
      expect((await listVisits(actor, LIST)).rows.map((r) => r.id), key).not.toContain(id);
      expect(refused(await saveVisitCommand.execute(actor, visitFields({ visitId: id, version: v.version, place: "越权修改" }))), key).toBe(true);
    }
    expect(await db.auditLog.count({ where: { action: "visit.view", targetId: id } })).toBe(views);
    expect(await visitRow(id)).toMatchObject({ version: 1, place: "龙街社区各居民小组" });
    // Readers who are not its worker do not edit it either.
    expect(refused(await saveVisitCommand.execute(w.a.actors.supervisor, visitFields({ visitId: id, version: v.version })))).toBe(true);
    expect(await db.auditLog.count({ where: { action: "visit.view", targetId: id, actorUserId: { in: [w.a.users.stationHead.id, w.a.users.deputyHead.id] } } })).toBe(0);
  });

  it("the list searches by target or place and filters by month and type", async () => {
    const worker = w.a.actors.socialWorker;
    const tag = uniq();
    const older = await createVisit(worker, { target: `困境儿童家庭${tag}`, visitType: "ONLINE", visitedAt: ago(40), place: `电话${tag}` });
    const recent = await createVisit(worker, { target: `辖区残疾人${tag}`, visitedAt: ago(1) });
    const list = (q: string, filters: Record<string, string> = {}) => listVisits(worker, { ...LIST, q, filters }).then((r) => r.rows.map((x) => x.id));
    expect(await list(tag)).toEqual([recent, older]);
    expect(await list(`电话${tag}`)).toEqual([older]);
    expect(await list(tag, { type: "ONLINE" })).toEqual([older]);
    const month = shanghaiMonthOf(new Date(Date.now() - 40 * DAY));
    expect(await list(tag, { month })).toEqual(shanghaiMonthOf(new Date(Date.now() - DAY)) === month ? [recent, older] : [older]);
    expect(await list(tag, { month: "garbage" })).toEqual([recent, older]);
    const row = (await listVisits(worker, { ...LIST, q: tag })).rows[0];
    expect(row).toMatchObject({ id: recent, householdCount: 2, worker: { name: w.a.actors.socialWorker.name }, signState: "unsigned" });
    expect(JSON.stringify(row)).not.toContain("v1:");
  });
});

describe("countVisits (reports above the station)", () => {
  it("counts visits and households per station and month for the bureau, street and contractor, without names or content", async () => {
    // A fresh month far in the past keeps the numbers of this test its own.
    const at = (d: string) => ({ visitedAt: d });
    await createVisit(w.a.actors.socialWorker, { ...at("2025-03-03T09:00"), householdCount: "12" });
    await createVisit(w.a.actors.otherWorker, { ...at("2025-03-31T23:30"), "households.0.householdId": otherHousehold });
    await createVisit(w.a.actors.socialWorker, { ...at("2025-04-01T00:10") });
    // 2025-02-28 23:59 Beijing is still February.
    await createVisit(w.a.actors.socialWorker, { ...at("2025-02-28T23:59") });
    const range = { from: shanghaiMonthRange("2025-03")!.from, to: shanghaiMonthRange("2025-04")!.to };

    const expected = [
      { stationId: w.a.stations[0].id, stationName: w.a.stations[0].name, month: "2025-03", visits: 2, households: 14 },
      { stationId: w.a.stations[0].id, stationName: w.a.stations[0].name, month: "2025-04", visits: 1, households: 2 },
    ];
    for (const actor of [w.a.actors.bureauAdmin, w.a.actors.bureauStaff, w.a.actors.evaluator, w.a.actors.streetStaff, w.a.actors.contractorAdmin, w.a.actors.stationHead]) {
      const counts = await countVisits(actor, range);
      expect(counts.rows).toEqual(expected);
      expect(counts.total).toEqual({ visits: 3, households: 16 });
      const text = JSON.stringify(counts);
      for (const secret of ["王桂兰", "李秀珍", "辖区高龄独居老人", "燃气", "v1:"]) expect(text).not.toContain(secret);
    }
    // Another street, another district, and roles without aggregates see none of it.
    for (const actor of [w.a.actors.otherStreetStaff, w.a.actors.otherStationHead, w.b.actors.bureauAdmin, w.b.actors.streetStaff, w.a.actors.auditor, w.systemAdmin]) {
      expect((await countVisits(actor, range)).total).toEqual({ visits: 0, households: 0 });
    }
  });
});

describe("demo visits", () => {
  it("seeds six visits of the worker over the last two months: signed, waiting for the head, unsigned; one situation linked to a case", async () => {
    // District b, so the numbers of the tests above stay their own.
    const b = w.b;
    const station = { districtId: b.district.id, stationId: b.stations[0].id, workerId: b.users.socialWorker.id };
    await seedDemoClients(db, { ...station, communityIds: [b.communities[0].id] });
    await seedDemoCases(db, station);
    expect(await seedDemoVisits(db, { ...station, communityIds: [b.communities[0].id] })).toEqual({ visits: 6 });

    const worker = b.actors.socialWorker;
    const { rows } = await listVisits(worker, LIST);
    expect(rows).toHaveLength(6);
    expect(rows.map((r) => r.signState)).toEqual(["unsigned", "workerSigned", "signed", "signed", "signed", "signed"]);
    const now = Date.now();
    for (const r of rows) {
      expect(r.visitedAt.getTime()).toBeLessThan(now);
      expect(r.visitedAt.getTime()).toBeGreaterThan(now - 62 * DAY);
    }
    expect((await countersignQueue(b.actors.stationHead)).filter((r) => r.kind === "VISIT")).toHaveLength(1);
    for (const v of await db.visit.findMany({ where: { workerId: b.users.socialWorker.id }, include: { households: true, situations: true } })) {
      expect(v.householdCount).toBeGreaterThanOrEqual(v.households.length);
      expect(v.contentEnc).toMatch(/^v1:/);
      for (const s of v.situations) expect(s.namesEnc).toMatch(/^v1:/);
    }
    const oldest = rows[rows.length - 1];
    const page = await getVisit(worker, oldest.id);
    expect(page!.visit.situations[0]).toMatchObject({ followUp: "CASE", caseFile: { number: expect.stringMatching(/^GA-\d{4}-0001$/), readable: true } });
    expect(page!.visit.households[0]).toMatchObject({ readable: true });
    expect(page!.visit.supervisorOpinion).toContain("请尽快开案跟进");
    expect(page!.trail.signoffs.map((s) => s.role)).toEqual(["WORKER", "STATION_HEAD"]);
    expect(page!.trail.events.map((e) => e.comment)).toEqual(["负责社工", "机构（站点）负责人"]);
  });
});
