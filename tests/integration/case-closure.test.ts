import { beforeAll, describe, expect, it } from "vitest";
import { savePlanCommand } from "@/features/cases/commands";
import { getCaseClosure, saveClosureCommand } from "@/features/cases/closure";
import { EARLY_CLOSURE_MESSAGE } from "@/features/cases/document-labels";
import { saveEvaluationCommand } from "@/features/cases/evaluation";
import { getCaseHeader } from "@/features/cases/queries";
import { saveSessionCommand, saveSessionOpinionCommand } from "@/features/cases/sessions";
import {
  approveDocumentCommand, correctDocumentCommand, returnDocumentCommand, signDocumentCommand, submitDocumentCommand,
} from "@/features/documents/commands";
import { formatDate } from "@/lib/dates";
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

const newCase = (actor: Actor = w.a.actors.socialWorker) => newCaseFor(actor, { label: "结案对象" });

/** A case with an approved plan. */
async function caseWithPlan() {
  const caseId = await newCase();
  expect(await savePlanCommand.execute(worker(), { caseId, problems: "丧偶后独居", goals: "恢复规律作息", plan: "每周家访" })).toMatchObject({ ok: true });
  let plan = await db.casePlan.findUniqueOrThrow({ where: { caseFileId: caseId } });
  expect(await submitDocumentCommand.execute(worker(), { kind: "PLAN", documentId: plan.id, version: plan.version })).toMatchObject({ ok: true });
  plan = await db.casePlan.findUniqueOrThrow({ where: { caseFileId: caseId } });
  expect(await approveDocumentCommand.execute(supervisor(), { kind: "PLAN", documentId: plan.id, version: plan.version })).toMatchObject({ ok: true });
  return caseId;
}

const fields = (overrides: Record<string, unknown> = {}) => ({
  closedOn: "2026-11-21", span: "服务时间2026-11-02至2026-11-21，共 2 次", changes: "作息恢复规律，情绪好转", clientState: "愿意参加老年活动室活动",
  observations: "社会支持网络初步建立", goalAttainment: "服务目标基本达成，服务对象自评 8 分", reason: "GOALS_MET", reasonNote: "", clientKnowsReturn: "YES",
  followUp: "结案后一个月电话回访",
  ...overrides,
});

const closureOf = (caseId: string) => db.caseClosure.findUniqueOrThrow({ where: { caseFileId: caseId } });
const step = (c: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({ kind: "CLOSURE", documentId: c.id, version: c.version, ...extra });
const session = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId, sessionDate: "2026-11-05", startTime: "14:00", endTime: "15:00", form: "FACE_TO_FACE", place: "家中", aim: "建立关系", process: "倾听", ...overrides,
});

async function pageAs(actor: Actor, caseId: string, now = new Date()) {
  const header = await getCaseHeader(actor, caseId, now);
  return header && { header, ...(await getCaseClosure(header, now)) };
}

