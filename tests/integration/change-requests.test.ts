// 项目变更申请审批表: the contractor files (numbered per contract) and edits while a draft or returned; the
// generic review steps take it through the project supervisor's opinion (a supervisor of a station the
// contract covers) to the bureau reviewer's decision. Scope: the contractor its own, the bureau its district
// (no drafts), the supervisor the contracts covering their station; everyone else nothing.
import { inflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { saveChangeRequestCommand } from "@/features/change-requests/commands";
import { exportChangeRequestDocx } from "@/features/change-requests/export";
import { changeRequestFormSpec } from "@/features/change-requests/form-spec";
import { getChangeRequest, listChangeRequests, newChangeRequestContext, supervisorChangeRequests } from "@/features/change-requests/queries";
import { opinionSubmissionCommand, reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser, uniq } from "../../prisma/seed/factories";
import { seedDemoChangesAndReceptions } from "../../prisma/seed/demo-changes-receptions";
import { getReception, listReceptions } from "@/features/receptions/queries";
import { parseListParams } from "@/lib/list-params";
import { newContract } from "../support/contracts";
import { actorOf, buildWorld, type World } from "../support/world";

let w: World;
let contractId: string;
let otherContractId: string; // w.a, contractors[1], stations[1]
let bContractId: string;
let otherContractorAdmin: Actor; // CONTRACTOR_ADMIN of w.a.contractors[1]
let elsewhereSupervisor: Actor; // SUPERVISOR at w.a.stations[1] (not covered by contractId)

const FIELDS = {
  filer: "张填报",
  originalContent: "三、项目具体实施方案（二）小组工作：开展青少年兴趣拓展小组 2 个。",
  changedContent: "调整为老年人防范电信诈骗互助小组 1 个、留守儿童课业支持小组 1 个。",
  reasons: "1. 需求调研显示老年人受骗风险突出；2. 兴趣类活动已由学校课后服务覆盖。",
};

async function fileRequest(actor: Actor, contract = contractId, fields: Record<string, unknown> = FIELDS) {
  const r = await saveChangeRequestCommand.execute(actor, { contractId: contract, ...fields });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { data: { id: string; number: number } }).data;
}

const current = (id: string) => db.changeRequest.findUniqueOrThrow({ where: { id } });
const step = async (id: string) => ({ kind: "CHANGE_REQUEST", id, version: (await current(id)).version });

async function submitted(actor: Actor = w.a.actors.contractorAdmin, contract = contractId) {
  const { id } = await fileRequest(actor, contract);
  const r = await submitSubmissionCommand.execute(actor, await step(id));
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return id;
}

beforeAll(async () => {
  w = await buildWorld();
  contractId = (await newContract(w.a)).id;
  otherContractId = (await newContract(w.a, { contractorId: w.a.contractors[1].id, stationIds: [w.a.stations[1].id] })).id;
  bContractId = (await newContract(w.b)).id;
  const admin = await createUser(db, { districtId: w.a.district.id, username: `ca2.${uniq()}`, name: "乙机构管理员", memberships: [{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }] });
  otherContractorAdmin = (await actorOf(admin.id))!;
  const sup = await createUser(db, { districtId: w.a.district.id, username: `sup2.${uniq()}`, name: "乙站督导", memberships: [{ role: "SUPERVISOR", stationId: w.a.stations[1].id }] });
  elsewhereSupervisor = (await actorOf(sup.id))!;
});

