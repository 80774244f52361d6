import { inflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { saveClientCommand } from "@/features/clients/commands";
import { openCaseCommand, saveAssessmentCommand, saveConsentCommand, savePlanCommand } from "@/features/cases/commands";
import { approveDocumentCommand, signDocumentCommand, submitDocumentCommand } from "@/features/documents/commands";
import { caseFileForPrint, loadCaseFile, type CaseFileForPrint } from "@/features/print/case-file";
import { exportCaseDocx } from "@/features/print/docx";
import { allCaseFormSpecs, caseFormSpecs, isCasePrintForm } from "@/features/print/forms";
import { visitForm } from "@/features/print/forms/visit";
import type { FormSpec } from "@/features/print/layout";
import { loadVisitForPrint } from "@/features/print/visit";
import { encryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { makeIdNumber, uniq } from "../../prisma/seed/factories";
import { buildWorld, fileOutsiders, type World } from "../support/world";

let w: World;
let serial = 300;

const ID_NUMBER = () => makeIdNumber("530114", "1950-06-15", serial++, "FEMALE");
const PHONE = "13912345678";
const ADDRESS = "龙城街道彩龙路88号3栋2单元";
const MEMBER_PHONE = "13887654321";
const SESSION_TEXT = "服务对象谈到孙子放学后无人照看，情绪激动；社工倾听并共同梳理可用的邻里资源。";
const SECOND_SESSION_TEXT = "第二次面谈：服务对象表示已联系邻居帮忙接送。";

type Built = { caseId: string; number: string; idNumber: string; planId: string; intakeId: string; sessionIds: string[] };
let full: Built;

/** A case with every document: intake (signed), assessment, consent, plan (approved, signed), two sessions, evaluation, closure, a referral. */
async function buildFullCase(): Promise<Built> {
  const worker = w.a.actors.socialWorker;
  const supervisor = w.a.actors.supervisor;
  const name = `打印对象${uniq()}`;
  const idNumber = ID_NUMBER();
  const saved = await saveClientCommand.execute(worker, {
    name, gender: "FEMALE", idNumber, phone: PHONE, imContact: "wx_print", address: ADDRESS, communityId: w.a.communities[0].id,
    health: "高血压", situation: "独居", policiesReceived: "", categories: ["EMPTY_NEST"], riskLevel: "MEDIUM", serviceDomain: "ELDERLY", householdAddress: "",
    "members.0.name": "李建华", "members.0.relation": "儿子", "members.0.age": "45", "members.0.phone": MEMBER_PHONE, "members.0.livesTogether": "", "members.0.employer": "深圳某电子厂",
  });
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
  const client = await db.client.findFirstOrThrow({ where: { name } });
  const opened = await openCaseCommand.execute(worker, {
    clientId: client.id, firstContactOn: "2026-11-02", intakeDate: "", source: "OTHERS", sourceNote: "社区网格员转告",
    situation: "独居老人，子女在外地务工", servicesBefore: "曾申请居家养老服务", crisisRisk: "MEDIUM", crisisIntervention: "on",
  });
  if (!opened.ok) throw new Error(JSON.stringify(opened));
  const caseId = opened.data!.id;
  const caseFile = await db.caseFile.findUniqueOrThrow({ where: { id: caseId }, include: { intake: true } });

  expect(await signDocumentCommand.execute(worker, { kind: "INTAKE", documentId: caseFile.intake!.id, version: caseFile.intake!.version })).toMatchObject({ ok: true });
  expect(await saveAssessmentCommand.execute(worker, {
    caseId, assessedOn: "2026-11-04", physical: "行动不便", psychological: "孤独感强", social: "", environment: "", selfView: "",
    needs: "需要日常照料与情绪支持", resources: "邻里关系良好", goals: "三个月内建立邻里互助", plan: "每周家访一次",
  })).toMatchObject({ ok: true });
  expect(await saveConsentCommand.execute(worker, { caseId, agreed: "on", consentedOn: "2026-11-03", signer: "GUARDIAN", guardianName: "李建华" })).toMatchObject({ ok: true });
  expect(await savePlanCommand.execute(worker, { caseId, problems: "缺少日常照料", goals: "建立邻里互助网络", plan: "链接志愿者每周探访" })).toMatchObject({ ok: true });
  let plan = await db.casePlan.findFirstOrThrow({ where: { caseFileId: caseId } });
  expect(await submitDocumentCommand.execute(worker, { kind: "PLAN", documentId: plan.id, version: plan.version })).toMatchObject({ ok: true });
  plan = await db.casePlan.findUniqueOrThrow({ where: { id: plan.id } });
  expect(await approveDocumentCommand.execute(supervisor, { kind: "PLAN", documentId: plan.id, version: plan.version, opinion: "同意按计划执行" })).toMatchObject({ ok: true });
  plan = await db.casePlan.findUniqueOrThrow({ where: { id: plan.id } });
  expect(await signDocumentCommand.execute(worker, { kind: "PLAN", documentId: plan.id, version: plan.version, clientSignedOn: "2026-11-06" })).toMatchObject({ ok: true });

  // Sessions, evaluation, closure and referral are written by their own commands (other features): here straight into the tables.
  const createdById = w.a.users.socialWorker.id;
  const sessions = [];
  for (const [seq, text] of [[1, SESSION_TEXT], [2, SECOND_SESSION_TEXT]] as const) {
    sessions.push(await db.caseSession.create({
      data: {
        caseFileId: caseId, seq, sessionDate: new Date(`2026-11-${10 + seq}T00:00:00Z`), startTime: "14:00", endTime: "16:00", form: "HOME_VISIT", place: "服务对象家中",
        aimEnc: encryptField("了解照料需求"), processEnc: encryptField(text), reflectionEnc: encryptField("需更多倾听"), nextPlanEnc: encryptField("联系邻居"), createdById,
      },
    }));
  }
  const s1 = sessions[0];
  expect(await signDocumentCommand.execute(worker, { kind: "SESSION", documentId: s1.id, version: s1.version })).toMatchObject({ ok: true });
  await db.caseEvaluation.create({
    data: {
      caseFileId: caseId, evaluatedOn: new Date("2026-12-01T00:00:00Z"), servicesReceivedEnc: encryptField("家访与邻里互助链接"), abilityImproved: true,
      abilityNoteEnc: encryptField("会主动求助了"), satisfaction: 9, improvement: 7, goalAttainment: "PARTIAL", goalNoteEnc: encryptField("接送仍需安排"),
      commentsEnc: encryptField("谢谢社工"), serviceReviewEnc: encryptField("服务及时"), workerReviewEnc: encryptField("认真负责"), supervisorOpinionEnc: encryptField("同意结案评估"), createdById,
    },
  });
  await db.caseClosure.create({
    data: {
      caseFileId: caseId, closedOn: new Date("2026-12-05T00:00:00Z"), spanEnc: encryptField("一个月，家访 2 次"), changesEnc: encryptField("情绪稳定"),
      goalAttainmentEnc: encryptField("目标基本达成"), reason: "GOALS_MET", clientKnowsReturn: true, followUpEnc: encryptField("一个月后电话回访"), createdById,
    },
  });
  await db.caseReferral.create({
    data: {
      districtId: w.a.district.id, caseFileId: caseId, fromStationId: w.a.stations[0].id, fromWorkerId: w.a.users.socialWorker.id, toOrganization: "区老年协会",
      toWorkerName: "王老师", consentedOn: new Date("2026-12-02T00:00:00Z"), consentSigner: "CLIENT", reason: "OUT_OF_SCOPE",
      problemsEnc: encryptField("需长期照护"), measuresEnc: encryptField("已链接邻里互助"), adviceEnc: encryptField("建议评估护理等级"), status: "PENDING", sentAt: new Date(), createdById,
    },
  });
  return { caseId, number: caseFile.number, idNumber, planId: plan.id, intakeId: caseFile.intake!.id, sessionIds: sessions.map((s) => s.id) };
}

beforeAll(async () => {
  w = await buildWorld();
  full = await buildFullCase();
});

// ───────────── a tiny unzip: the .docx is a zip; read one entry through the central directory ─────────────
function unzipEntry(zip: Buffer, path: string): string | null {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error("not a zip");
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error("bad central directory");
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

/** All the text of a form as printed (labels, hints, values). */
const specText = (specs: FormSpec[]) =>
  specs.map((s) => [s.title, ...s.blocks.flatMap((b) => (b.kind === "text" ? b.lines : b.rows.flat().map((c) => `${c.prefix ?? ""}${c.hint ?? ""}${c.text ?? ""}`)))].join("\n")).join("\n");

const mustNotLeak = (text: string, idNumber: string) => {
  for (const secret of [idNumber, idNumber.slice(6, 14), PHONE, MEMBER_PHONE, ADDRESS, "高血压"]) expect(text).not.toContain(secret);
};

describe("case file loader", () => {
  it("the owner and the supervisor get every document decrypted, the client as masked on screen", async () => {
    for (const actor of [w.a.actors.socialWorker, w.a.actors.supervisor]) {
      const loaded = await loadCaseFile(actor, full.caseId);
      expect(loaded, actor.username).not.toBeNull();
      const file = loaded!.file;
      expect(file.caseFile).toMatchObject({ number: full.number, stationName: w.a.stations[0].name, closedOn: new Date("2026-12-05T00:00:00Z") });
      expect(file.client.idNumberMasked).toMatch(/^5301\*+\d{3}[\dX]$/);
      expect(file.client).toMatchObject({ phoneMasked: "139****5678", age: 76 });
      expect(JSON.stringify(file.client)).not.toContain(full.idNumber);
      expect(file.members).toEqual([expect.objectContaining({ name: "李建华", relation: "儿子", age: 45, phoneMasked: "138****4321", employer: "深圳某电子厂" })]);
      expect(file.intake).toMatchObject({ situation: "独居老人，子女在外地务工", servicesBefore: "曾申请居家养老服务", crisisRisk: "MEDIUM", crisisIntervention: true });
      expect(file.intake!.signoffs).toEqual([expect.objectContaining({ role: "WORKER", userName: w.a.actors.socialWorker.name })]);
      expect(file.assessment).toMatchObject({ physical: "行动不便", needs: "需要日常照料与情绪支持", goals: "三个月内建立邻里互助" });
      expect(file.consent).toMatchObject({ signer: "GUARDIAN", guardianName: "李建华" });
      expect(file.plan).toMatchObject({ status: "APPROVED", problems: "缺少日常照料", supervisorOpinion: "同意按计划执行", clientSignedOn: new Date("2026-11-06T00:00:00Z") });
      expect(file.sessions.map((s) => [s.seq, s.process])).toEqual([[1, SESSION_TEXT], [2, SECOND_SESSION_TEXT]]);
      expect(file.sessions[0].signoffs.map((s) => s.role)).toEqual(["WORKER"]);
      expect(file.evaluation).toMatchObject({ satisfaction: 9, goalAttainment: "PARTIAL", goalNote: "接送仍需安排", supervisorOpinion: "同意结案评估" });
      expect(file.closure).toMatchObject({ reason: "GOALS_MET", span: "一个月，家访 2 次", followUp: "一个月后电话回访" });
      expect(file.referrals).toEqual([expect.objectContaining({ toName: "区老年协会", toWorkerName: "王老师", problems: "需长期照护", advice: "建议评估护理等级" })]);
      expect(JSON.stringify(file)).not.toMatch(/"v1:/);
    }
  });

  it("out of scope (everyone else in the district, the system admin, the other district): null", async () => {
    for (const [key, actor] of fileOutsiders(w)) {
      expect(await loadCaseFile(actor, full.caseId), key).toBeNull();
      expect(await caseFileForPrint(actor, full.caseId, "intake"), key).toBeNull();
    }
    expect(await loadCaseFile(w.a.actors.socialWorker, "no-such-case")).toBeNull();
  });

  it("every print is an audit row case.print with the form; a refused one is DENIED", async () => {
    const supervisor = w.a.actors.supervisor;
    expect(await caseFileForPrint(supervisor, full.caseId, "sessions")).not.toBeNull();
    const row = await db.auditLog.findFirst({ where: { action: "case.print", actorUserId: supervisor.userId, targetId: full.caseId }, orderBy: { at: "desc" } });
    expect(row).toMatchObject({ outcome: "SUCCESS", targetType: "CaseFile", detail: { form: "sessions", stationId: w.a.stations[0].id } });
    const view = await db.auditLog.findFirst({ where: { action: "case.view", actorUserId: supervisor.userId, targetId: full.caseId } });
    expect(view).not.toBeNull();
    const denied = await db.auditLog.findFirst({ where: { action: "case.print", actorUserId: w.b.actors.socialWorker.userId, targetId: full.caseId } });
    expect(denied).toMatchObject({ outcome: "DENIED", detail: { form: "intake", reason: "NOT_FOUND" } });
  });
});

describe("print forms", () => {
  let file: CaseFileForPrint;
  beforeAll(async () => {
    file = (await loadCaseFile(w.a.actors.socialWorker, full.caseId))!.file;
  });

  it("knows the forms of the URL", () => {
    for (const f of ["cover", "checklist", "intake", "assessment", "agreement", "plan", "sessions", "evaluation", "closure", "referral-consent", "referral", "all"]) expect(isCasePrintForm(f), f).toBe(true);
    for (const f of ["visit", "Intake", "", "../x"]) expect(isCasePrintForm(f), f).toBe(false);
  });

  it("the intake: the seed's labels, values, ticks, masked identity, the signature lines from the sign-offs", () => {
    const [spec] = caseFormSpecs(file, "intake");
    expect(spec).toMatchObject({ title: "个案工作接案记录表", blank: false });
    const text = specText([spec]);
    for (const label of ["服务对象", "接案日期", "身份证号", "家庭主要成员", "是否同住", "服务对象来源", "危机因素", "危机介入"]) expect(text).toContain(label);
    expect(text).toContain("2026年11月2日");
    expect(text).toContain("☑他人求助（社区网格员转告）");
    expect(text).toContain("☑有   （□高   ☑中   □低）");
    expect(text).toContain("☑需要    □不需要");
    expect(text).toContain(`负责社工（签名）：${w.a.actors.socialWorker.name}（电子签名）`);
    expect(text).toContain("督导（签名）："); // unsigned: the empty line
    expect(text).toContain(file.client.idNumberMasked!);
    expect(text).toContain("李建华");
    expect(text).toContain("138****4321");
    mustNotLeak(text, full.idNumber);
    // 家庭主要成员 spans its header row and three member rows (one filled, two empty as on the seed).
    const table = spec.blocks.find((b) => b.kind === "table")!;
    expect(table.kind === "table" && table.rows.flat().find((c) => c.text === "家庭主要成员")?.rowSpan).toBe(4);
  });

  it("sessions: one sheet each, or the one asked for; a missing one is the blank form", () => {
    expect(caseFormSpecs(file, "sessions").map((s) => s.title)).toEqual(["个案工作过程记录表（第 1 次）", "个案工作过程记录表（第 2 次）"]);
    const [second] = caseFormSpecs(file, "sessions", { seq: 2 });
    expect(specText([second])).toContain(SECOND_SESSION_TEXT);
    expect(caseFormSpecs(file, "sessions", { seq: 3 })[0]).toMatchObject({ title: "个案工作过程记录表（第 3 次）", blank: true });
  });

  it("plan, evaluation, closure, agreement and referral carry their records", () => {
    const text = specText(allCaseFormSpecs(file));
    expect(text).toContain("同意按计划执行");
    expect(text).toContain("服务对象（签名）："); // plan: the client signs on paper …
    expect(text).toContain("2026年11月6日"); // … the date recorded
    expect(text).toContain("☑9");
    expect(text).toContain("部分达成（ √ ）原因说明：接送仍需安排");
    expect(text).toContain("☑目标达到");
    expect(text).toContain("甲方签字（盖章/签字）：（监护人李建华代签）");
    expect(text).toContain("我同意" + w.a.stations[0].name + "因服务需要将我转介至区老年协会");
    expect(text).toContain("☑服务对象的问题超出站点服务范围");
    mustNotLeak(text, full.idNumber);
  });

  it("打印全部: the cover, the checklist and every document in the checklist's order", () => {
    expect(allCaseFormSpecs(file).map((s) => s.key)).toEqual([
      "cover", "checklist", "intake", "assessment", "agreement", "plan", "sessions", "sessions", "evaluation", "closure", "referral-consent", "referral",
    ]);
  });

  it("a new case: the missing documents print as the seed's empty forms", async () => {
    const worker = w.a.actors.socialWorker;
    const name = `空白对象${uniq()}`;
    expect(await saveClientCommand.execute(worker, { name, gender: "MALE", categories: ["OTHER"], riskLevel: "NONE", serviceDomain: "ELDERLY", "members.0.name": "" })).toMatchObject({ ok: true });
    const client = await db.client.findFirstOrThrow({ where: { name } });
    const opened = await openCaseCommand.execute(worker, { clientId: client.id, firstContactOn: "2026-11-02", intakeDate: "", source: "SELF", sourceNote: "", situation: "", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "" });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const fresh = (await loadCaseFile(worker, opened.data!.id))!.file;
    expect(caseFormSpecs(fresh, "intake")[0].blank).toBe(false);
    for (const form of ["assessment", "agreement", "plan", "sessions", "evaluation", "closure", "referral-consent", "referral"] as const) {
      const specs = caseFormSpecs(fresh, form);
      expect(specs.length, form).toBe(1);
      expect(specs[0].blank, form).toBe(true);
    }
    expect(specText(caseFormSpecs(fresh, "closure"))).toContain("□目标达到");
    expect(allCaseFormSpecs(fresh).map((s) => s.key)).toEqual(["cover", "checklist", "intake"]);
  });
});

describe("Word export", () => {
  it("one .docx with every form: a zip whose document.xml has the titles and the sessions, never the full ID number; audited", async () => {
    const worker = w.a.actors.socialWorker;
    const exported = await exportCaseDocx(worker, full.caseId);
    expect(exported).not.toBeNull();
    expect(exported!.filename).toBe(`个案档案-${full.number}.docx`);
    expect(exported!.asciiFilename).toBe(`case-file-${full.number}.docx`);
    expect(exported!.buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const xml = unzipEntry(exported!.buffer, "word/document.xml");
    expect(xml).not.toBeNull();
    for (const title of ["个案工作资料", "个案咨询资料清单", "个案工作接案记录表", "个案工作预估表", "接受服务同意书", "个案工作计划表", "个案工作过程记录表（第 1 次）", "个案工作过程记录表（第 2 次）", "个案工作评估表", "个案工作结案表", "个案转介同意书", "个案工作转介表"]) {
      expect(xml, title).toContain(title);
    }
    expect(xml).toContain(SESSION_TEXT);
    expect(xml).toContain(SECOND_SESSION_TEXT);
    expect(xml).toContain("宋体");
    expect(xml).toContain('w:fill="F2F2F2"'); // shaded label cells
    expect(xml).toContain('w:vMerge w:val="restart"'); // 家庭主要成员 merged down
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/); // A4
    mustNotLeak(xml!, full.idNumber);

    const audit = await db.auditLog.findFirst({ where: { action: "case.export_docx", actorUserId: worker.userId, targetId: full.caseId } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetType: "CaseFile" });
    expect((audit!.detail as { forms: string[] }).forms).toHaveLength(12);
  });

  it("the supervisor may export; outsiders get null (a not-found), audited as DENIED", async () => {
    expect(await exportCaseDocx(w.a.actors.supervisor, full.caseId)).not.toBeNull();
    for (const [key, actor] of fileOutsiders(w)) expect(await exportCaseDocx(actor, full.caseId), key).toBeNull();
    const denied = await db.auditLog.findFirst({ where: { action: "case.export_docx", actorUserId: w.a.actors.stationHead.userId, targetId: full.caseId } });
    expect(denied).toMatchObject({ outcome: "DENIED", detail: { reason: "NOT_FOUND" } });
  });
});

describe("探访记录表", () => {
  let visitId: string;
  beforeAll(async () => {
    const visit = await db.visit.create({
      data: {
        districtId: w.a.district.id, stationId: w.a.stations[0].id, workerId: w.a.users.socialWorker.id, target: "辖区独居老人", serviceDomain: "ELDERLY",
        visitType: "HOME", visitedAt: new Date("2026-11-20T02:30:00Z"), place: "彩龙社区", householdCount: 2, contentEnc: encryptField("了解冬季取暖情况"),
        createdById: w.a.users.socialWorker.id,
        households: { create: [{ name: "张大爷" }, { name: "李奶奶", note: "独居" }] },
        situations: { create: [{ namesEnc: encryptField("李奶奶")!, descriptionEnc: encryptField("家中取暖设备损坏")!, followUp: "CASE" }] },
      },
    });
    visitId = visit.id;
    expect(await signDocumentCommand.execute(w.a.actors.socialWorker, { kind: "VISIT", documentId: visit.id, version: visit.version })).toMatchObject({ ok: true });
  });

  it("the worker and the supervisor print it (audited visit.print); others, the station head included, cannot", async () => {
    for (const actor of [w.a.actors.socialWorker, w.a.actors.supervisor]) {
      const visit = await loadVisitForPrint(actor, visitId);
      expect(visit, actor.username).not.toBeNull();
      const text = specText([visitForm(visit!)]);
      expect(text).toContain("探访记录表");
      expect(text).toContain("2026年11月20日 10:30");
      expect(text).toContain("☑入户探访");
      expect(text).toContain("共探访 2 户");
      expect(text).toContain("张大爷、李奶奶（独居）");
      expect(text).toContain("了解冬季取暖情况");
      expect(text).toContain("家中取暖设备损坏");
      expect(text).toContain("☑个案");
      expect(text).toContain(`负责社工（签名）：${w.a.actors.socialWorker.name}（电子签名）`);
      expect(await db.auditLog.findFirst({ where: { action: "visit.print", actorUserId: actor.userId, targetId: visitId, outcome: "SUCCESS" } }), actor.username).not.toBeNull();
    }
    const refused: [string, Actor][] = [
      ["otherWorker", w.a.actors.otherWorker], ["stationHead", w.a.actors.stationHead], ["deputyHead", w.a.actors.deputyHead], ["otherStationHead", w.a.actors.otherStationHead], ["streetStaff", w.a.actors.streetStaff],
      ["bureauAdmin", w.a.actors.bureauAdmin], ["systemAdmin", w.systemAdmin], ["b.socialWorker", w.b.actors.socialWorker], ["b.stationHead", w.b.actors.stationHead],
    ];
    for (const [key, actor] of refused) expect(await loadVisitForPrint(actor, visitId), key).toBeNull();
    expect(await db.auditLog.findFirst({ where: { action: "visit.print", actorUserId: w.a.actors.otherWorker.userId, targetId: visitId } })).toMatchObject({ outcome: "DENIED" });
  });

  it("no special situation: the section is left out (the seed: 无则删除该内容)", async () => {
    await db.visitSituation.deleteMany({ where: { visitId } });
    const text = specText([visitForm((await loadVisitForPrint(w.a.actors.socialWorker, visitId))!)]);
    expect(text).not.toContain("特殊情况跟进");
  });
});
