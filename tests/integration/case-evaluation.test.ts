import { beforeAll, describe, expect, it } from "vitest";
import { getCaseEvaluation, saveEvaluationCommand, saveEvaluationReviewCommand } from "@/features/cases/evaluation";
import { getCaseHeader } from "@/features/cases/queries";
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

const newCase = (actor: Actor = w.a.actors.socialWorker) => newCaseFor(actor, { label: "评估对象" });

const fields = (overrides: Record<string, unknown> = {}) => ({
  evaluatedOn: "2026-11-20", servicesReceived: "面谈三次、课业辅导志愿者", abilityImproved: "YES", abilityNote: "会主动给父母打电话了",
  satisfaction: "9", improvement: "8", goalAttainment: "PARTIAL", goalNote: "成绩仍需提高", comments: "希望继续辅导", clientSignedOn: "2026-11-20",
  ...overrides,
});
const review = (overrides: Record<string, unknown> = {}) => ({ serviceReview: "服务及时，方法得当", workerReview: "耐心细致，记录完整", supervisorOpinion: "同意结案前再电话回访一次", ...overrides });

const evaluationOf = (caseId: string) => db.caseEvaluation.findUniqueOrThrow({ where: { caseFileId: caseId } });
const step = (e: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({ kind: "EVALUATION", documentId: e.id, version: e.version, ...extra });

async function pageAs(actor: Actor, caseId: string) {
  const header = await getCaseHeader(actor, caseId);
  return header && { header, evaluation: await getCaseEvaluation(header) };
}

describe("评估表: validation", () => {
  it("checks the client's part with messages on the fields", async () => {
    const caseId = await newCase();
    const empty = await saveEvaluationCommand.execute(worker(), { caseId, evaluatedOn: "", abilityImproved: "", satisfaction: "", improvement: "", goalAttainment: "" });
    expect(!empty.ok && empty.fieldErrors).toMatchObject({
      evaluatedOn: ["请填写评估日期"], abilityImproved: ["请选择能力是否获得提升"], satisfaction: ["请选择满意度（1–10）"], improvement: ["请选择情况改善（1–10）"],
      goalAttainment: ["请选择目标达成情况"],
    });
    const scores = await saveEvaluationCommand.execute(worker(), { caseId, ...fields({ satisfaction: "11", improvement: "7.5" }) });
    expect(!scores.ok && scores.fieldErrors).toEqual({ satisfaction: ["满意度应为 1–10 的整数"], improvement: ["情况改善应为 1–10 的整数"] });
    const zero = await saveEvaluationCommand.execute(worker(), { caseId, ...fields({ satisfaction: "0" }) });
    expect(!zero.ok && zero.fieldErrors).toEqual({ satisfaction: ["满意度应为 1–10 的整数"] });
    const notes = await saveEvaluationCommand.execute(worker(), { caseId, ...fields({ abilityNote: "", goalNote: "", servicesReceived: "" }) });
    expect(!notes.ok && notes.fieldErrors).toEqual({
      servicesReceived: ["请填写服务对象接受了哪些服务"], abilityNote: ["选择“是”时请说明能力有哪些提升"], goalNote: ["请填写目标达成情况的原因说明"],
    });
    const future = await saveEvaluationCommand.execute(worker(), { caseId, ...fields({ evaluatedOn: "2099-01-01", clientSignedOn: "2099-01-02" }) });
    expect(!future.ok && future.fieldErrors).toEqual({ evaluatedOn: ["评估日期不能晚于今天"], clientSignedOn: ["服务对象签名日期不能晚于今天"] });
    const early = await saveEvaluationCommand.execute(worker(), { caseId, ...fields({ evaluatedOn: "2026-10-30" }) });
    expect(!early.ok && early.fieldErrors).toEqual({ evaluatedOn: ["评估日期不能早于首次接触日期（2026-11-02）"] });
    expect(await db.caseEvaluation.count({ where: { caseFileId: caseId } })).toBe(0);
    // 否 needs no note.
    expect(await saveEvaluationCommand.execute(worker(), { caseId, ...fields({ abilityImproved: "NO", abilityNote: "", clientSignedOn: "" }) })).toMatchObject({ ok: true });
    expect(await evaluationOf(caseId)).toMatchObject({ abilityImproved: false, abilityNoteEnc: null, clientSignedOn: null, satisfaction: 9, improvement: 8 });

    const r = await saveEvaluationReviewCommand.execute(supervisor(), { evaluationId: (await evaluationOf(caseId)).id, serviceReview: "", workerReview: " ", supervisorOpinion: "" });
    expect(!r.ok && r.fieldErrors).toEqual({ serviceReview: ["请填写对社工服务情况评价"], workerReview: ["请填写负责社工的表现评价"], supervisorOpinion: ["请填写督导意见"] });
  });
});

describe("评估表: lifecycle", () => {
  it("the worker records the client's part, the supervisor reviews and signs, then 更正 keeps revision 1 with its signature", async () => {
    const caseId = await newCase();
    expect(await saveEvaluationCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: true, message: "评估表已保存" });
    let e = await evaluationOf(caseId);
    expect(e).toMatchObject({ version: 1, revision: 1, evaluatedOn: d("2026-11-20"), abilityImproved: true, satisfaction: 9, improvement: 8, goalAttainment: "PARTIAL", clientSignedOn: d("2026-11-20") });
    // One per case: a second "new" one is refused; an edit needs the current version.
    expect(await saveEvaluationCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveEvaluationCommand.execute(worker(), { caseId, version: 1, ...fields({ improvement: "9" }) })).toMatchObject({ ok: true });
    expect(await saveEvaluationCommand.execute(worker(), { caseId, version: 1, ...fields() })).toMatchObject({ ok: false, code: "CONFLICT" });
    e = await evaluationOf(caseId);
    expect(e).toMatchObject({ version: 2, improvement: 9 });

    // Not reviewed, not signed by the worker or the head: the supervisor is its only signer.
    expect(await submitDocumentCommand.execute(worker(), step(e))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await signDocumentCommand.execute(worker(), step(e))).toMatchObject({ ok: false, code: "FORBIDDEN", message: "您不是评估表的签名人" });
    expect(await signDocumentCommand.execute(w.a.actors.stationHead, step(e))).toMatchObject({ ok: false, code: "FORBIDDEN" });

    // The supervisor's part: only the assigned supervisor.
    expect(await saveEvaluationReviewCommand.execute(worker(), { evaluationId: e.id, version: e.version, ...review() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveEvaluationReviewCommand.execute(supervisor(), { evaluationId: e.id, version: e.version, ...review() })).toMatchObject({ ok: true, message: "督导评价已保存" });
    expect(await saveEvaluationReviewCommand.execute(supervisor(), { evaluationId: e.id, version: e.version, ...review() })).toMatchObject({ ok: false, code: "CONFLICT" });
    e = await evaluationOf(caseId);
    // The owner may still fix the client's part until the supervisor signs; the supervisor's part stays.
    expect(await saveEvaluationCommand.execute(worker(), { caseId, version: e.version, ...fields({ comments: "希望寒假继续辅导" }) })).toMatchObject({ ok: true });
    e = await evaluationOf(caseId);
    let page = await pageAs(supervisor(), caseId);
    expect(page!.evaluation).toMatchObject({ comments: "希望寒假继续辅导", serviceReview: "服务及时，方法得当", canReview: true });
    expect(page!.evaluation!.trail.actions).toEqual(["sign"]);

    expect(await signDocumentCommand.execute(supervisor(), step(e))).toMatchObject({ ok: true, message: "已签名（督导）" });
    e = await evaluationOf(caseId);
    expect(await signDocumentCommand.execute(supervisor(), step(e))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // Signed: neither part changes in place.
    expect(await saveEvaluationCommand.execute(worker(), { caseId, version: e.version, ...fields({ comments: "签名后修改" }) })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "评估表已签名，不能直接修改，请使用“更正”" });
    expect(await saveEvaluationReviewCommand.execute(supervisor(), { evaluationId: e.id, version: e.version, ...review({ supervisorOpinion: "改" }) })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    page = await pageAs(worker(), caseId);
    expect(page!.evaluation!.trail.actions).toEqual(["correct"]);
    expect(page!.evaluation!.canReview).toBe(false);

    // 更正 by the owner only.
    expect(await correctDocumentCommand.execute(supervisor(), step(e))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await correctDocumentCommand.execute(worker(), step(e))).toMatchObject({ ok: true });
    const v2 = await evaluationOf(caseId);
    expect(v2).toMatchObject({ revision: 2, version: e.version + 1 });
    expect(await db.documentSignoff.count({ where: { documentId: e.id } })).toBe(0);
    expect(await db.documentRevision.count({ where: { documentId: e.id, revision: 1 } })).toBe(1);
    expect(await saveEvaluationCommand.execute(worker(), { caseId, version: v2.version, ...fields({ goalAttainment: "FULL", goalNote: "期末成绩回升" }) })).toMatchObject({ ok: true });
    page = await pageAs(supervisor(), caseId);
    expect(page!.evaluation).toMatchObject({ revision: 2, goalAttainment: "FULL", goalNote: "期末成绩回升", serviceReview: "服务及时，方法得当", canReview: true });
    expect(page!.evaluation!.trail.revisions[0]).toMatchObject({
      revision: 1, correctedByName: worker().name,
      content: { goalAttainment: "PARTIAL", goalNote: "成绩仍需提高", comments: "希望寒假继续辅导", supervisorOpinion: "同意结案前再电话回访一次" },
      signoffs: [{ role: "SUPERVISOR", userName: supervisor().name }],
    });
    for (const action of ["case.save_evaluation", "case.review_evaluation", "document.sign", "document.correct"]) {
      expect(await db.auditLog.count({ where: { action, targetId: caseId, outcome: "SUCCESS" } }), action).toBeGreaterThan(0);
    }
  });
});

describe("评估表: confidentiality and storage", () => {
  it("only the owner records it, only the assigned supervisor reviews it; outsiders read and write nothing", async () => {
    const caseId = await newCase();
    for (const [key, actor] of fileOutsiders(w)) {
      const r = await saveEvaluationCommand.execute(actor, { caseId, ...fields() });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!r.ok && r.code);
    }
    expect(await saveEvaluationCommand.execute(supervisor(), { caseId, ...fields() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.caseEvaluation.count({ where: { caseFileId: caseId } })).toBe(0);
    expect(await saveEvaluationCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: true });
    const e = await evaluationOf(caseId);
    for (const [key, actor] of fileOutsiders(w)) {
      expect(await pageAs(actor, caseId), key).toBeNull();
      const r = await saveEvaluationReviewCommand.execute(actor, { evaluationId: e.id, version: e.version, ...review() });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!r.ok && r.code);
      const edit = await saveEvaluationCommand.execute(actor, { caseId, version: e.version, ...fields({ comments: "越权" }) });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!edit.ok && edit.code);
    }
    for (const actor of [w.a.actors.otherWorker, w.b.actors.supervisor, w.b.actors.socialWorker]) {
      expect(await saveEvaluationReviewCommand.execute(actor, { evaluationId: e.id, version: e.version, ...review() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await evaluationOf(caseId)).toMatchObject({ version: 1, serviceReviewEnc: null });
    const seen = await pageAs(supervisor(), caseId);
    expect(seen!.evaluation).toMatchObject({ servicesReceived: "面谈三次、课业辅导志愿者", canReview: true });
  });

  it("stores the narratives only encrypted", async () => {
    const caseId = await newCase();
    await saveEvaluationCommand.execute(worker(), { caseId, ...fields() });
    const e = await evaluationOf(caseId);
    await saveEvaluationReviewCommand.execute(supervisor(), { evaluationId: e.id, version: e.version, ...review() });
    const [raw] = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT services_received_enc, ability_note_enc, goal_note_enc, comments_enc, service_review_enc, worker_review_enc, supervisor_opinion_enc FROM case_evaluation WHERE id = ${e.id}`;
    for (const v of Object.values(raw)) expect(v).toMatch(/^v1:/);
    const text = JSON.stringify(raw);
    for (const plain of ["课业辅导", "主动给父母", "成绩仍需", "继续辅导", "方法得当", "耐心细致", "电话回访"]) expect(text).not.toContain(plain);
  });
});