describe("结案表: validation and the early-closure rule", () => {
  it("checks the fields with messages on them", async () => {
    const caseId = await caseWithPlan();
    const empty = await saveClosureCommand.execute(worker(), { caseId, closedOn: "", reason: "", clientKnowsReturn: "" });
    expect(!empty.ok && empty.fieldErrors).toMatchObject({ closedOn: ["请填写结案日期"], reason: ["请选择结案原因"], clientKnowsReturn: ["请选择服务对象是否知道在有需要时如何得到服务"] });
    const noText = await saveClosureCommand.execute(worker(), { caseId, ...fields({ span: "", changes: "", clientState: "", observations: "", goalAttainment: "" }) });
    expect(!noText.ok && noText.fieldErrors).toEqual({
      span: ["请填写服务时间跨度、服务次数、服务方式"], changes: ["请填写服务对象的情况变化，问题解决程度"], clientState: ["请填写目前服务对象的意愿、情绪、期望等"],
      observations: ["请填写社会工作者观察、总结"], goalAttainment: ["请填写目标达成情况"],
    });
    const note = await saveClosureCommand.execute(worker(), { caseId, ...fields({ reason: "NOT_SUITABLE", reasonNote: "" }) });
    expect(!note.ok && note.fieldErrors).toEqual({ reasonNote: ["请说明结案原因"] });
    const future = await saveClosureCommand.execute(worker(), { caseId, ...fields({ closedOn: "2099-01-01" }) });
    expect(!future.ok && future.fieldErrors).toEqual({ closedOn: ["结案日期不能晚于今天"] });
    const early = await saveClosureCommand.execute(worker(), { caseId, ...fields({ closedOn: "2026-11-01" }) });
    expect(!early.ok && early.fieldErrors).toEqual({ closedOn: ["结案日期不能早于首次接触日期（2026-11-02）"] });
    expect(await db.caseClosure.count({ where: { caseFileId: caseId } })).toBe(0);
    // 目标达到 needs no note (a stray one is dropped).
    expect(await saveClosureCommand.execute(worker(), { caseId, ...fields({ reasonNote: "不保存" }) })).toMatchObject({ ok: true });
    expect(await closureOf(caseId)).toMatchObject({ reason: "GOALS_MET", reasonNote: null, clientKnowsReturn: true, closedOn: d("2026-11-21"), status: "DRAFT" });
  });

  it("without an approved plan, only 服务对象不愿继续 / 超出服务范围 / 其他 close a case early", async () => {
    const caseId = await newCase();
    for (const reason of ["GOALS_MET", "NOT_SUITABLE"]) {
      const r = await saveClosureCommand.execute(worker(), { caseId, ...fields({ reason, reasonNote: "说明" }) });
      expect(r).toMatchObject({ ok: false, code: "VALIDATION", message: EARLY_CLOSURE_MESSAGE });
      expect(!r.ok && r.fieldErrors).toEqual({ reason: [EARLY_CLOSURE_MESSAGE] });
    }
    // A plan that is only submitted does not count either.
    expect(await savePlanCommand.execute(worker(), { caseId, problems: "问题", goals: "目标", plan: "计划" })).toMatchObject({ ok: true });
    const plan = await db.casePlan.findUniqueOrThrow({ where: { caseFileId: caseId } });
    expect(await submitDocumentCommand.execute(worker(), { kind: "PLAN", documentId: plan.id, version: plan.version })).toMatchObject({ ok: true });
    expect(await saveClosureCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: false, fieldErrors: { reason: [EARLY_CLOSURE_MESSAGE] } });
    // The client declined: the case closes without an approved plan.
    expect(await saveClosureCommand.execute(worker(), { caseId, ...fields({ reason: "CLIENT_DECLINED", reasonNote: "服务对象随子女搬往外地" }) })).toMatchObject({ ok: true });
    let c = await closureOf(caseId);
    expect(await submitDocumentCommand.execute(worker(), step(c))).toMatchObject({ ok: true, message: "结案表已提交督导审批" });
    c = await closureOf(caseId);
    expect(await approveDocumentCommand.execute(supervisor(), step(c))).toMatchObject({ ok: true, message: "结案表已批准，个案已结案" });
    expect(await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "CLOSED", closedOn: d("2026-11-21") });
    for (const reason of ["OUT_OF_SCOPE", "OTHER"]) {
      const other = await newCase();
      expect(await saveClosureCommand.execute(worker(), { caseId: other, ...fields({ reason, reasonNote: "说明" }) }), reason).toMatchObject({ ok: true });
    }
    // Saved while the plan was approved, then the plan was corrected back to a draft: submitting re-checks the rule.
    const later = await caseWithPlan();
    expect(await saveClosureCommand.execute(worker(), { caseId: later, ...fields() })).toMatchObject({ ok: true });
    const approvedPlan = await db.casePlan.findUniqueOrThrow({ where: { caseFileId: later } });
    expect(await correctDocumentCommand.execute(worker(), { kind: "PLAN", documentId: approvedPlan.id, version: approvedPlan.version })).toMatchObject({ ok: true });
    const laterClosure = await closureOf(later);
    expect(await submitDocumentCommand.execute(worker(), step(laterClosure))).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: EARLY_CLOSURE_MESSAGE });
    expect((await closureOf(later)).status).toBe("DRAFT");
  });

  it("suggests point 1 from the first contact and the sessions", async () => {
    const caseId = await caseWithPlan();
    const now = new Date();
    expect((await pageAs(worker(), caseId, now))!.spanSuggestion).toBe(`服务时间2026-11-02至${formatDate(now)}，共 0 次`);
    expect(await saveSessionCommand.execute(worker(), session(caseId))).toMatchObject({ ok: true });
    expect(await saveSessionCommand.execute(worker(), session(caseId, { form: "PHONE" }))).toMatchObject({ ok: true });
    expect(await saveSessionCommand.execute(worker(), session(caseId, { form: "PHONE" }))).toMatchObject({ ok: true });
    const page = await pageAs(worker(), caseId, now);
    expect(page).toMatchObject({ closure: null, planApproved: true, spanSuggestion: `服务时间2026-11-02至${formatDate(now)}，共 3 次，服务方式：面谈 1 次、电话 2 次` });
  });
});

