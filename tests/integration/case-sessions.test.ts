import { beforeAll, describe, expect, it } from "vitest";
import { getCaseHeader } from "@/features/cases/queries";
import { getCaseSession, getCaseSessions, saveSessionCommand, saveSessionOpinionCommand } from "@/features/cases/sessions";
import { correctDocumentCommand, signDocumentCommand, submitDocumentCommand } from "@/features/documents/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { newCase as newCaseFor } from "../support/cases";
import { buildWorld, fileOutsiders, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const worker = () => w.a.actors.socialWorker;
const supervisor = () => w.a.actors.supervisor;

const newCase = (actor: Actor = w.a.actors.socialWorker, firstContactOn = "2026-11-02") => newCaseFor(actor, { firstContactOn, label: "过程对象" });

const fields = (overrides: Record<string, unknown> = {}) => ({
  sessionDate: "2026-11-05", startTime: "14:00", endTime: "16:00", form: "FACE_TO_FACE", formNote: "", place: "服务对象家中",
  aim: "建立专业关系，了解老伴去世后的生活", process: "服务对象谈及独居后夜不能寐，数次落泪；社工倾听并回应其感受",
  reflection: "需注意哀伤反应", nextPlan: "下周电话跟进作息",
  ...overrides,
});

async function createSession(caseId: string, overrides: Record<string, unknown> = {}) {
  const r = await saveSessionCommand.execute(worker(), { caseId, ...fields(overrides) });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return db.caseSession.findUniqueOrThrow({ where: { id: (r.ok && (r.data as { sessionId: string }).sessionId) as string } });
}

const session = (id: string) => db.caseSession.findUniqueOrThrow({ where: { id } });
const step = (s: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({ kind: "SESSION", documentId: s.id, version: s.version, ...extra });

async function pageAs(actor: Actor, caseId: string, sessionId: string) {
  const header = await getCaseHeader(actor, caseId);
  if (!header) return null;
  return { header, list: await getCaseSessions(header), one: await getCaseSession(header, sessionId) };
}

describe("过程记录表: numbering", () => {
  it("numbers a case's records 1, 2 … and another case starts again at 1", async () => {
    const caseId = await newCase();
    const first = await createSession(caseId);
    const second = await createSession(caseId, { sessionDate: "2026-11-12", form: "PHONE", place: "" });
    const other = await createSession(await newCase());
    expect([first.seq, second.seq, other.seq]).toEqual([1, 2, 1]);
    const r = await saveSessionCommand.execute(worker(), { caseId, ...fields() });
    expect(r).toMatchObject({ ok: true, message: "过程记录表（第 3 次）已保存", data: { seq: 3 } });
    expect(await db.auditLog.count({ where: { action: "case.save_session", targetId: caseId, outcome: "SUCCESS" } })).toBe(3);
  });

  it("concurrent creates never share a number: the loser is a conflict with a clear message", async () => {
    const caseId = await newCase();
    const results = await Promise.all(Array.from({ length: 3 }, () => saveSessionCommand.execute(worker(), { caseId, ...fields() })));
    const ok = results.filter((r) => r.ok);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of results.filter((x) => !x.ok)) {
      expect(r).toMatchObject({ ok: false, code: "CONFLICT", message: "刚刚已有另一条过程记录使用了这个次数，请刷新页面确认后再保存" });
    }
    const seqs = (await db.caseSession.findMany({ where: { caseFileId: caseId }, select: { seq: true }, orderBy: { seq: "asc" } })).map((s) => s.seq);
    expect(seqs).toEqual(Array.from({ length: ok.length }, (_, i) => i + 1));
  });
});

describe("过程记录表: validation", () => {
  it("checks date, time slot, form and the required narratives, with messages on the fields", async () => {
    const caseId = await newCase();
    const empty = await saveSessionCommand.execute(worker(), { caseId, sessionDate: "", startTime: "", endTime: "", form: "", aim: "", process: " " });
    expect(!empty.ok && empty.fieldErrors).toMatchObject({
      sessionDate: ["请填写日期"], startTime: ["请填写时段开始"], endTime: ["请填写时段结束"], form: ["请选择服务形式"],
    });
    const bad = await saveSessionCommand.execute(worker(), { caseId, ...fields({ startTime: "25:00", endTime: "2pm" }) });
    expect(!bad.ok && bad.fieldErrors).toEqual({
      startTime: ["时段开始应为 24 小时制时间，格式 HH:MM（如 14:00）"], endTime: ["时段结束应为 24 小时制时间，格式 HH:MM（如 14:00）"],
    });
    const backwards = await saveSessionCommand.execute(worker(), { caseId, ...fields({ startTime: "16:00", endTime: "14:30" }) });
    expect(!backwards.ok && backwards.fieldErrors).toEqual({ endTime: ["时段结束应晚于时段开始"] });
    const same = await saveSessionCommand.execute(worker(), { caseId, ...fields({ startTime: "16:00", endTime: "16:00" }) });
    expect(!same.ok && same.fieldErrors).toEqual({ endTime: ["时段结束应晚于时段开始"] });
    const other = await saveSessionCommand.execute(worker(), { caseId, ...fields({ form: "OTHER", formNote: "" }) });
    expect(!other.ok && other.fieldErrors).toEqual({ formNote: ["服务形式为“其他”时请说明具体形式"] });
    const noText = await saveSessionCommand.execute(worker(), { caseId, ...fields({ aim: "", process: "" }) });
    expect(!noText.ok && noText.fieldErrors).toEqual({ aim: ["请填写介入目标或介入思路"], process: ["请填写介入过程"] });
    const future = await saveSessionCommand.execute(worker(), { caseId, ...fields({ sessionDate: "2099-01-01" }) });
    expect(!future.ok && future.fieldErrors).toEqual({ sessionDate: ["日期不能晚于今天"] });
    const early = await saveSessionCommand.execute(worker(), { caseId, ...fields({ sessionDate: "2026-11-01" }) });
    expect(!early.ok && early.fieldErrors).toEqual({ sessionDate: ["日期不能早于首次接触日期（2026-11-02）"] });
    const long = await saveSessionCommand.execute(worker(), { caseId, ...fields({ process: "长".repeat(4001) }) });
    expect(!long.ok && long.fieldErrors).toEqual({ process: ["介入过程不能超过 4000 个字"] });
    expect(await db.caseSession.count({ where: { caseFileId: caseId } })).toBe(0);

    // 其他 keeps its note; another form drops a stray note. Seconds from a browser's time input are cut.
    const withNote = await createSession(caseId, { form: "OTHER", formNote: "陪同就医", startTime: "09:00:00", endTime: "10:30" });
    expect(withNote).toMatchObject({ form: "OTHER", formNote: "陪同就医", startTime: "09:00", endTime: "10:30" });
    const stray = await createSession(caseId, { form: "PHONE", formNote: "不保存" });
    expect(stray.formNote).toBeNull();
  });
});

describe("过程记录表: lifecycle", () => {
  it("create → edit → worker signs → supervisor's opinion → supervisor signs → head countersigns → 更正: revision 2, revision 1 kept with its sign-offs", async () => {
    const caseId = await newCase();
    let s = await createSession(caseId);
    expect(s).toMatchObject({ seq: 1, revision: 1, version: 1, sessionDate: d("2026-11-05"), startTime: "14:00", endTime: "16:00" });

    // Edit with the version the form was loaded with; a stale one is a conflict.
    expect(await saveSessionCommand.execute(worker(), { caseId, sessionId: s.id, version: 1, ...fields({ reflection: "注意哀伤反应，下次带相册" }) })).toMatchObject({ ok: true, message: "过程记录表（第 1 次）已保存" });
    expect(await saveSessionCommand.execute(worker(), { caseId, sessionId: s.id, version: 1, ...fields() })).toMatchObject({ ok: false, code: "CONFLICT" });
    s = await session(s.id);
    expect(s).toMatchObject({ version: 2, seq: 1 });
    // Not submitted: a session is not a reviewed form.
    expect(await submitDocumentCommand.execute(worker(), step(s))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // The supervisor and the head sign only after the worker.
    expect(await signDocumentCommand.execute(supervisor(), step(s))).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "负责社工签名后才能签署过程记录表" });
    expect(await signDocumentCommand.execute(w.a.actors.stationHead, step(s))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });

    // The supervisor's opinion may come before or after the worker signs.
    expect(await saveSessionOpinionCommand.execute(supervisor(), { sessionId: s.id, version: s.version, supervisorOpinion: "" })).toMatchObject({ ok: false, fieldErrors: { supervisorOpinion: ["请填写督导意见"] } });
    expect(await saveSessionOpinionCommand.execute(supervisor(), { sessionId: s.id, version: s.version, supervisorOpinion: "关注睡眠问题" })).toMatchObject({ ok: true, message: "督导意见已保存" });
    s = await session(s.id);

    expect(await signDocumentCommand.execute(worker(), step(s))).toMatchObject({ ok: true, message: "已签名（负责社工）" });
    s = await session(s.id);
    // Signed by the worker: no edit in place.
    const refused = await saveSessionCommand.execute(worker(), { caseId, sessionId: s.id, version: s.version, ...fields({ process: "签名后偷偷改" }) });
    expect(refused).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "过程记录表已签名，不能直接修改，请使用“更正”" });

    expect(await saveSessionOpinionCommand.execute(supervisor(), { sessionId: s.id, version: s.version, supervisorOpinion: "关注睡眠问题，建议链接社区医生" })).toMatchObject({ ok: true });
    s = await session(s.id);
    expect(await signDocumentCommand.execute(supervisor(), step(s))).toMatchObject({ ok: true, message: "已签名（督导）" });
    s = await session(s.id);
    // Signed by the supervisor: the opinion is fixed.
    expect(await saveSessionOpinionCommand.execute(supervisor(), { sessionId: s.id, version: s.version, supervisorOpinion: "改意见" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // The station head countersigns (from the countersign list, without reading the record).
    expect(await signDocumentCommand.execute(w.a.actors.stationHead, step(s))).toMatchObject({ ok: true, message: "已签名（机构（站点）负责人）" });
    s = await session(s.id);
    expect(await signDocumentCommand.execute(w.a.actors.deputyHead, step(s))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await db.documentSignoff.findMany({ where: { documentId: s.id }, orderBy: { signedAt: "asc" }, select: { role: true, userName: true } })).toEqual([
      { role: "WORKER", userName: worker().name }, { role: "SUPERVISOR", userName: supervisor().name }, { role: "STATION_HEAD", userName: w.a.actors.stationHead.name },
    ]);
    const signed = await pageAs(worker(), caseId, s.id);
    expect(signed!.list).toMatchObject([{ id: s.id, seq: 1, signedBy: ["WORKER", "SUPERVISOR", "STATION_HEAD"] }]);
    expect(signed!.one!.trail.actions).toEqual(["correct"]);

    // Only the owner corrects.
    expect(await correctDocumentCommand.execute(supervisor(), step(s))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await correctDocumentCommand.execute(worker(), step(s))).toMatchObject({ ok: true, message: "已开始第 2 版，第 1 版及其签名保留" });
    const v2 = await session(s.id);
    expect(v2).toMatchObject({ revision: 2, seq: 1, version: s.version + 1 });
    expect(await db.documentSignoff.count({ where: { documentId: s.id } })).toBe(0);
    const kept = await db.documentRevision.findUniqueOrThrow({ where: { documentId_revision: { documentId: s.id, revision: 1 } } });
    expect(kept).toMatchObject({ kind: "SESSION", correctedByName: worker().name });
    expect((kept.signoffs as { role: string }[]).map((x) => x.role)).toEqual(["WORKER", "SUPERVISOR", "STATION_HEAD"]);
    expect(JSON.stringify(kept.content)).not.toContain("夜不能寐");

    // Revision 2 is edited; revision 1 reads as it was.
    expect(await saveSessionCommand.execute(worker(), { caseId, sessionId: v2.id, version: v2.version, ...fields({ process: "更正：服务对象谈及独居后入睡困难" }) })).toMatchObject({ ok: true });
    const page = await pageAs(worker(), caseId, s.id);
    expect(page!.one).toMatchObject({ revision: 2, process: "更正：服务对象谈及独居后入睡困难", supervisorOpinion: "关注睡眠问题，建议链接社区医生", reflection: "需注意哀伤反应" });
    expect(page!.one!.trail.actions).toEqual(["edit", "sign"]);
    expect(page!.one!.trail.revisions).toHaveLength(1);
    expect(page!.one!.trail.revisions[0]).toMatchObject({
      revision: 1,
      content: { process: "服务对象谈及独居后夜不能寐，数次落泪；社工倾听并回应其感受", supervisorOpinion: "关注睡眠问题，建议链接社区医生", seq: 1, startTime: "14:00" },
      signoffs: [{ role: "WORKER" }, { role: "SUPERVISOR" }, { role: "STATION_HEAD" }],
    });
    expect(page!.one!.trail.events.map((e) => e.event)).toEqual(["SIGN", "SIGN", "SIGN", "CORRECT"]);
    // The supervisor may give an opinion on the new revision again.
    const supervisorPage = await pageAs(supervisor(), caseId, s.id);
    expect(supervisorPage!.one).toMatchObject({ canGiveOpinion: true });
    expect(supervisorPage!.one!.trail.actions).toEqual([]);
    for (const action of ["case.save_session", "case.session_opinion", "document.sign", "document.correct"]) {
      expect(await db.auditLog.count({ where: { action, targetId: caseId, outcome: "SUCCESS" } }), action).toBeGreaterThan(0);
    }
  });

  it("addresses a session only through its own case", async () => {
    const caseA = await newCase();
    const caseB = await newCase();
    const s = await createSession(caseA);
    // Editing case A's record through case B is not found; the page of case B does not show it.
    expect(await saveSessionCommand.execute(worker(), { caseId: caseB, sessionId: s.id, version: s.version, ...fields() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const headerB = (await getCaseHeader(worker(), caseB))!;
    expect(await getCaseSession(headerB, s.id)).toBeNull();
    // A session id addressed as another kind is not found.
    expect(await signDocumentCommand.execute(worker(), { kind: "EVALUATION", documentId: s.id, version: s.version })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("过程记录表: confidentiality and storage", () => {
  it("only the owner writes, only the assigned supervisor gives an opinion; outsiders read nothing", async () => {
    const caseId = await newCase();
    const s = await createSession(caseId);
    for (const [key, actor] of fileOutsiders(w)) {
      expect(await getCaseHeader(actor, caseId), key).toBeNull();
      const save = await saveSessionCommand.execute(actor, { caseId, ...fields() });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!save.ok && save.code);
      const edit = await saveSessionCommand.execute(actor, { caseId, sessionId: s.id, version: s.version, ...fields({ process: "越权" }) });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!edit.ok && edit.code);
      const opinion = await saveSessionOpinionCommand.execute(actor, { sessionId: s.id, version: s.version, supervisorOpinion: "越权意见" });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!opinion.ok && opinion.code);
    }
    // Another worker of the station and the other district's supervisor are not told the record exists;
    // station heads (no case:read) are refused before anything is looked up.
    for (const actor of [w.b.actors.supervisor, w.a.actors.otherWorker]) {
      expect(await saveSessionOpinionCommand.execute(actor, { sessionId: s.id, version: s.version, supervisorOpinion: "越权意见" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    for (const actor of [w.a.actors.stationHead, w.a.actors.otherStationHead, w.b.actors.stationHead]) {
      expect(await saveSessionOpinionCommand.execute(actor, { sessionId: s.id, version: s.version, supervisorOpinion: "越权意见" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // The supervisor reads but does not write the record; the owner does not write the opinion.
    expect(await saveSessionCommand.execute(supervisor(), { caseId, ...fields() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveSessionOpinionCommand.execute(worker(), { sessionId: s.id, version: s.version, supervisorOpinion: "自己写意见" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const seen = await pageAs(supervisor(), caseId, s.id);
    expect(seen!.header.role).toBe("supervisor");
    expect(seen!.one).toMatchObject({ process: "服务对象谈及独居后夜不能寐，数次落泪；社工倾听并回应其感受", canGiveOpinion: true });
    expect(seen!.one!.trail.actions).toEqual([]);
    const own = await pageAs(worker(), caseId, s.id);
    expect(own!.one).toMatchObject({ canGiveOpinion: false });
    expect(own!.one!.trail.actions).toEqual(["edit", "sign"]);
    expect(await session(s.id)).toMatchObject({ version: 1, supervisorOpinionEnc: null });
    expect(await db.caseSession.count({ where: { caseFileId: caseId } })).toBe(1);
  });

  it("narratives and the opinion are stored only encrypted", async () => {
    const caseId = await newCase();
    const s = await createSession(caseId);
    await saveSessionOpinionCommand.execute(supervisor(), { sessionId: s.id, version: s.version, supervisorOpinion: "建议链接社区医生" });
    const [raw] = await db.$queryRaw<{ process_enc: string; aim_enc: string; reflection_enc: string; next_plan_enc: string; supervisor_opinion_enc: string }[]>`
      SELECT process_enc, aim_enc, reflection_enc, next_plan_enc, supervisor_opinion_enc FROM case_session WHERE id = ${s.id}`;
    expect(raw.process_enc).toMatch(/^v1:/);
    const text = JSON.stringify(raw);
    for (const plain of ["夜不能寐", "建立专业关系", "哀伤反应", "电话跟进", "社区医生"]) expect(text).not.toContain(plain);
    const audit = JSON.stringify(await db.auditLog.findMany({ where: { targetId: caseId }, select: { action: true, detail: true } }));
    for (const plain of ["夜不能寐", "社区医生"]) expect(audit).not.toContain(plain);
  });
});