describe("change_request.save", () => {
  it("the contractor files requests for its contract, numbered 1, 2 … per contract", async () => {
    const first = await fileRequest(w.a.actors.contractorAdmin);
    const second = await fileRequest(w.a.actors.contractorAdmin);
    expect(second.number).toBe(first.number + 1);
    const other = await fileRequest(otherContractorAdmin, otherContractId);
    expect(other.number).toBe(1);
    const row = await current(first.id);
    expect(row).toMatchObject({ status: "DRAFT", contractId, districtId: w.a.district.id, filer: FIELDS.filer, createdById: w.a.users.contractorAdmin.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "change_request.save", targetId: first.id } });
    expect(audit.outcome).toBe("SUCCESS");
    expect(JSON.stringify(audit.detail)).not.toContain("青少年");
  });

  it("numbers stay unique when several are filed at once", async () => {
    const contract = (await newContract(w.a)).id;
    const results = await Promise.all(Array.from({ length: 5 }, () => saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId: contract, ...FIELDS })));
    expect(results.every((r) => r.ok)).toBe(true);
    const numbers = (await db.changeRequest.findMany({ where: { contractId: contract }, select: { number: true } })).map((r) => r.number).sort();
    expect(numbers).toEqual([1, 2, 3, 4, 5]);
  });

  it("every field is required, with the form's names; narratives have a length limit", async () => {
    const r = await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId, filer: "", originalContent: " ", changedContent: "", reasons: "x".repeat(4001) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("VALIDATION");
    expect(r.fieldErrors?.filer?.[0]).toBe("请填写填报人");
    expect(r.fieldErrors?.originalContent?.[0]).toBe("请填写原项目申报书中涉及变更的内容");
    expect(r.fieldErrors?.changedContent?.[0]).toBe("请填写变更计划及内容");
    expect(r.fieldErrors?.reasons?.[0]).toContain("不能超过 4000 个字");
  });

  it("wrong roles are refused; another contractor and another district read it as not found", async () => {
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "streetStaff", "stationHead", "socialWorker", "supervisor", "evaluator", "auditor"] as const) {
      const r = await saveChangeRequestCommand.execute(w.a.actors[key], { contractId, ...FIELDS });
      expect(r, key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await saveChangeRequestCommand.execute(w.systemAdmin, { contractId, ...FIELDS })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveChangeRequestCommand.execute(otherContractorAdmin, { contractId, ...FIELDS })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveChangeRequestCommand.execute(w.b.actors.contractorAdmin, { contractId, ...FIELDS })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId: bContractId, ...FIELDS })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const { id } = await fileRequest(w.a.actors.contractorAdmin);
    expect(await saveChangeRequestCommand.execute(otherContractorAdmin, { contractId, changeRequestId: id, version: 1, ...FIELDS })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await saveChangeRequestCommand.execute(w.b.actors.contractorAdmin, { contractId, changeRequestId: id, version: 1, ...FIELDS })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // Pinned to its contract: the id under another contract is not found either.
    expect(await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId: otherContractId, changeRequestId: id, version: 1, ...FIELDS })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("only a contract in force (履行中) takes change requests", async () => {
    const done = (await newContract(w.a, { status: "COMPLETED" })).id;
    expect(await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId: done, ...FIELDS })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "只有履行中的服务项目可以申请变更" });
  });

  it("edits while a draft, with optimistic concurrency; not once submitted", async () => {
    const { id } = await fileRequest(w.a.actors.contractorAdmin);
    const edited = await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId, changeRequestId: id, version: 1, ...FIELDS, reasons: "修改后的变更原因" });
    expect(edited, JSON.stringify(edited)).toMatchObject({ ok: true });
    expect(await current(id)).toMatchObject({ reasons: "修改后的变更原因", version: 2 });
    expect(await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId, changeRequestId: id, version: 1, ...FIELDS })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, await step(id))).toMatchObject({ ok: true });
    expect(await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId, changeRequestId: id, version: 3, ...FIELDS })).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "已提交，等待审核，不能修改" });
  });
});