describe("结案表: review, closing the case, signatures", () => {
  it("draft → submit → return → edit → resubmit → approve closes the case → signatures → everything else read-only", async () => {
    const caseId = await caseWithPlan();
    expect(await saveSessionCommand.execute(worker(), session(caseId))).toMatchObject({ ok: true });
    const s1 = await db.caseSession.findFirstOrThrow({ where: { caseFileId: caseId } });
    expect(await saveClosureCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: true, message: "结案表已保存" });
    let c = await closureOf(caseId);
    expect(c).toMatchObject({ status: "DRAFT", version: 1, revision: 1 });
    // One per case.
    expect(await saveClosureCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: false, code: "CONFLICT", message: "结案表已由他人创建，请刷新后再修改" });
    expect(await saveClosureCommand.execute(worker(), { caseId, closureId: c.id, version: 1, ...fields({ changes: "作息恢复规律，情绪明显好转" }) })).toMatchObject({ ok: true });
    expect(await saveClosureCommand.execute(worker(), { caseId, closureId: c.id, version: 1, ...fields() })).toMatchObject({ ok: false, code: "CONFLICT" });
    c = await closureOf(caseId);

    // Out of turn on a DRAFT: approve, return, sign, correct.
    expect(await approveDocumentCommand.execute(supervisor(), step(c))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await returnDocumentCommand.execute(supervisor(), step(c, { comment: "退回" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await signDocumentCommand.execute(worker(), step(c, { clientSignedOn: "2026-11-21" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "结案表经督导批准后才能签名" });
    expect(await correctDocumentCommand.execute(worker(), step(c))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await submitDocumentCommand.execute(supervisor(), step(c))).toMatchObject({ ok: false, code: "FORBIDDEN" });

    expect(await submitDocumentCommand.execute(worker(), step(c))).toMatchObject({ ok: true });
    const submitted = await closureOf(caseId);
    expect(submitted.status).toBe("SUBMITTED");
    // Submitted: not submitted twice, not edited, not approved by its owner or anyone but the assigned supervisor.
    expect(await submitDocumentCommand.execute(worker(), step(submitted))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await saveClosureCommand.execute(worker(), { caseId, closureId: c.id, version: submitted.version, ...fields() })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await approveDocumentCommand.execute(worker(), step(submitted))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await signDocumentCommand.execute(supervisor(), step(submitted))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    for (const actor of [w.a.actors.otherWorker, w.b.actors.supervisor, w.b.actors.socialWorker]) {
      expect(await approveDocumentCommand.execute(actor, step(submitted))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    for (const [key, actor] of fileOutsiders(w)) {
      for (const r of [await approveDocumentCommand.execute(actor, step(submitted)), await returnDocumentCommand.execute(actor, step(submitted, { comment: "越权" }))]) {
        expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!r.ok && r.code);
      }
    }
    const noComment = await returnDocumentCommand.execute(supervisor(), step(submitted, { comment: "" }));
    expect(!noComment.ok && noComment.fieldErrors).toEqual({ comment: ["退回时请填写修改意见"] });
    expect(await returnDocumentCommand.execute(supervisor(), step(submitted, { comment: "请补充结案后的回访安排" }))).toMatchObject({ ok: true, message: "结案表已退回负责社工修改" });
    c = await closureOf(caseId);
    expect(c.status).toBe("RETURNED");
    expect(await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "OPEN" });
    expect(await saveClosureCommand.execute(worker(), { caseId, closureId: c.id, version: c.version, ...fields({ followUp: "结案后一个月、三个月各电话回访一次" }) })).toMatchObject({ ok: true });
    c = await closureOf(caseId);
    expect(await submitDocumentCommand.execute(worker(), step(c))).toMatchObject({ ok: true });
    c = await closureOf(caseId);
    expect(await approveDocumentCommand.execute(supervisor(), step(c, { opinion: "同意结案" }))).toMatchObject({ ok: true, message: "结案表已批准，个案已结案" });
    c = await closureOf(caseId);
    expect(c.status).toBe("APPROVED");
    expect(await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "CLOSED", closedOn: d("2026-11-21") });
    expect(await approveDocumentCommand.execute(supervisor(), step(c))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });

    // The case is closed: nothing new, nothing edited, no opinions, no corrections …
    const closedMsg = "该个案已结案或已转介，不能再修改";
    expect(await saveSessionCommand.execute(worker(), session(caseId))).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: closedMsg });
    expect(await saveSessionCommand.execute(worker(), { ...session(caseId), sessionId: s1.id, version: s1.version })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await saveSessionOpinionCommand.execute(supervisor(), { sessionId: s1.id, version: s1.version, supervisorOpinion: "迟到的意见" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await saveEvaluationCommand.execute(worker(), { caseId, evaluatedOn: "2026-11-20", servicesReceived: "面谈", abilityImproved: "NO", satisfaction: "8", improvement: "8", goalAttainment: "FULL", goalNote: "达成" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await saveClosureCommand.execute(worker(), { caseId, closureId: c.id, version: c.version, ...fields() })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await correctDocumentCommand.execute(worker(), step(c))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // … but the approved closure and the open signature lines are still signed.
    const noDate = await signDocumentCommand.execute(worker(), step(c));
    expect(!noDate.ok && noDate.fieldErrors).toEqual({ clientSignedOn: ["请填写服务对象签名日期"] });
    expect(await signDocumentCommand.execute(worker(), step(c, { clientSignedOn: "2026-11-21" }))).toMatchObject({ ok: true });
    c = await closureOf(caseId);
    expect(await signDocumentCommand.execute(supervisor(), step(c))).toMatchObject({ ok: true });
    c = await closureOf(caseId);
    expect(await signDocumentCommand.execute(w.a.actors.stationHead, step(c))).toMatchObject({ ok: true });
    c = await closureOf(caseId);
    expect(c).toMatchObject({ clientSignedOn: d("2026-11-21"), status: "APPROVED" });
    // A session left unsigned is still signed after the case closed.
    expect(await signDocumentCommand.execute(worker(), { kind: "SESSION", documentId: s1.id, version: s1.version })).toMatchObject({ ok: true });

    const page = await pageAs(worker(), caseId);
    expect(page!.header).toMatchObject({ canEdit: false, caseFile: { status: "CLOSED" } });
    expect(page!.closure).toMatchObject({ status: "APPROVED", supervisorOpinion: "同意结案", followUp: "结案后一个月、三个月各电话回访一次", changes: "作息恢复规律，情绪好转" });
    expect(page!.closure!.trail.actions).toEqual([]);
    expect(page!.closure!.trail.signoffs.map((s) => s.role)).toEqual(["WORKER", "SUPERVISOR", "STATION_HEAD"]);
    expect(page!.closure!.trail.events.map((e) => [e.event, e.fromStatus, e.toStatus, e.comment])).toEqual([
      ["CREATE", null, "DRAFT", null],
      ["SUBMIT", "DRAFT", "SUBMITTED", null],
      ["RETURN", "SUBMITTED", "RETURNED", "请补充结案后的回访安排"],
      ["SUBMIT", "RETURNED", "SUBMITTED", null],
      ["APPROVE", "SUBMITTED", "APPROVED", "同意结案"],
      ["SIGN", "APPROVED", "APPROVED", "负责社工"],
      ["SIGN", "APPROVED", "APPROVED", "督导"],
      ["SIGN", "APPROVED", "APPROVED", "机构（站点）负责人"],
    ]);
    expect(Object.fromEntries(page!.header.checklist.map((r) => [r.label, r.done]))).toMatchObject({ 个案工作结案表: true, 个案工作过程记录表: true });
    expect(await db.auditLog.count({ where: { action: "case.save_closure", targetId: caseId, outcome: "SUCCESS" } })).toBe(3);
  });

  it("a double approval closes the case once; the approved closure of a closed case is not corrected", async () => {
    const caseId = await caseWithPlan();
    expect(await saveClosureCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: true });
    let c = await closureOf(caseId);
    expect(await submitDocumentCommand.execute(worker(), step(c))).toMatchObject({ ok: true });
    c = await closureOf(caseId);
    const results = await Promise.all([approveDocumentCommand.execute(supervisor(), step(c)), approveDocumentCommand.execute(supervisor(), step(c))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.documentEvent.count({ where: { documentId: c.id, event: "APPROVE" } })).toBe(1);
    expect(await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).toMatchObject({ status: "CLOSED" });
    expect(await correctDocumentCommand.execute(worker(), step(await closureOf(caseId)))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });
});

describe("结案表: confidentiality and storage", () => {
  it("only the owner writes it; the supervisor reads it; outsiders neither", async () => {
    const caseId = await caseWithPlan();
    for (const [key, actor] of fileOutsiders(w)) {
      const r = await saveClosureCommand.execute(actor, { caseId, ...fields() });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!r.ok && r.code);
    }
    expect(await saveClosureCommand.execute(supervisor(), { caseId, ...fields() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    for (const actor of [w.a.actors.otherWorker, w.b.actors.socialWorker]) {
      expect(await saveClosureCommand.execute(actor, { caseId, ...fields() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db.caseClosure.count({ where: { caseFileId: caseId } })).toBe(0);
    expect(await saveClosureCommand.execute(worker(), { caseId, ...fields() })).toMatchObject({ ok: true });
    const c = await closureOf(caseId);
    for (const [key, actor] of fileOutsiders(w)) {
      expect(await pageAs(actor, caseId), key).toBeNull();
      const edit = await saveClosureCommand.execute(actor, { caseId, closureId: c.id, version: c.version, ...fields({ changes: "越权" }) });
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!edit.ok && edit.code);
      const submit = await submitDocumentCommand.execute(actor, step(c));
      expect(["NOT_FOUND", "FORBIDDEN"], key).toContain(!submit.ok && submit.code);
    }
    const seen = await pageAs(supervisor(), caseId);
    expect(seen!.header.role).toBe("supervisor");
    expect(seen!.closure).toMatchObject({ id: c.id, changes: "作息恢复规律，情绪好转" });
    expect(seen!.closure!.trail.actions).toEqual([]);
    const own = await pageAs(worker(), caseId);
    expect(own!.closure!.trail.actions).toEqual(["edit", "submit"]);
    expect(await closureOf(caseId)).toMatchObject({ version: 1, status: "DRAFT" });
  });

  it("stores the narratives only encrypted", async () => {
    const caseId = await caseWithPlan();
    await saveClosureCommand.execute(worker(), { caseId, ...fields() });
    const c = await closureOf(caseId);
    await submitDocumentCommand.execute(worker(), step(c));
    await approveDocumentCommand.execute(supervisor(), step(await closureOf(caseId), { opinion: "同意，注意回访" }));
    const [raw] = await db.$queryRaw<Record<string, unknown>[]>`
      SELECT span_enc, changes_enc, client_state_enc, observations_enc, goal_attainment_enc, follow_up_enc, supervisor_opinion_enc FROM case_closure WHERE id = ${c.id}`;
    for (const v of Object.values(raw)) expect(v).toMatch(/^v1:/);
    const text = JSON.stringify(raw);
    for (const plain of ["作息恢复", "老年活动室", "社会支持网络", "自评 8 分", "电话回访", "注意回访"]) expect(text).not.toContain(plain);
  });
});
