import { beforeAll, describe, expect, it } from "vitest";
import { saveClientCommand } from "@/features/clients/commands";
import { saveClosureCommand } from "@/features/cases/closure";
import { openCaseCommand, saveAssessmentCommand, saveIntakeCommand } from "@/features/cases/commands";
import { getCaseHeader } from "@/features/cases/queries";
import { dueDateAfter } from "@/features/calendar/queries";
import {
  approveDocumentCommand, correctDocumentCommand, returnDocumentCommand, signDocumentCommand, submitDocumentCommand,
} from "@/features/documents/commands";
import { SIGNERS } from "@/features/documents/rules";
import {
  acceptReferralCommand, cancelReferralCommand, declineReferralCommand, recordExternalDecisionCommand, saveReferralCommand,
  saveReferralConsentCommand, sendReferralCommand,
} from "@/features/referrals/commands";
import { caseReferrals, pendingReferralCount, referralInbox, referralTargets } from "@/features/referrals/queries";
import { formatCalendarDate, formatDate, parseCalendarDate, startOfShanghaiDay } from "@/lib/dates";
import { EXTERNAL_DECISION_LABELS, REFERRAL_STATUS_LABELS } from "@/lib/labels";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { createUser, uniq } from "../../prisma/seed/factories";
import { actorOf, buildWorld, reload, type World } from "../support/world";

let w: World;
/** A second social worker at stations[1] who is not the receiver. */
let bystander: Actor;
beforeAll(async () => {
  w = await buildWorld();
  const user = await createUser(db, { districtId: w.a.district.id, username: `bystander.${uniq()}`, name: "乙站另一社工", memberships: [{ role: "SOCIAL_WORKER", stationId: w.a.stations[1].id }] });
  bystander = (await actorOf(user.id))!;
});

const worker = () => w.a.actors.socialWorker;
const receiver = () => w.a.actors.remoteWorker;

async function newCase(actor: Actor = worker()) {
  const name = `转介对象${uniq()}`;
  const client = await saveClientCommand.execute(actor, {
    name, gender: "FEMALE", birthDate: "2015-03-01", phone: "13987654321", categories: ["LEFT_BEHIND_CHILD"], riskLevel: "LOW", serviceDomain: "CHILDREN", "members.0.name": "",
  });
  expect(client, JSON.stringify(client)).toMatchObject({ ok: true });
  const { id: clientId } = await db.client.findFirstOrThrow({ where: { name } });
  const opened = await openCaseCommand.execute(actor, { clientId, firstContactOn: "2026-11-02", intakeDate: "", source: "SELF", sourceNote: "", situation: "情况", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "" });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  return { caseId: opened.data!.id, clientId, number: opened.data!.number, name };
}

const toStation = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  caseId, target: "STATION", toStationId: w.a.stations[1].id, toWorkerId: w.a.users.remoteWorker.id, toContact: "", fromContact: "13987100001",
  reason: "OUT_OF_AREA", reasonNote: "", problems: "服务对象随母亲迁居乙街道，需继续课业与情绪支持", measures: "每周家访，链接课业辅导志愿者", advice: "建议继续每周家访，关注情绪变化",
  ...overrides,
});

const toOrganization = (caseId: string, overrides: Record<string, unknown> = {}) => ({
  ...toStation(caseId), target: "ORGANIZATION", toStationId: "", toWorkerId: "", toOrganization: "昆明市儿童心理健康中心", toWorkerName: "李医生", toContact: "0871-12345678", reason: "OUT_OF_SCOPE",
  ...overrides,
});

const ref = (id: string) => db.caseReferral.findUniqueOrThrow({ where: { id } });

async function draft(caseId: string, input: Record<string, unknown> = toStation(caseId)) {
  const r = await saveReferralCommand.execute(worker(), input);
  if (!r.ok) throw new Error(JSON.stringify(r));
  return r.data!.referralId;
}