describe("the review: submit → the supervisor's opinion → the bureau's decision", () => {
  it("end to end: submitted, the covered station's supervisor gives the opinion, the reviewer approves", async () => {
    const { id } = await fileRequest(w.a.actors.contractorAdmin);
    // Nobody but the contractor submits.
    expect(await submitSubmissionCommand.execute(w.a.actors.bureauReviewer, await step(id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await submitSubmissionCommand.execute(otherContractorAdmin, await step(id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, await step(id))).toMatchObject({ ok: true });
    const sent = await current(id);
    expect(sent.status).toBe("SUBMITTED");
    expect(sent.submittedAt).not.toBeNull();

    // The bureau cannot decide before the supervisor's opinion (it can return).
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "accept", comment: "同意" }))
      .toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "请先由项目督导填写审核意见" });
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "reject", comment: "不可行" }))
      .toMatchObject({ ok: false, code: "INVALID_TRANSITION" });

    // The opinion: only a supervisor of a station the contract covers.
    const opinion = { comment: "经与各方沟通，变更可行。" };
    expect(await opinionSubmissionCommand.execute(elsewhereSupervisor, { ...(await step(id)), ...opinion })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await opinionSubmissionCommand.execute(w.b.actors.supervisor, { ...(await step(id)), ...opinion })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    for (const key of ["contractorAdmin", "bureauReviewer", "socialWorker", "stationHead", "streetStaff"] as const) {
      expect(await opinionSubmissionCommand.execute(w.a.actors[key], { ...(await step(id)), ...opinion }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await opinionSubmissionCommand.execute(w.a.actors.supervisor, { ...(await step(id)), comment: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await opinionSubmissionCommand.execute(w.a.actors.supervisor, { ...(await step(id)), ...opinion })).toMatchObject({ ok: true });
    expect(await current(id)).toMatchObject({ supervisorOpinion: opinion.comment, supervisorName: w.a.actors.supervisor.name, status: "SUBMITTED" });

    // The decision: the reviewer of the district only; the contractor cannot review; a rejection needs reasons.
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.supervisor, w.a.actors.bureauStaff, w.a.actors.bureauAdmin]) {
      expect(await reviewSubmissionCommand.execute(actor, { ...(await step(id)), step: "accept", comment: "同意" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    // The street office reviews briefs (brief:review), not change requests: it lacks report:review.
    expect(await reviewSubmissionCommand.execute(w.a.actors.streetStaff, { ...(await step(id)), step: "accept", comment: "同意" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await reviewSubmissionCommand.execute(w.b.actors.bureauReviewer, { ...(await step(id)), step: "accept", comment: "同意" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const noReason = await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "reject", comment: "" });
    expect(noReason).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(noReason.ok ? null : noReason.fieldErrors?.comment?.[0]).toBe("请写明不予批准的理由");
    // The bureau's decision is written down (民政局审核意见 on the printed form).
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "accept", comment: "" }))
      .toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { comment: ["请填写民政局审核意见"] } });
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "accept", comment: "同意变更。" })).toMatchObject({ ok: true });
    expect(await current(id)).toMatchObject({ status: "ACCEPTED", bureauOpinion: "同意变更。", bureauName: w.a.actors.bureauReviewer.name });

    const events = await db.reportEvent.findMany({ where: { kind: "CHANGE_REQUEST", reportId: id }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.event, e.actorRole])).toEqual([["SUBMIT", "CONTRACTOR_ADMIN"], ["OPINION", "SUPERVISOR"], ["ACCEPT", "BUREAU_REVIEWER"]]);
    // Decided: nothing more to do.
    expect(await opinionSubmissionCommand.execute(w.a.actors.supervisor, { ...(await step(id)), ...opinion })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId, changeRequestId: id, ...FIELDS })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("a return sends it back for changes; the resubmission needs a new opinion; a rejection is final", async () => {
    const id = await submitted();
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "return", comment: "请补充需求调研数据" })).toMatchObject({ ok: true });
    expect(await current(id)).toMatchObject({ status: "RETURNED", bureauOpinion: null });
    const edited = await saveChangeRequestCommand.execute(w.a.actors.contractorAdmin, { contractId, changeRequestId: id, ...FIELDS, reasons: "补充：调研 120 户，68% 的老人接到过诈骗电话。" });
    expect(edited, JSON.stringify(edited)).toMatchObject({ ok: true });
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, await step(id))).toMatchObject({ ok: true });
    expect(await opinionSubmissionCommand.execute(w.a.actors.supervisor, { ...(await step(id)), comment: "可行" })).toMatchObject({ ok: true });
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, await step(id))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "return", comment: "再补充" })).toMatchObject({ ok: true });
    // Resubmitted: the old opinion no longer counts.
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, await step(id))).toMatchObject({ ok: true });
    expect(await current(id)).toMatchObject({ status: "SUBMITTED", supervisorOpinion: null, supervisorName: null });
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "accept", comment: "同意" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await opinionSubmissionCommand.execute(w.a.actors.supervisor, { ...(await step(id)), comment: "仍可行" })).toMatchObject({ ok: true });
    expect(await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "reject", comment: "服务指标调整幅度过大" })).toMatchObject({ ok: true });
    expect(await current(id)).toMatchObject({ status: "REJECTED", bureauOpinion: "服务指标调整幅度过大" });
    expect(await submitSubmissionCommand.execute(w.a.actors.contractorAdmin, await step(id))).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });
});

