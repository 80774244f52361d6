import { beforeAll, describe, expect, it } from "vitest";
import { saveConsentCommand, savePlanCommand } from "@/features/cases/commands";
import { getCaseHeader, getCaseOverview, getCasePlan } from "@/features/cases/queries";
import {
  approveDocumentCommand as approvePlanCommand, correctDocumentCommand as correctPlanCommand, returnDocumentCommand as returnPlanCommand,
  signDocumentCommand as signPlanCommand, submitDocumentCommand as submitPlanCommand,
} from "@/features/documents/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { newCase as newCaseFor } from "../support/cases";
import { buildWorld, type ActorKey, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const NOW = new Date("2026-11-22T04:00:00Z");

const newCase = (actor: Actor = w.a.actors.socialWorker) => newCaseFor(actor, { label: "计划对象" });

const planFields = (overrides: Record<string, unknown> = {}) => ({
  problems: "祖孙沟通困难，学业压力大",
  goals: "与服务对象商定：两个月内每周完成作业计划",
  plan: "每周家访一次，链接志愿者课业辅导",
  ...overrides,
});

async function createPlan(caseId: string, actor: Actor = w.a.actors.socialWorker) {
  const r = await savePlanCommand.execute(actor, { caseId, ...planFields() });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return db.casePlan.findFirstOrThrow({ where: { caseFileId: caseId } });
}

/** The case pages as the actor sees them (null when out of scope). */
async function getCase(actor: Actor, caseId: string, now: Date) {
  const header = await getCaseHeader(actor, caseId, now);
  if (!header) return null;
  return { ...header, ...(await getCaseOverview(header)), plan: await getCasePlan(header) };
}

const plan = (id: string) => db.casePlan.findUniqueOrThrow({ where: { id } });
// The generic document steps address the plan by kind and id (the case is found from the document).
const step = (_caseId: string, p: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({ kind: "PLAN", documentId: p.id, version: p.version, ...extra });

/** A plan submitted to the supervisor and approved. */
async function approvedPlan() {
  const caseId = await newCase();
  const p = await createPlan(caseId);
  expect(await submitPlanCommand.execute(w.a.actors.socialWorker, step(caseId, p))).toMatchObject({ ok: true });
  expect(await approvePlanCommand.execute(w.a.actors.supervisor, step(caseId, await plan(p.id), { opinion: "同意" }))).toMatchObject({ ok: true });
  return { caseId, planId: p.id };
}

describe("接受服务同意书", () => {
  it("records the consent (本人 / 监护人) and ticks 个案工作服务协议", async () => {
    const worker = w.a.actors.socialWorker;
    const caseId = await newCase();
    const bad = await saveConsentCommand.execute(worker, { caseId, agreed: "", consentedOn: "", signer: "GUARDIAN", guardianName: "" });
    expect(!bad.ok && bad.fieldErrors).toMatchObject({ agreed: ["请确认服务对象已阅读并同意以上条款"], consentedOn: ["请填写签订日期"] });
    const noGuardian = await saveConsentCommand.execute(worker, { caseId, agreed: "on", consentedOn: "2026-11-03", signer: "GUARDIAN", guardianName: "" });
    expect(!noGuardian.ok && noGuardian.fieldErrors).toEqual({ guardianName: ["监护人签字时请填写监护人姓名"] });
    const future = await saveConsentCommand.execute(worker, { caseId, agreed: "on", consentedOn: "2099-01-01", signer: "CLIENT" });
    expect(!future.ok && future.fieldErrors).toEqual({ consentedOn: ["签订日期不能晚于今天"] });

    expect(await saveConsentCommand.execute(worker, { caseId, agreed: "on", consentedOn: "2026-11-03", signer: "GUARDIAN", guardianName: "王奶奶" })).toMatchObject({ ok: true });
    expect(await saveConsentCommand.execute(worker, { caseId, agreed: "on", consentedOn: "2026-11-03", signer: "CLIENT" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveConsentCommand.execute(worker, { caseId, version: 1, agreed: "on", consentedOn: "2026-11-04", signer: "CLIENT", guardianName: "不保存" })).toMatchObject({ ok: true });
    expect(await saveConsentCommand.execute(worker, { caseId, version: 1, agreed: "on", consentedOn: "2026-11-04", signer: "CLIENT" })).toMatchObject({ ok: false, code: "CONFLICT" });
    const page = await getCase(worker, caseId, NOW);
    expect(page!.consent).toMatchObject({ version: 2, signer: "CLIENT", guardianName: null, consentedOn: d("2026-11-04") });
    const done = Object.fromEntries(page!.checklist.map((r) => [r.label, r.done]));
    expect(done).toMatchObject({ 个案工作服务协议: true, 个案工作计划表: false });

    for (const actor of [w.a.actors.supervisor, w.a.actors.otherWorker, w.a.actors.stationHead, w.b.actors.socialWorker]) {
      const r = await saveConsentCommand.execute(actor, { caseId, version: 2, agreed: "on", consentedOn: "2026-11-05", signer: "CLIENT" });
      expect(["NOT_FOUND", "FORBIDDEN"]).toContain(!r.ok && r.code);
    }
    expect(await db.caseConsent.findUniqueOrThrow({ where: { caseFileId: caseId } })).toMatchObject({ version: 2 });
  });
});

describe("个案工作计划表: approval workflow", () => {
  it("draft → submit → return with comment → edit → resubmit → approve → signed by both → correction: revision 2, revision 1 kept with its signatures", async () => {
    const worker = w.a.actors.socialWorker;
    const supervisor = w.a.actors.supervisor;
    const caseId = await newCase();
    let p = await createPlan(caseId);
    expect(p).toMatchObject({ revision: 1, status: "DRAFT", version: 1 });

    expect(await submitPlanCommand.execute(worker, step(caseId, p))).toMatchObject({ ok: true });
    p = await plan(p.id);
    expect(p).toMatchObject({ status: "SUBMITTED", version: 2 });
    // Under review: the owner cannot edit it.
    expect(await savePlanCommand.execute(worker, { caseId, planId: p.id, version: p.version, ...planFields() })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });

    const noComment = await returnPlanCommand.execute(supervisor, step(caseId, p, { comment: "" }));
    expect(!noComment.ok && noComment.fieldErrors).toEqual({ comment: ["退回时请填写修改意见"] });
    expect(await returnPlanCommand.execute(supervisor, step(caseId, p, { comment: "目标需量化，请补充评估指标" }))).toMatchObject({ ok: true });
    p = await plan(p.id);
    expect(p.status).toBe("RETURNED");

    expect(await savePlanCommand.execute(worker, { caseId, planId: p.id, version: p.version, ...planFields({ goals: "每周完成 5 次作业计划，情绪自评提高 2 分" }) })).toMatchObject({ ok: true });
    p = await plan(p.id);
    expect(p.status).toBe("RETURNED");
    expect(await submitPlanCommand.execute(worker, step(caseId, p))).toMatchObject({ ok: true });
    p = await plan(p.id);
    expect(await approvePlanCommand.execute(supervisor, step(caseId, p, { opinion: "同意按计划执行" }))).toMatchObject({ ok: true });
    p = await plan(p.id);
    expect(p.status).toBe("APPROVED");

    // Sign-offs: the worker (with the date the client signed), then the supervisor.
    const noDate = await signPlanCommand.execute(worker, step(caseId, p));
    expect(!noDate.ok && noDate.fieldErrors).toEqual({ clientSignedOn: ["请填写服务对象签名日期"] });
    expect(await signPlanCommand.execute(worker, step(caseId, p, { clientSignedOn: "2026-11-10" }))).toMatchObject({ ok: true });
    p = await plan(p.id);
    expect(await signPlanCommand.execute(worker, step(caseId, p, { clientSignedOn: "2026-11-10" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await signPlanCommand.execute(supervisor, step(caseId, p))).toMatchObject({ ok: true });
    p = await plan(p.id);
    expect(p).toMatchObject({ status: "APPROVED", clientSignedOn: d("2026-11-10") });

    // Signed: no edit in place, no resubmission.
    expect(await savePlanCommand.execute(worker, { caseId, planId: p.id, version: p.version, ...planFields({ plan: "偷偷改" }) })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await submitPlanCommand.execute(worker, step(caseId, p))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await savePlanCommand.execute(worker, { caseId, ...planFields() })).toMatchObject({ ok: false, code: "CONFLICT" });

    // 更正: revision 2 as a DRAFT with the same content, unsigned; revision 1 is kept approved and signed.
    const corrected = await correctPlanCommand.execute(worker, step(caseId, p));
    expect(corrected, JSON.stringify(corrected)).toMatchObject({ ok: true });
    const v2 = await plan(p.id);
    expect(v2).toMatchObject({ revision: 2, status: "DRAFT", version: p.version + 1, supervisorOpinionEnc: null, clientSignedOn: null });
    expect(await db.documentSignoff.count({ where: { documentId: p.id } })).toBe(0);
    expect(await correctPlanCommand.execute(worker, step(caseId, v2))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await correctPlanCommand.execute(worker, step(caseId, p))).toMatchObject({ ok: false });
    expect(await savePlanCommand.execute(worker, { caseId, planId: v2.id, version: v2.version, ...planFields({ plan: "更正后的服务计划" }) })).toMatchObject({ ok: true });

    const page = await getCase(worker, caseId, NOW);
    expect(page!.plan).toMatchObject({ revision: 2, status: "DRAFT", plan: "更正后的服务计划", supervisorOpinion: null });
    expect(page!.plan!.trail.actions).toEqual(["edit", "submit"]);
    expect(page!.plan!.trail.signoffs).toEqual([]);
    expect(page!.plan!.trail.revisions).toHaveLength(1);
    expect(page!.plan!.trail.revisions[0]).toMatchObject({
      revision: 1, correctedByName: worker.name,
      content: { status: "APPROVED", plan: "每周家访一次，链接志愿者课业辅导", goals: "每周完成 5 次作业计划，情绪自评提高 2 分", supervisorOpinion: "同意按计划执行", clientSignedOn: "2026-11-10T00:00:00.000Z" },
      signoffs: [{ role: "WORKER", userName: w.a.actors.socialWorker.name }, { role: "SUPERVISOR", userName: w.a.actors.supervisor.name }],
    });
    expect(page!.plan!.trail.events.map((e) => [e.event, e.fromStatus, e.toStatus, e.actorName, e.comment])).toEqual([
      ["CREATE", null, "DRAFT", worker.name, null],
      ["SUBMIT", "DRAFT", "SUBMITTED", worker.name, null],
      ["RETURN", "SUBMITTED", "RETURNED", supervisor.name, "目标需量化，请补充评估指标"],
      ["SUBMIT", "RETURNED", "SUBMITTED", worker.name, null],
      ["APPROVE", "SUBMITTED", "APPROVED", supervisor.name, "同意按计划执行"],
      ["SIGN", "APPROVED", "APPROVED", worker.name, "负责社工"],
      ["SIGN", "APPROVED", "APPROVED", supervisor.name, "督导"],
      ["CORRECT", "APPROVED", "DRAFT", worker.name, "更正第 1 版"],
    ]);
    expect(Object.fromEntries(page!.checklist.map((r) => [r.label, r.done]))).toMatchObject({ 个案工作计划表: true });
    const supervisorPage = await getCase(supervisor, caseId, NOW);
    expect(supervisorPage!.plan!.trail.actions).toEqual([]);
    for (const action of ["case.save_plan", "document.submit", "document.return", "document.approve", "document.sign", "document.correct"]) {
      expect(await db.auditLog.count({ where: { action, targetId: caseId, outcome: "SUCCESS" } }), action).toBeGreaterThan(0);
    }
  });

  it("refuses every transition out of turn", async () => {
    const worker = w.a.actors.socialWorker;
    const supervisor = w.a.actors.supervisor;
    const caseId = await newCase();
    const p = await createPlan(caseId);
    // Approve / return a DRAFT; sign a DRAFT; correct a DRAFT.
    expect(await approvePlanCommand.execute(supervisor, step(caseId, p))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await returnPlanCommand.execute(supervisor, step(caseId, p, { comment: "退回" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await signPlanCommand.execute(worker, step(caseId, p, { clientSignedOn: "2026-11-10" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await correctPlanCommand.execute(worker, step(caseId, p))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // The supervisor does not write or submit; a stale version is a conflict.
    expect(await submitPlanCommand.execute(supervisor, step(caseId, p))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await submitPlanCommand.execute(worker, { ...step(caseId, p), version: 9 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await submitPlanCommand.execute(worker, step(caseId, p))).toMatchObject({ ok: true });
    const submitted = await plan(p.id);
    // Submitting twice; the owner approving their own.
    expect(await submitPlanCommand.execute(worker, step(caseId, submitted))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await approvePlanCommand.execute(worker, step(caseId, submitted))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Even holding a supervisor role at the station, assigned to themself, the owner cannot decide.
    await db.supervisorAssignment.create({ data: { districtId: w.a.district.id, stationId: w.a.stations[0].id, supervisorId: w.a.users.socialWorker.id, workerId: w.a.users.socialWorker.id } });
    const dual: Actor = { ...worker, memberships: [...worker.memberships, { ...worker.memberships[0], role: "SUPERVISOR" }] };
    const own = await approvePlanCommand.execute(dual, step(caseId, submitted));
    expect(own).toMatchObject({ ok: false, code: "FORBIDDEN", message: "只有该社工的督导可以审批，负责社工不能审批自己的计划表" });
    await db.supervisorAssignment.deleteMany({ where: { supervisorId: w.a.users.socialWorker.id } });
    // Nobody else decides.
    const others: [string, Actor][] = [
      ...(["otherWorker", "stationHead", "deputyHead", "otherStationHead", "streetStaff", "bureauAdmin", "auditor"] as ActorKey[]).map((k): [string, Actor] => [k, w.a.actors[k]]),
      ["b.supervisor", w.b.actors.supervisor], ["b.socialWorker", w.b.actors.socialWorker], ["systemAdmin", w.systemAdmin],
    ];
    for (const [label, actor] of others) {
      for (const r of [await approvePlanCommand.execute(actor, step(caseId, submitted)), await returnPlanCommand.execute(actor, step(caseId, submitted, { comment: "越权" }))]) {
        expect(["NOT_FOUND", "FORBIDDEN"], label).toContain(!r.ok && r.code);
      }
    }
    expect((await plan(p.id)).status).toBe("SUBMITTED");
    // A plan id of a case the supervisor does not supervise is not found (the other district's supervisor).
    expect(await approvePlanCommand.execute(w.b.actors.supervisor, step(caseId, submitted))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // The kind must match the id (a plan's id addressed as a closure is not found).
    expect(await approvePlanCommand.execute(supervisor, { ...step(caseId, submitted), kind: "CLOSURE" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Approved: not submitted again, not approved again, not returned.
    expect(await approvePlanCommand.execute(supervisor, step(caseId, submitted))).toMatchObject({ ok: true });
    const approved = await plan(p.id);
    expect(await submitPlanCommand.execute(worker, step(caseId, approved))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await approvePlanCommand.execute(supervisor, step(caseId, approved))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await returnPlanCommand.execute(supervisor, step(caseId, approved, { comment: "晚了" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // A stale decision (the page loaded before the approval) is refused.
    expect(await returnPlanCommand.execute(supervisor, step(caseId, submitted, { comment: "过期页面" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await db.documentEvent.count({ where: { documentId: p.id, event: "APPROVE" } })).toBe(1);
  });

  it("a double approval race: exactly one wins", async () => {
    const caseId = await newCase();
    const p = await createPlan(caseId);
    expect(await submitPlanCommand.execute(w.a.actors.socialWorker, step(caseId, p))).toMatchObject({ ok: true });
    const submitted = await plan(p.id);
    const results = await Promise.all([
      approvePlanCommand.execute(w.a.actors.supervisor, step(caseId, submitted, { opinion: "甲" })),
      approvePlanCommand.execute(w.a.actors.supervisor, step(caseId, submitted, { opinion: "乙" })),
      returnPlanCommand.execute(w.a.actors.supervisor, step(caseId, submitted, { comment: "丙" })),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    for (const r of results.filter((x) => !x.ok)) expect(["CONFLICT", "INVALID_TRANSITION"]).toContain(!r.ok && r.code);
    expect(await db.documentEvent.count({ where: { documentId: p.id, event: { in: ["APPROVE", "RETURN"] } } })).toBe(1);
    expect((await plan(p.id)).version).toBe(submitted.version + 1);
  });

  it("a double correction race: one new revision", async () => {
    const { caseId, planId } = await approvedPlan();
    const p = await plan(planId);
    const results = await Promise.all([correctPlanCommand.execute(w.a.actors.socialWorker, step(caseId, p)), correctPlanCommand.execute(w.a.actors.socialWorker, step(caseId, p))]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await db.documentRevision.count({ where: { documentId: planId } })).toBe(1);
    expect((await plan(planId)).revision).toBe(2);
  });
});

describe("confidentiality and storage", () => {
  it("only the owner writes; the supervisor decides; everyone else sees no plan", async () => {
    const caseId = await newCase();
    expect(await savePlanCommand.execute(w.a.actors.supervisor, { caseId, ...planFields() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    for (const actor of [w.a.actors.otherWorker, w.b.actors.socialWorker]) {
      expect(await savePlanCommand.execute(actor, { caseId, ...planFields() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await savePlanCommand.execute(w.a.actors.stationHead, { caseId, ...planFields() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.casePlan.count({ where: { caseFileId: caseId } })).toBe(0);
    const p = await createPlan(caseId);
    for (const actor of [w.a.actors.otherWorker, w.a.actors.stationHead, w.b.actors.supervisor, w.systemAdmin]) expect(await getCase(actor, caseId, NOW)).toBeNull();
    const seen = await getCase(w.a.actors.supervisor, caseId, NOW);
    expect(seen!.plan).toMatchObject({ id: p.id, problems: "祖孙沟通困难，学业压力大" });
    expect(seen!.plan!.trail.actions).toEqual([]);
    expect(seen!.role).toBe("supervisor");
  });

  it("narratives, opinion and comments are stored only encrypted", async () => {
    const caseId = await newCase();
    const p = await createPlan(caseId);
    await submitPlanCommand.execute(w.a.actors.socialWorker, step(caseId, p));
    await returnPlanCommand.execute(w.a.actors.supervisor, step(caseId, await plan(p.id), { comment: "请补充祖母的支持资源" }));
    await submitPlanCommand.execute(w.a.actors.socialWorker, step(caseId, await plan(p.id)));
    await approvePlanCommand.execute(w.a.actors.supervisor, step(caseId, await plan(p.id), { opinion: "同意，注意安全评估" }));
    const raw = JSON.stringify(await db.$queryRaw`SELECT * FROM case_plan WHERE case_file_id = ${caseId}`);
    for (const plain of ["祖孙沟通", "作业计划", "志愿者课业", "注意安全评估"]) expect(raw).not.toContain(plain);
    expect(raw).toContain("v1:");
    const events = JSON.stringify(await db.$queryRaw`SELECT * FROM document_event WHERE document_id = ${p.id}`);
    expect(events).not.toContain("祖母的支持资源");
    expect(events).not.toContain("注意安全评估");
  });

  it("validates the plan in Chinese", async () => {
    const caseId = await newCase();
    const empty = await savePlanCommand.execute(w.a.actors.socialWorker, { caseId, problems: "", goals: " ", plan: "" });
    expect(!empty.ok && empty.fieldErrors).toEqual({ problems: ["请填写案主问题及需求分析"], goals: ["请填写服务目标（与服务对象商议后制定）"], plan: ["请填写服务计划"] });
    const long = await savePlanCommand.execute(w.a.actors.socialWorker, { caseId, ...planFields({ plan: "长".repeat(4001) }) });
    expect(!long.ok && long.fieldErrors).toEqual({ plan: ["服务计划不能超过 4000 个字"] });
    const future = await signPlanCommand.execute(w.a.actors.socialWorker, { kind: "PLAN", documentId: "x", clientSignedOn: "2099-01-01" });
    expect(!future.ok && future.fieldErrors).toEqual({ clientSignedOn: ["服务对象签名日期不能晚于今天"] });
  });
});