async function consent(id: string, overrides: Record<string, unknown> = {}) {
  const r = await saveReferralConsentCommand.execute(worker(), { referralId: id, version: (await ref(id)).version, agreed: "on", consentedOn: "2026-11-20", consentSigner: "CLIENT", ...overrides });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

async function send(id: string, actor: Actor = worker()) {
  return sendReferralCommand.execute(actor, { referralId: id, version: (await ref(id)).version });
}

/** The responsible worker signs the 转介表 (required before sending). */
async function sign(id: string) {
  const r = await signDocumentCommand.execute(worker(), { kind: "REFERRAL", documentId: id, version: (await ref(id)).version });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

/** A station referral, drafted, consented, signed by the worker and sent. */
async function pending(caseId: string, input?: Record<string, unknown>) {
  const id = await draft(caseId, input ?? toStation(caseId));
  await consent(id);
  await sign(id);
  expect(await send(id)).toMatchObject({ ok: true });
  return id;
}

const step = async (id: string, extra: Record<string, unknown> = {}) => ({ referralId: id, version: (await ref(id)).version, ...extra });
const refused = (r: { ok: boolean; code?: string }) => (!r.ok ? r.code : "ok");

describe("个案工作转介表: draft", () => {
  it("validates the form and the receiver: a social worker of another station of the same district", async () => {
    const { caseId } = await newCase();
    const empty = await saveReferralCommand.execute(worker(), { caseId, target: "STATION", toStationId: "", toWorkerId: "", reason: "OTHER", reasonNote: "", problems: "", advice: "" });
    expect(!empty.ok && empty.fieldErrors).toEqual({
      toStationId: ["请选择转入社工站"], toWorkerId: ["请选择转入社工"], reasonNote: ["转介原因为“其他”时请说明"], problems: ["请填写服务对象问题"], advice: ["请填写跟进建议"],
    });
    const noOrg = await saveReferralCommand.execute(worker(), toOrganization(caseId, { toOrganization: "" }));
    expect(!noOrg.ok && noOrg.fieldErrors).toEqual({ toOrganization: ["请填写转入机构名称"] });

    const stationRefused = { ok: false, code: "VALIDATION", fieldErrors: { toStationId: ["请选择本区其他社工站"] } };
    expect(await saveReferralCommand.execute(worker(), toStation(caseId, { toStationId: w.a.stations[0].id, toWorkerId: w.a.users.otherWorker.id }))).toMatchObject(stationRefused);
    expect(await saveReferralCommand.execute(worker(), toStation(caseId, { toStationId: w.b.stations[1].id, toWorkerId: w.b.users.remoteWorker.id }))).toMatchObject(stationRefused);
    const workerRefused = { ok: false, code: "VALIDATION", fieldErrors: { toWorkerId: ["请选择该社工站的驻站社工"] } };
    for (const other of [w.a.users.otherStationHead.id, w.a.users.otherWorker.id, w.a.users.socialWorker.id, w.b.users.remoteWorker.id]) {
      expect(await saveReferralCommand.execute(worker(), toStation(caseId, { toWorkerId: other }))).toMatchObject(workerRefused);
    }
    // An inactive account cannot receive.
    const inactive = await createUser(db, { districtId: w.a.district.id, name: "停用社工", memberships: [{ role: "SOCIAL_WORKER", stationId: w.a.stations[1].id }] });
    await db.user.update({ where: { id: inactive.id }, data: { isActive: false } });
    expect(await saveReferralCommand.execute(worker(), toStation(caseId, { toWorkerId: inactive.id }))).toMatchObject(workerRefused);

    const id = await draft(caseId);
    const row = await ref(id);
    expect(row).toMatchObject({
      status: "DRAFT", districtId: w.a.district.id, fromStationId: w.a.stations[0].id, fromWorkerId: w.a.users.socialWorker.id,
      toStationId: w.a.stations[1].id, toWorkerId: w.a.users.remoteWorker.id, toOrganization: null, reason: "OUT_OF_AREA", consentedOn: null, version: 1,
    });
    expect(row.problemsEnc).not.toContain("迁居");
    expect(decryptField(row.problemsEnc)).toBe("服务对象随母亲迁居乙街道，需继续课业与情绪支持");

    // The page: the other stations of the district with their active social workers (not the owner, not inactive).
    const header = (await getCaseHeader(worker(), caseId))!;
    const targets = await referralTargets(header);
    expect(targets.map((s) => s.id)).toEqual([w.a.stations[1].id]);
    expect(targets[0].workers.map((u) => u.id).sort()).toEqual([w.a.users.remoteWorker.id, bystander.userId].sort());
    const [view] = await caseReferrals(header);
    expect(view).toMatchObject({ status: "DRAFT", toName: w.a.stations[1].name, toWorkerDisplay: "甲remoteWorker", problems: "服务对象随母亲迁居乙街道，需继续课业与情绪支持" });
    expect(view.consentText).toBe(`我同意${w.a.stations[0].name}因服务需要将我转介至${w.a.stations[1].name}，并将我接受服务的相关情况与我的相关个人信息一并转过去。这样做的目的是为了申请更优质、更针对性的服务。`);
    expect(view.trail.actions).toEqual(["edit", "sign"]);
    expect(header.checklist.find((c) => c.key === "referralConsent")!.done).toBe(false);

    // Edit with the version; a stale version is a conflict.
    expect(await saveReferralCommand.execute(worker(), { ...toStation(caseId, { advice: "每两周家访" }), referralId: id, version: 1 })).toMatchObject({ ok: true });
    expect(await saveReferralCommand.execute(worker(), { ...toStation(caseId), referralId: id, version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveReferralCommand.execute(worker(), { ...toStation(caseId), referralId: id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(decryptField((await ref(id)).adviceEnc)).toBe("每两周家访");

    // Changing the receiver after the consent clears it: the client consented to a named receiver.
    await consent(id);
    expect((await ref(id)).consentedOn).not.toBeNull();
    const changed = await saveReferralCommand.execute(worker(), { ...toStation(caseId, { toWorkerId: bystander.userId }), referralId: id, version: (await ref(id)).version });
    expect(changed).toMatchObject({ ok: true, message: "转介表已保存。转入单位已变更，请重新记录转介同意书" });
    expect(await ref(id)).toMatchObject({ consentedOn: null, consentSigner: null, toWorkerId: bystander.userId });
  });

  it("the worker signs the 转介表 (the supervisor does not); a signed draft is no longer edited in place", async () => {
    const { caseId } = await newCase();
    const id = await draft(caseId);
    expect(await signDocumentCommand.execute(w.a.actors.supervisor, { kind: "REFERRAL", documentId: id, version: 1 })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await signDocumentCommand.execute(worker(), { kind: "REFERRAL", documentId: id, version: 1 })).toMatchObject({ ok: true });
    const edit = await saveReferralCommand.execute(worker(), { ...toStation(caseId), referralId: id, version: 2 });
    expect(edit).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "转介表已签名，不能直接修改，请使用“更正”" });
    const [view] = await caseReferrals((await getCaseHeader(worker(), caseId))!);
    expect(view.trail.signers).toEqual(SIGNERS.REFERRAL);
    expect(view.trail.signers).toContain("WORKER");
    expect(view.trail.signoffs.map((s) => s.role)).toEqual(["WORKER"]);
    expect(view.trail.actions).toEqual(["correct"]);
  });
});

describe("转介同意书 and sending", () => {
  it("refuses to send without the client's consent or the worker's signature; sends with both; one pending referral per case; the sender can withdraw", async () => {
    const { caseId } = await newCase();
    const id = await draft(caseId);
    const noConsent = await send(id);
    expect(noConsent).toMatchObject({ ok: false, code: "VALIDATION", message: "转介前须由服务对象签署转介同意书", fieldErrors: { consentedOn: ["转介前须由服务对象签署转介同意书"] } });

    const bad = await saveReferralConsentCommand.execute(worker(), await step(id, { agreed: "", consentedOn: "", consentSigner: "GUARDIAN", consentGuardianName: "" }));
    expect(!bad.ok && bad.fieldErrors).toEqual({ agreed: ["请确认服务对象已阅读并同意转介，并在纸质同意书上签字"], consentedOn: ["请填写签署日期"], consentGuardianName: ["监护人签字时请填写监护人姓名"] });
    const future = await saveReferralConsentCommand.execute(worker(), await step(id, { agreed: "on", consentedOn: "2099-01-01", consentSigner: "CLIENT" }));
    expect(!future.ok && future.fieldErrors).toEqual({ consentedOn: ["签署日期不能晚于今天"] });
    await consent(id, { consentSigner: "GUARDIAN", consentGuardianName: "王奶奶" });
    expect(await ref(id)).toMatchObject({ consentSigner: "GUARDIAN", consentGuardianName: "王奶奶", consentedOn: parseCalendarDate("2026-11-20") });
    expect(await sendReferralCommand.execute(worker(), { referralId: id, version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });

    // Consented but not signed by the responsible worker: refused.
    const unsigned = await send(id);
    expect(unsigned).toMatchObject({ ok: false, code: "VALIDATION", message: "请先由负责社工在转介表上签名，再发送", fieldErrors: { _form: ["请先由负责社工在转介表上签名，再发送"] } });
    expect((await ref(id)).status).toBe("DRAFT");
    await sign(id);

    const sent = await send(id);
    expect(sent).toMatchObject({ ok: true, message: "转介已发送，等待转入社工接收" });
    const row = await ref(id);
    expect(row.status).toBe("PENDING");
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(await send(id)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // Sent: no more edits of the form or the consent.
    expect(await saveReferralCommand.execute(worker(), { ...toStation(caseId), referralId: id, version: row.version })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "转介已发送，转介表不能再修改或更正" });
    expect(await saveReferralConsentCommand.execute(worker(), await step(id, { agreed: "on", consentedOn: "2026-11-20", consentSigner: "CLIENT" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const header = (await getCaseHeader(worker(), caseId))!;
    expect(Object.fromEntries(header.checklist.map((c) => [c.key, c.done]))).toMatchObject({ referralConsent: true, referral: true });

    // A second referral of the same case cannot be sent while one is pending.
    const second = await draft(caseId, toOrganization(caseId));
    await consent(second);
    await sign(second);
    expect(await send(second)).toMatchObject({ ok: false, code: "CONFLICT", message: "该个案已有待接收或已接收的转介，不能重复发送" });

    // Withdraw the first: it leaves the receiver's inbox; the second can go.
    expect(await pendingReferralCount(receiver())).toBeGreaterThan(0);
    expect((await referralInbox(receiver())).pending.map((r) => r.id)).toContain(id);
    expect(await cancelReferralCommand.execute(worker(), await step(id))).toMatchObject({ ok: true, message: "转介已撤回" });
    expect((await ref(id)).status).toBe("CANCELLED");
    expect(await cancelReferralCommand.execute(worker(), await step(id))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const inbox = await referralInbox(receiver());
    expect([...inbox.pending, ...inbox.decided].map((r) => r.id)).not.toContain(id);
    expect(await acceptReferralCommand.execute(receiver(), await step(id))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await send(second)).toMatchObject({ ok: true, message: "转介已发送，请在对方机构答复后记录接收结果" });
    // A draft can be discarded.
    const third = await draft(caseId);
    expect(await cancelReferralCommand.execute(worker(), await step(third))).toMatchObject({ ok: true });
  });

  it("two drafts sent at the same moment: exactly one goes", async () => {
    const { caseId } = await newCase();
    const a = await draft(caseId);
    const b = await draft(caseId, toOrganization(caseId));
    await consent(a);
    await consent(b);
    await sign(a);
    await sign(b);
    const results = await Promise.all([send(a), send(b)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual(["CONFLICT"]);
    expect(await db.caseReferral.count({ where: { caseFileId: caseId, status: "PENDING" } })).toBe(1);
  });

  it("a corrected 转介表 is a new unsigned revision: it must be signed again before sending", async () => {
    const { caseId } = await newCase();
    const id = await draft(caseId);
    await consent(id);
    await sign(id);
    expect(await correctDocumentCommand.execute(worker(), { kind: "REFERRAL", documentId: id, version: (await ref(id)).version })).toMatchObject({ ok: true });
    expect(await send(id)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { _form: ["请先由负责社工在转介表上签名，再发送"] } });
    await sign(id);
    expect(await send(id)).toMatchObject({ ok: true });
    // Once sent, the signed 转介表 is what the receiver reads: no correction.
    expect(await correctDocumentCommand.execute(worker(), { kind: "REFERRAL", documentId: id, version: (await ref(id)).version }))
      .toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "转介已发送，转介表不能再修改或更正" });
  });
});

/** A 结案表 for an early closure (no approved plan needed): the client declined further service. */
async function saveClosure(caseId: string) {
  const r = await saveClosureCommand.execute(worker(), {
    caseId, closedOn: "2026-11-20", span: "2026-11-02至2026-11-20", changes: "情绪平稳", clientState: "随母亲迁居", observations: "支持网络建立中",
    goalAttainment: "部分达成", reason: "CLIENT_DECLINED", reasonNote: "服务对象随母亲迁居外区", clientKnowsReturn: "YES", followUp: "",
  });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return () => db.caseClosure.findUniqueOrThrow({ where: { caseFileId: caseId } });
}
const closureStep = (c: { id: string; version: number }, extra: Record<string, unknown> = {}) => ({ kind: "CLOSURE", documentId: c.id, version: c.version, ...extra });

describe("referral and closure exclude each other", () => {
  it("refuses to send while the 结案表 is submitted for approval; sends once it is returned", async () => {
    const { caseId } = await newCase();
    const closure = await saveClosure(caseId);
    const id = await draft(caseId);
    await consent(id);
    await sign(id);
    expect(await submitDocumentCommand.execute(worker(), closureStep(await closure()))).toMatchObject({ ok: true });
    expect(await send(id)).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "结案表已提交审批，不能转介" });
    expect((await ref(id)).status).toBe("DRAFT");
    // An approved closure (the case row still open, as in a concurrent approval) refuses it too.
    await db.caseClosure.update({ where: { caseFileId: caseId }, data: { status: "APPROVED" } });
    expect(await send(id)).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "结案表已提交审批，不能转介" });
    await db.caseClosure.update({ where: { caseFileId: caseId }, data: { status: "SUBMITTED" } });
    expect(await returnDocumentCommand.execute(w.a.actors.supervisor, closureStep(await closure(), { comment: "服务对象正在转介，请先完成转介" }))).toMatchObject({ ok: true });
    expect(await send(id)).toMatchObject({ ok: true });
  });

  it("while a referral is pending, the 结案表 is neither submitted nor approved", async () => {
    const { caseId } = await newCase();
    const closure = await saveClosure(caseId);
    const id = await pending(caseId);
    expect(await submitDocumentCommand.execute(worker(), closureStep(await closure()))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect((await closure()).status).toBe("DRAFT");
    // A closure already submitted when the referral went out (older data) is not approved either.
    await db.caseClosure.update({ where: { caseFileId: caseId }, data: { status: "SUBMITTED" } });
    expect(await approveDocumentCommand.execute(w.a.actors.supervisor, closureStep(await closure()))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect((await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");
    // Once the referral is withdrawn, the closure goes on.
    expect(await cancelReferralCommand.execute(worker(), await step(id))).toMatchObject({ ok: true });
    expect(await approveDocumentCommand.execute(w.a.actors.supervisor, closureStep(await closure()))).toMatchObject({ ok: true });
    expect((await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("CLOSED");
  });
});

describe("receiving a station referral", () => {
  it("the receiver sees the 转介表 and the shared basics, accepts: a case opens at the receiving station with its next number; the sending case becomes REFERRED", async () => {
    // The receiving station already has a case this year: the referral takes the next number.
    const own = await newCase(receiver());
    const before = Number(own.number.slice(-4));
    const { caseId, clientId, name } = await newCase();
    const id = await pending(caseId);

    // Before accepting: the 转介表 and the client's basics, not the case or the client record.
    const inbox = await referralInbox(receiver(), new Date("2026-11-22T04:00:00Z"));
    const item = inbox.pending.find((r) => r.id === id)!;
    expect(item).toMatchObject({
      fromStationName: w.a.stations[0].name, fromWorkerName: "甲socialWorker", fromContact: "13987100001", reason: "OUT_OF_AREA",
      problems: "服务对象随母亲迁居乙街道，需继续课业与情绪支持", measures: "每周家访，链接课业辅导志愿者", advice: "建议继续每周家访，关注情绪变化",
      client: { name, gender: "FEMALE", age: 11, phoneMasked: "139****4321" },
    });
    expect(JSON.stringify(item)).not.toContain("13987654321");
    expect(await db.auditLog.count({ where: { action: "referral.view", actorUserId: w.a.users.remoteWorker.id } })).toBeGreaterThan(0);
    expect(await getCaseHeader(receiver(), caseId)).toBeNull();
    expect(await db.client.findFirst({ where: { AND: [{ id: clientId }, scope.clients(receiver())] } })).toBeNull();

    expect(await acceptReferralCommand.execute(receiver(), { referralId: id, version: 1 })).toMatchObject({ ok: false, code: "CONFLICT" });
    const accepted = await acceptReferralCommand.execute(receiver(), await step(id));
    expect(accepted, JSON.stringify(accepted)).toMatchObject({ ok: true });
    const { caseId: newCaseId, number } = (accepted as { data: { caseId: string; number: string } }).data;
    const year = Number(formatDate(new Date()).slice(0, 4));
    expect(number).toBe(`GA-${year}-${String(before + 1).padStart(4, "0")}`);
    expect(accepted).toMatchObject({ message: `已接收转介，开案编号 ${number}`, redirectTo: `/station/cases/${newCaseId}` });

    const today = parseCalendarDate(formatDate(new Date()))!;
    const opened = await db.caseFile.findUniqueOrThrow({ where: { id: newCaseId }, include: { intake: true } });
    expect(opened).toMatchObject({
      stationId: w.a.stations[1].id, districtId: w.a.district.id, clientId, ownerId: w.a.users.remoteWorker.id, status: "OPEN", year,
      serviceDomain: "CHILDREN", firstContactOn: today, assessmentDueOn: await dueDateAfter(today, 5),
      intake: { intakeDate: today, source: "REFERRAL", sourceNote: w.a.stations[0].name },
    });
    expect(await ref(id)).toMatchObject({ status: "ACCEPTED", decidedById: w.a.users.remoteWorker.id, receivedCaseId: newCaseId });
    expect((await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("REFERRED");
    expect(await db.auditLog.findFirst({ where: { action: "referral.accept", outcome: "SUCCESS", targetId: newCaseId } })).toMatchObject({ detail: { referralId: id, fromCaseId: caseId, number } });

    // The receiver reads the sending case (read only) and the client through the new case — from their next request on.
    w.a.actors.remoteWorker = await reload(w.a.actors.remoteWorker);
    const shared = (await getCaseHeader(receiver(), caseId))!;
    expect(shared).toMatchObject({ role: "other", canEdit: false, caseFile: { status: "REFERRED" } });
    expect((await caseReferrals(shared))[0]).toMatchObject({ status: "ACCEPTED", receivedCaseNumber: number, decidedByName: "甲remoteWorker" });
    expect(await getCaseHeader(receiver(), newCaseId)).toMatchObject({ role: "owner", canEdit: true });
    expect(await db.client.findFirst({ where: { AND: [{ id: clientId }, scope.clients(receiver())] } })).toMatchObject({ id: clientId });
    const inboxAfter = await referralInbox(receiver());
    expect(inboxAfter.decided.find((r) => r.id === id)).toMatchObject({ status: "ACCEPTED", receivedCase: { id: newCaseId, number } });
    // Nobody else at the receiving station gained anything.
    expect(await getCaseHeader(bystander, caseId)).toBeNull();
    expect(await getCaseHeader(w.a.actors.otherStationHead, caseId)).toBeNull();

    // The sending case is read only: the owner still reads it, every edit is refused.
    expect(await getCaseHeader(worker(), caseId)).toMatchObject({ role: "owner", canEdit: false });
    const intake = await db.caseIntake.findUniqueOrThrow({ where: { caseFileId: caseId } });
    expect(await saveIntakeCommand.execute(worker(), { caseId, version: intake.version, intakeDate: "2026-11-02", source: "SELF", sourceNote: "", situation: "改", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "" }))
      .toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await saveAssessmentCommand.execute(worker(), { caseId, assessedOn: "2026-11-05", physical: "x", needs: "x", goals: "x", plan: "x" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await saveReferralCommand.execute(worker(), toStation(caseId))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await cancelReferralCommand.execute(worker(), await step(id))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await acceptReferralCommand.execute(receiver(), await step(id))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // The receiver reads, never edits, the sending file.
    expect(await saveIntakeCommand.execute(receiver(), { caseId, version: intake.version, intakeDate: "2026-11-02", source: "SELF", sourceNote: "", situation: "改", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "" }))
      .toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("the receiver declines with a reason; the case stays open with its worker, who reads the reason and may refer again", async () => {
    const { caseId } = await newCase();
    const id = await pending(caseId);
    const noReason = await declineReferralCommand.execute(receiver(), await step(id, { note: "" }));
    expect(!noReason.ok && noReason.fieldErrors).toEqual({ note: ["请填写拒绝理由"] });
    expect(await declineReferralCommand.execute(receiver(), await step(id, { note: "本站本月个案已满，建议转介至丙站" }))).toMatchObject({ ok: true, message: "已拒绝该转介" });
    const row = await ref(id);
    expect(row).toMatchObject({ status: "DECLINED", decidedById: w.a.users.remoteWorker.id, receivedCaseId: null });
    expect(row.decisionNoteEnc).not.toContain("个案已满");
    expect((await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");
    expect(await getCaseHeader(receiver(), caseId)).toBeNull();
    const [view] = await caseReferrals((await getCaseHeader(worker(), caseId))!);
    expect(view).toMatchObject({ status: "DECLINED", decisionNote: "本站本月个案已满，建议转介至丙站", decidedByName: "甲remoteWorker" });
    expect(await acceptReferralCommand.execute(receiver(), await step(id))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    // A new referral may go after a decline.
    const again = await pending(caseId, toStation(caseId, { toWorkerId: bystander.userId }));
    expect((await referralInbox(bystander)).pending.map((r) => r.id)).toContain(again);
  });

  it("a declined referral stays in the decliner's inbox as a list line only: no narratives, no client data, no client-data view", async () => {
    const user = await createUser(db, { districtId: w.a.district.id, username: `decliner.${uniq()}`, name: "拒绝社工", memberships: [{ role: "SOCIAL_WORKER", stationId: w.a.stations[1].id }] });
    const decliner = (await actorOf(user.id))!;
    const { caseId, name } = await newCase();
    const id = await pending(caseId, toStation(caseId, { toWorkerId: user.id }));
    expect((await referralInbox(decliner)).pending.map((r) => r.id)).toEqual([id]);
    const views = () => db.auditLog.count({ where: { action: "referral.view", actorUserId: user.id } });
    expect(await views()).toBe(1);
    expect(await declineReferralCommand.execute(decliner, await step(id, { note: "本站本月个案已满" }))).toMatchObject({ ok: true });

    const inbox = await referralInbox(decliner);
    expect(inbox.pending).toEqual([]);
    const row = (await ref(id));
    expect(inbox.decided).toEqual([{
      id, status: "DECLINED", sentAt: row.sentAt, decidedAt: row.decidedAt,
      fromStationName: w.a.stations[0].name, fromWorkerName: "甲socialWorker", receivedCase: null,
    }]);
    const text = JSON.stringify(inbox);
    for (const secret of [name, "迁居", "每周家访", "个案已满", "4321"]) expect(text).not.toContain(secret);
    // Visiting the inbox again reads no client data: no new referral.view row.
    expect(await views()).toBe(1);
  });
});

describe("referral to another organisation", () => {
  it("offers the answers in the words of the referral's status", () => {
    expect(EXTERNAL_DECISION_LABELS).toEqual({ ACCEPTED: REFERRAL_STATUS_LABELS.ACCEPTED, DECLINED: REFERRAL_STATUS_LABELS.DECLINED });
    expect(Object.values(EXTERNAL_DECISION_LABELS)).toEqual(["已接收", "已拒绝"]);
  });

  it("the sender records the organisation's answer: declined keeps the case open, accepted makes it REFERRED", async () => {
    const { caseId } = await newCase();
    const first = await pending(caseId, toOrganization(caseId));
    // Nobody in the system receives it.
    expect(await acceptReferralCommand.execute(receiver(), await step(first))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const missing = await recordExternalDecisionCommand.execute(worker(), await step(first, { decision: "", decidedOn: "" }));
    expect(!missing.ok && missing.fieldErrors).toEqual({ decision: ["请选择接收结果"], decidedOn: ["请填写答复日期"] });
    expect(await recordExternalDecisionCommand.execute(worker(), await step(first, { decision: "DECLINED", decidedOn: "2026-11-21", note: "该中心暂停接收新个案" }))).toMatchObject({ ok: true });
    expect(await ref(first)).toMatchObject({ status: "DECLINED", decidedById: w.a.users.socialWorker.id });
    expect(formatDate((await ref(first)).decidedAt)).toBe("2026-11-21");
    // The answer's date is stored as the moment that Beijing day begins (src/lib/dates).
    expect((await ref(first)).decidedAt).toEqual(startOfShanghaiDay("2026-11-21"));
    expect((await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("OPEN");

    const second = await pending(caseId, toOrganization(caseId, { toOrganization: "呈贡区残疾人康复中心" }));
    expect(await recordExternalDecisionCommand.execute(worker(), await step(second, { decision: "ACCEPTED", decidedOn: "2026-11-22", note: "" }))).toMatchObject({ ok: true, message: "已记录：对方机构已接收，个案已转介" });
    expect(await ref(second)).toMatchObject({ status: "ACCEPTED", decisionNoteEnc: null });
    expect((await db.caseFile.findUniqueOrThrow({ where: { id: caseId } })).status).toBe("REFERRED");
    expect(await recordExternalDecisionCommand.execute(worker(), await step(second, { decision: "DECLINED", decidedOn: "2026-11-22" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const views = await caseReferrals((await getCaseHeader(worker(), caseId))!);
    expect(views.map((v) => [v.toName, v.status])).toEqual([["呈贡区残疾人康复中心", "ACCEPTED"], ["昆明市儿童心理健康中心", "DECLINED"]]);
    expect(formatCalendarDate(parseCalendarDate(formatDate(views[0].decidedAt))!)).toBe("2026-11-22");
  });

  it("a station referral's answer is the receiver's, not recorded by the sender", async () => {
    const { caseId } = await newCase();
    const id = await pending(caseId);
    expect(await recordExternalDecisionCommand.execute(worker(), await step(id, { decision: "ACCEPTED", decidedOn: "2026-11-22" }))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await cancelReferralCommand.execute(worker(), await step(id))).toMatchObject({ ok: true });
  });
});

describe("who may take each step", () => {
  it("the sender's steps: only the case's responsible worker (wrong role, wrong station, wrong district refused)", async () => {
    const { caseId } = await newCase();
    const id = await draft(caseId);
    const orgCase = (await newCase()).caseId;
    const orgId = await pending(orgCase, toOrganization(orgCase));
    const outsiders: [string, Actor, string][] = [
      ["supervisor", w.a.actors.supervisor, "FORBIDDEN"],
      ["stationHead", w.a.actors.stationHead, "FORBIDDEN"],
      ["deputyHead", w.a.actors.deputyHead, "FORBIDDEN"],
      ["otherStationHead", w.a.actors.otherStationHead, "FORBIDDEN"],
      ["streetStaff", w.a.actors.streetStaff, "FORBIDDEN"],
      ["bureauAdmin", w.a.actors.bureauAdmin, "FORBIDDEN"],
      ["contractorAdmin", w.a.actors.contractorAdmin, "FORBIDDEN"],
      ["systemAdmin", w.systemAdmin, "FORBIDDEN"],
      ["otherWorker", w.a.actors.otherWorker, "NOT_FOUND"],
      ["remoteWorker", receiver(), "NOT_FOUND"],
      ["b.socialWorker", w.b.actors.socialWorker, "NOT_FOUND"],
      ["b.remoteWorker", w.b.actors.remoteWorker, "NOT_FOUND"],
    ];
    for (const [label, actor, code] of outsiders) {
      const v = (await ref(id)).version;
      expect(refused(await saveReferralCommand.execute(actor, toStation(caseId))), `${label} create`).toBe(code);
      expect(refused(await saveReferralCommand.execute(actor, { ...toStation(caseId), referralId: id, version: v })), `${label} edit`).toBe(code);
      expect(refused(await saveReferralConsentCommand.execute(actor, { referralId: id, version: v, agreed: "on", consentedOn: "2026-11-20", consentSigner: "CLIENT" })), `${label} consent`).toBe(code);
      expect(refused(await sendReferralCommand.execute(actor, { referralId: id, version: v })), `${label} send`).toBe(code);
      expect(refused(await cancelReferralCommand.execute(actor, { referralId: id, version: v })), `${label} cancel`).toBe(code);
      expect(refused(await recordExternalDecisionCommand.execute(actor, await step(orgId, { decision: "ACCEPTED", decidedOn: "2026-11-22" }))), `${label} external`).toBe(code);
    }
    expect(await ref(id)).toMatchObject({ status: "DRAFT", version: 1 });
    expect((await ref(orgId)).status).toBe("PENDING");
    expect(await db.caseReferral.count({ where: { caseFileId: caseId } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "referral.send", outcome: "DENIED" } })).toBeGreaterThanOrEqual(outsiders.length);
  });

  it("the receiver's steps and inbox: only the addressed social worker at the receiving station", async () => {
    const { caseId } = await newCase();
    const id = await pending(caseId);
    const outsiders: [string, Actor, string][] = [
      ["the sender", worker(), "NOT_FOUND"],
      ["otherWorker", w.a.actors.otherWorker, "NOT_FOUND"],
      ["a worker of the receiving station who is not the receiver", bystander, "NOT_FOUND"],
      ["otherStationHead", w.a.actors.otherStationHead, "FORBIDDEN"],
      ["stationHead", w.a.actors.stationHead, "FORBIDDEN"],
      ["supervisor", w.a.actors.supervisor, "FORBIDDEN"],
      ["bureauAdmin", w.a.actors.bureauAdmin, "FORBIDDEN"],
      ["b.socialWorker", w.b.actors.socialWorker, "NOT_FOUND"],
      ["b.remoteWorker", w.b.actors.remoteWorker, "NOT_FOUND"],
    ];
    for (const [label, actor, code] of outsiders) {
      expect(refused(await acceptReferralCommand.execute(actor, await step(id))), `${label} accept`).toBe(code);
      expect(refused(await declineReferralCommand.execute(actor, await step(id, { note: "不接收" }))), `${label} decline`).toBe(code);
      const inbox = await referralInbox(actor);
      expect([...inbox.pending, ...inbox.decided].map((r) => r.id), `${label} inbox`).not.toContain(id);
      expect(await getCaseHeader(actor, caseId).then((h) => h?.role ?? null), `${label} case`).toBe(({ "the sender": "owner", supervisor: "supervisor" } as Record<string, string>)[label] ?? null);
    }
    // The receiver loses the station membership: the referral no longer reaches them.
    const moved = await createUser(db, { districtId: w.a.district.id, name: "调离社工", memberships: [{ role: "SOCIAL_WORKER", stationId: w.a.stations[1].id }] });
    const movedCase = (await newCase()).caseId;
    const other = await pending(movedCase, toStation(movedCase, { toWorkerId: moved.id }));
    await db.membership.deleteMany({ where: { userId: moved.id } });
    const movedActor = (await actorOf(moved.id))!;
    expect(refused(await acceptReferralCommand.execute(movedActor, await step(other)))).toBe("FORBIDDEN");
    expect((await ref(id)).status).toBe("PENDING");
    expect(await acceptReferralCommand.execute(receiver(), await step(id))).toMatchObject({ ok: true });
  });
});