describe("who reads change requests", () => {
  it("lists: the contractor sees its drafts; the bureau and the supervisor from submission on; nobody else", async () => {
    const contract = (await newContract(w.a)).id;
    const draft = await fileRequest(w.a.actors.contractorAdmin, contract);
    const sent = await submitted(w.a.actors.contractorAdmin, contract);
    const ids = async (actor: Actor) => (await listChangeRequests(actor, contract)).map((r) => r.id).sort();
    expect(await ids(w.a.actors.contractorAdmin)).toEqual([draft.id, sent].sort());
    for (const key of ["bureauReviewer", "bureauStaff", "bureauAdmin", "supervisor"] as const) expect(await ids(w.a.actors[key]), key).toEqual([sent]);
    for (const actor of [w.a.actors.streetStaff, w.a.actors.socialWorker, w.a.actors.stationHead, w.a.actors.evaluator, w.a.actors.auditor, otherContractorAdmin, elsewhereSupervisor, w.b.actors.bureauReviewer, w.b.actors.contractorAdmin, w.systemAdmin]) {
      expect(await ids(actor), actor.name).toEqual([]);
    }
  });

  it("the page: scope, drafts for the contractor only, pinned to its contract, the steps each person gets", async () => {
    const draft = await fileRequest(w.a.actors.contractorAdmin);
    expect((await getChangeRequest(w.a.actors.contractorAdmin, draft.id, contractId))).toMatchObject({ canEdit: true });
    expect((await getChangeRequest(w.a.actors.contractorAdmin, draft.id, contractId))!.view.actions).toEqual(["edit", "submit"]);
    expect(await getChangeRequest(w.a.actors.bureauReviewer, draft.id, contractId)).toBeNull();
    expect(await getChangeRequest(w.a.actors.supervisor, draft.id)).toBeNull();
    expect(await getChangeRequest(w.a.actors.contractorAdmin, draft.id, otherContractId)).toBeNull();

    const id = await submitted();
    const reviewer = await getChangeRequest(w.a.actors.bureauReviewer, id, contractId);
    expect(reviewer!.view.actions).toEqual(["return"]);
    expect(reviewer!.canEdit).toBe(false);
    const supervisor = await getChangeRequest(w.a.actors.supervisor, id);
    expect(supervisor!.view.actions).toEqual(["opinion"]);
    expect((await getChangeRequest(w.a.actors.contractorAdmin, id, contractId))!.view.actions).toEqual([]);
    for (const actor of [w.a.actors.streetStaff, w.a.actors.socialWorker, otherContractorAdmin, elsewhereSupervisor, w.b.actors.bureauReviewer, w.b.actors.supervisor, w.systemAdmin]) {
      expect(await getChangeRequest(actor, id), actor.name).toBeNull();
    }
    await opinionSubmissionCommand.execute(w.a.actors.supervisor, { ...(await step(id)), comment: "可行" });
    expect((await getChangeRequest(w.a.actors.bureauReviewer, id, contractId))!.view.actions).toEqual(["return", "accept", "reject"]);
  });

  it("the supervisor's list at /station/changes: submitted requests of contracts covering their station", async () => {
    const id = await submitted();
    const otherId = await submitted(otherContractorAdmin, otherContractId);
    const mine = (await supervisorChangeRequests(w.a.actors.supervisor)).map((r) => r.id);
    expect(mine).toContain(id);
    expect(mine).not.toContain(otherId);
    const drafts = await db.changeRequest.findMany({ where: { contractId, status: "DRAFT" }, select: { id: true } });
    for (const d of drafts) expect(mine).not.toContain(d.id);
    const elsewhere = (await supervisorChangeRequests(elsewhereSupervisor)).map((r) => r.id);
    expect(elsewhere).toContain(otherId);
    expect(elsewhere).not.toContain(id);
    expect(await supervisorChangeRequests(w.b.actors.supervisor)).toEqual([]);
    expect(await supervisorChangeRequests(w.a.actors.bureauReviewer)).toEqual([]);
    expect(await supervisorChangeRequests(w.a.actors.contractorAdmin)).toEqual([]);
  });

  it("the new-request form only for the contractor of the contract", async () => {
    expect(await newChangeRequestContext(w.a.actors.contractorAdmin, contractId)).toMatchObject({ contract: { id: contractId } });
    expect(await newChangeRequestContext(otherContractorAdmin, contractId)).toBeNull();
    expect(await newChangeRequestContext(w.a.actors.bureauReviewer, contractId)).toBeNull();
    expect(await newChangeRequestContext(w.b.actors.contractorAdmin, contractId)).toBeNull();
  });
});

// A .docx is a zip; read one entry through the central directory.
function unzipEntry(zip: Buffer, path: string): string | null {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error("not a zip");
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString("utf8");
    if (name === path) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return null;
}

describe("Word export (项目变更申请审批表)", () => {
  it("the seed's layout: title, 填报单位/填报人/填报日期, the contract, three contents with their instructions, both opinions", async () => {
    const id = await submitted();
    await opinionSubmissionCommand.execute(w.a.actors.supervisor, { ...(await step(id)), comment: "督导认为可行" });
    await reviewSubmissionCommand.execute(w.a.actors.bureauReviewer, { ...(await step(id)), step: "accept", comment: "同意" });
    const row = await db.changeRequest.findUniqueOrThrow({ where: { id }, include: { contract: { select: { name: true, startsOn: true, endsOn: true, contractor: { select: { name: true } } } } } });
    const spec = changeRequestFormSpec(row);
    expect(spec.title).toBe("项目变更申请审批表");
    const text = spec.blocks.flatMap((b) => (b.kind === "text" ? b.lines : b.rows.flat().map((c) => `${c.prefix ?? ""}${c.hint ?? ""}${c.text ?? ""}`))).join("\n");
    for (const part of ["填报单位（盖章）：", "填报人：", "填报日期：", "项目名称", "承接单位", "项目服务期", "2026年1月1日至2026年12月31日", "原项目申报书中涉及变更的内容",
      "请列明在原项目申报书中涉及的变更版块", "变更计划及内容", "对应上述涉及变更的内容列明变更后的项目实施内容。", "变更原因", "对应变更内容逐条列明变更原因。",
      "督导\n审核意见", "民政局\n审核意见", "（根据项目各相关方反馈，审定项目变更可行性）", "督导认为可行", "批准。同意", "（盖章）", w.a.contractors[0].name, FIELDS.reasons]) {
      expect(text, part).toContain(part);
    }

    const file = await exportChangeRequestDocx(w.a.actors.contractorAdmin, id);
    expect(file!.filename).toMatch(/^项目变更申请审批表-.+-\d+\.docx$/);
    const xml = unzipEntry(file!.buffer, "word/document.xml")!;
    expect(xml).toContain("项目变更申请审批表");
    expect(xml).toContain("督导认为可行");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "change_request.export_docx", targetId: id, outcome: "SUCCESS" } });
    expect(audit.actorUserId).toBe(w.a.users.contractorAdmin.id);
    expect(await exportChangeRequestDocx(w.a.actors.bureauReviewer, id)).not.toBeNull();
    expect(await exportChangeRequestDocx(w.a.actors.supervisor, id)).not.toBeNull();
  });

  it("refused (not found, audited) out of scope; a draft only for its contractor", async () => {
    const draft = await fileRequest(w.a.actors.contractorAdmin);
    expect(await exportChangeRequestDocx(w.a.actors.contractorAdmin, draft.id)).not.toBeNull();
    expect(await exportChangeRequestDocx(w.a.actors.bureauReviewer, draft.id)).toBeNull();
    const id = await submitted();
    for (const actor of [w.a.actors.streetStaff, w.a.actors.socialWorker, w.a.actors.stationHead, otherContractorAdmin, elsewhereSupervisor, w.b.actors.bureauReviewer, w.b.actors.contractorAdmin, w.systemAdmin]) {
      expect(await exportChangeRequestDocx(actor, id), actor.name).toBeNull();
    }
    const denied = await db.auditLog.findFirstOrThrow({ where: { action: "change_request.export_docx", targetId: id, outcome: "DENIED", actorUserId: w.b.users.bureauReviewer.id } });
    expect(denied.detail).toMatchObject({ reason: "NOT_FOUND" });
  });
});

describe("demo data", () => {
  it("an approved change request with both opinions and its history; eight receptions of the worker, readable by the worker", async () => {
    const contract = (await newContract(w.a)).id;
    const result = await db.$transaction((tx) => seedDemoChangesAndReceptions(tx, {
      districtId: w.a.district.id, contractId: contract, stationId: w.a.stations[0].id, workerId: w.a.users.socialWorker.id,
      contractorAdminId: w.a.users.contractorAdmin.id, supervisorId: w.a.users.supervisor.id, supervisorName: w.a.actors.supervisor.name,
      reviewerId: w.a.users.bureauReviewer.id, reviewerName: w.a.actors.bureauReviewer.name, communityIds: w.a.communities.map((c) => c.id),
    }));
    expect(result.receptions).toBe(8);
    const page = await getChangeRequest(w.a.actors.contractorAdmin, result.changeRequestId, contract);
    expect(page!.request).toMatchObject({ status: "ACCEPTED", number: 1, supervisorName: w.a.actors.supervisor.name, bureauName: w.a.actors.bureauReviewer.name });
    expect(page!.view.history.map((e) => e.event)).toEqual(["SUBMIT", "OPINION", "ACCEPT"]);
    expect(await exportChangeRequestDocx(w.a.actors.bureauReviewer, result.changeRequestId)).not.toBeNull();
    const params = parseListParams({ month: "2026-10" }, { sortable: ["receivedAt"] as const, defaultSort: "receivedAt", filters: ["month"] });
    const october = await listReceptions(w.a.actors.socialWorker, params);
    expect(october.total).toBeGreaterThanOrEqual(4);
    const first = october.rows[0];
    expect((await getReception(w.a.actors.socialWorker, first.id))!.reception.summary.length).toBeGreaterThan(10);
  });
});
