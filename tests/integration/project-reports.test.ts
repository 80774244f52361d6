import { inflateRawSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { uploadFileCommand } from "@/features/files/commands";
import { budgetExecution } from "@/features/ledger/execution";
import { saveProjectReportCommand } from "@/features/project-reports/commands";
import { exportProjectReportDocx } from "@/features/project-reports/export";
import type { ReportFigures } from "@/features/project-reports/figures";
import { getProjectReportPage, listProjectReports } from "@/features/project-reports/queries";
import { countServiceRecords } from "@/features/service-counts/counts";
import { reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { formatDate } from "@/lib/dates";
import { parseYuan, sumFen } from "@/lib/money";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser, uniq } from "../../prisma/seed/factories";
import { acceptedBudget, newContract } from "../support/contracts";
import { actorOf, buildWorld, TEST_PASSWORD, type World } from "../support/world";

let w: World;
let contractId: string;
let items: Record<string, { id: string }>;
/** The admin of district a's second contractor (runs stations[1], not this contract). */
let otherContractor: Actor;
let midtermId: string;
let finalId: string;
/** A final report of a second contract, still a draft (its mid-term report is not accepted). */
let otherFinal: string;

const TODAY = formatDate(new Date());
/** A 1×1 PNG: a real image the upload's sniffing accepts. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

const MIDTERM = {
  kind: "MIDTERM",
  "leader.name": "杨启明", "leader.mobile": "13987100001", "leader.officePhone": "0871-67480000", "leader.email": "yang@example.com",
  "contact.name": "李华", "contact.mobile": "13987100002",
  implementation: "上半年开展入户探访与来访接待，建立服务对象档案。",
  effects: "独居老人安全隐患得到及时排查。",
  difficulties: "部分村组距离较远，交通成本偏高。",
  nextPlan: "下半年开展小组工作与社区活动。",
};

const FINAL = {
  kind: "FINAL",
  category: "社工站运营项目",
  "org.registrationNo": "52530114MJ0000000X", "org.foundedOn": "2018-06-01", "org.address": "昆明市呈贡区彩云路 8 号 650500", "org.annualInspection": "2025年度 合格",
  "org.evaluationGrade": "3A", "org.taxExempt": "NO", "org.field": "养老服务", "org.region": "昆明市呈贡区龙城街道",
  "awards.0.name": "2025年度优秀社会组织",
  "orgLeader.name": "张明", "orgLeader.title": "理事长", "orgLeader.mobile": "13987100003",
  "projectLeader.name": "李华", "projectLeader.title": "项目主管", "projectLeader.mobile": "13987100002",
  "funding.declared.applied": "30", "funding.declared.approved": "30", "funding.declared.source": "财政资金",
  "beneficiaries.groups": ["A", "G"], "beneficiaries.count": "356",
  implementation: "个案、探访、来访接待、小组与社区活动。",
  "team.0.name": "王芳", "team.0.duty": "站长", "team.0.employment": "FULL",
  "targets.0.planned": "探访 200 次", "targets.0.actual": "探访 210 次",
  "activities.0.name": "入户探访", "activities.0.times": "210", "activities.0.people": "180", "activities.0.personTimes": "240", "activities.0.materials": "探访记录表",
  delayed: "NO",
  participation: "社区居民、志愿者和村（居）委会共同参与。",
  "outputs.0.type": "服务案例", "outputs.0.quantity": "3", "outputs.0.name": "独居老人支持", "outputs.0.role": "可推广",
  "feedback.onClients": "安全感提升", "feedback.onCommunity": "协同增强", "feedback.fromClients": "满意度 96%", "feedback.fromCommunity": "评价良好",
  effects: "完成合同指标。", reflection: "需加强需求调研。", financeSummary: "专款专用。", problems: "交通成本偏高。",
};

const ok = (r: { ok: boolean }) => expect(r, JSON.stringify(r)).toMatchObject({ ok: true });

async function save(actor: Actor, fields: Record<string, unknown>, version?: number) {
  return saveProjectReportCommand.execute(actor, { contractId, ...fields, ...(version === undefined ? {} : { version }) });
}

async function report(id: string) {
  return db.projectReport.findUniqueOrThrow({ where: { id } });
}

/** Each step is taken on the version the person is looking at (the current one). */
const current = async (id: string) => (await db.projectReport.findUnique({ where: { id }, select: { version: true } }))?.version ?? 1;
const submit = async (actor: Actor, kind: "MIDTERM_REPORT" | "FINAL_REPORT", id: string) => submitSubmissionCommand.execute(actor, { kind, id, version: await current(id) });
const review = async (actor: Actor, kind: "MIDTERM_REPORT" | "FINAL_REPORT", id: string, step: "return" | "accept", comment = "") => reviewSubmissionCommand.execute(actor, { kind, id, step, comment, version: await current(id) });

function photo(actor: Actor, ownerId: string, caption = "重阳节敬老活动") {
  return uploadFileCommand.execute(actor, { ownerType: "ProjectReport", ownerId, kind: "PHOTO", caption, file: new File([PNG], `photo-${uniq()}.png`, { type: "image/png" }) });
}

beforeAll(async () => {
  w = await buildWorld();
  const contract = await newContract(w.a, { targets: { targetVisits: 200, targetPersonTimes: 3000, targetBeneficiaries: 800, midtermBeneficiaries: 400 } });
  contractId = contract.id;
  items = (await acceptedBudget(w.a, contractId)).items;
  const user = await createUser(db, { districtId: w.a.district.id, username: `contractor2.${uniq()}`, name: "乙机构管理员", password: TEST_PASSWORD, memberships: [{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }] });
  otherContractor = (await actorOf(user.id))!;

  // The ledger: spending in the period (one line overspent: D1 has 6,000.00), and one after the report date.
  const expense = (code: string, spentOn: string, amount: string) => db.expense.create({
    data: { districtId: w.a.district.id, contractId, itemId: items[code].id, spentOn: new Date(`${spentOn}T00:00:00Z`), amount, payee: "收款方", method: "BANK_TRANSFER", purpose: "项目支出", status: "COMPLETE", recordedById: w.a.users.contractorAdmin.id },
  });
  await expense("A1", "2026-03-10", "1234.56");
  await expense("A1", "2026-04-02", "765.44");
  await expense("B1", "2026-05-01", "80000.00");
  await expense("D1", "2026-06-15", "6500.50");
  await expense("D4", "2026-02-01", "0.01");
  await db.expense.create({ data: { districtId: w.a.district.id, contractId, itemId: items.C1.id, spentOn: new Date(Date.now() + 40 * 86_400_000), amount: "999.99", payee: "未来", method: "BANK_TRANSFER", purpose: "报告日之后", recordedById: w.a.users.contractorAdmin.id } });

  // The records: two visits and a reception at the contract's station in the period; others outside it.
  const visit = (stationId: string, visitedAt: string, householdCount: number) => db.visit.create({
    data: { districtId: w.a.district.id, stationId, workerId: w.a.users.socialWorker.id, target: "独居老人", serviceDomain: "ELDERLY", visitType: "HOME", visitedAt: new Date(visitedAt), place: "彩云社区", householdCount, createdById: w.a.users.socialWorker.id },
  });
  await visit(w.a.stations[0].id, "2026-06-01T02:00:00Z", 3);
  await visit(w.a.stations[0].id, "2026-09-12T02:00:00Z", 4);
  await visit(w.a.stations[0].id, "2025-12-31T10:00:00Z", 5); // before the contract (Beijing 2025-12-31 18:00)
  await visit(w.a.stations[1].id, "2026-06-01T02:00:00Z", 6); // another station
  await db.reception.create({
    data: { districtId: w.a.district.id, stationId: w.a.stations[0].id, workerId: w.a.users.socialWorker.id, receivedAt: new Date("2026-08-03T03:00:00Z"), visitorCount: 2, serviceDomain: "ELDERLY", matter: "CONSULTATION", outcome: "ANSWERED", summaryEnc: "v1:test" },
  });
});

describe("project_report.save", () => {
  it("only the contract's own contractor drafts it; everyone else is refused", async () => {
    expect(await save(w.a.actors.bureauStaff, MIDTERM)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await save(w.a.actors.bureauReviewer, MIDTERM)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await save(w.a.actors.streetStaff, MIDTERM)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await save(w.a.actors.supervisor, MIDTERM)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await save(otherContractor, MIDTERM)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(w.b.actors.contractorAdmin, MIDTERM)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.projectReport.count({ where: { contractId } })).toBe(0);
  });

  it("creates the row for (contract, kind) on the first save, then edits it with the version", async () => {
    const first = await save(w.a.actors.contractorAdmin, { kind: "MIDTERM", "leader.name": "杨启明", implementation: "草稿" });
    ok(first);
    midtermId = (first as { data: { id: string } }).data.id;
    let row = await report(midtermId);
    expect(row).toMatchObject({ kind: "MIDTERM", status: "DRAFT", version: 1, districtId: w.a.district.id, createdById: w.a.users.contractorAdmin.id, figures: null });
    expect((row.content as { implementation: string }).implementation).toBe("草稿");
    // A stale version is a conflict; a page that never saw the row cannot create a second one.
    expect(await save(w.a.actors.contractorAdmin, MIDTERM, 7)).toMatchObject({ ok: false, code: "CONFLICT" });
    ok(await save(w.a.actors.contractorAdmin, MIDTERM, 1));
    row = await report(midtermId);
    expect(row.version).toBe(2);
    expect(await db.projectReport.count({ where: { contractId } })).toBe(1);
    const audit = await db.auditLog.findFirst({ where: { action: "project_report.save", targetId: midtermId }, orderBy: { at: "desc" } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetType: "ProjectReport" });
  });

  it("refuses malformed fields on their field", async () => {
    const r = await save(w.a.actors.contractorAdmin, { kind: "FINAL", problems: "问".repeat(301), "funding.declared.applied": "三十", "team.0.duty": "社工" });
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    const errors = (r as { fieldErrors: Record<string, string[]> }).fieldErrors;
    expect(errors.problems).toEqual(["项目执行中的问题和建议限 300 字以内（现 301 字）"]);
    expect(errors["funding.declared.applied"][0]).toMatch(/万元/);
    expect(errors["team.0.name"]).toEqual(["请填写团队成员姓名"]);
  });
});

describe("项目中期报告: submit, return, resubmit, accept", () => {
  let frozen: ReportFigures;

  it("refuses submitting with a missing section or an unexplained overspent line, each on its field", async () => {
    const r = await submit(w.a.actors.contractorAdmin, "MIDTERM_REPORT", midtermId);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(Object.keys((r as { fieldErrors: Record<string, string[]> }).fieldErrors)).toEqual(["fundNotes.D1"]);
    expect((r as { message: string }).message).toMatch(/D1 交通费实际支出超过预算，请填写差异说明/);
    const version = (await report(midtermId)).version;
    ok(await save(w.a.actors.contractorAdmin, { ...MIDTERM, "fundNotes.D1": "偏远村组走访增加" }, version));
  });

  it("the contractor's page shows the figures live while it is a draft; reviewers do not see the draft", async () => {
    const page = await getProjectReportPage(w.a.actors.contractorAdmin, contractId, "MIDTERM");
    expect(page).toMatchObject({ canEdit: true, live: true, problems: [] });
    expect(page!.figures.funds.total.spent).toBe(parseYuan("88500.51"));
    expect(await getProjectReportPage(w.a.actors.bureauReviewer, contractId, "MIDTERM")).toBeNull();
    expect((await listProjectReports(w.a.actors.bureauReviewer, contractId))!.map((r) => r.status)).toEqual([null, null]);
    expect(await exportProjectReportDocx(w.a.actors.bureauReviewer, midtermId)).toBeNull();
  });

  it("submitting freezes fund use exactly as the ledger has it up to today, and the service numbers of the period", async () => {
    ok(await submit(w.a.actors.contractorAdmin, "MIDTERM_REPORT", midtermId));
    const row = await report(midtermId);
    expect(row.status).toBe("SUBMITTED");
    expect(row.submittedAt).not.toBeNull();
    frozen = row.figures as unknown as ReportFigures;
    expect(frozen.asOf).toBe(TODAY);

    const ledger = await budgetExecution(db, contractId, TODAY);
    const lines = frozen.funds.sections.flatMap((s) => s.lines);
    expect(lines.map((l) => [l.code, l.budget, l.spent, l.variance])).toEqual(ledger.lines.map((l) => [l.code, l.budget, l.spent, l.variance]));
    expect(frozen.funds.total).toMatchObject({ budget: ledger.total.budget, spent: ledger.total.spent, variance: ledger.total.variance });
    // By hand: 1234.56 + 765.44 + 80000.00 + 6500.50 + 0.01, never the expense after today.
    expect(frozen.funds.total.spent).toBe(sumFen(["1234.56", "765.44", "80000.00", "6500.50", "0.01"].map((a) => parseYuan(a)!)));
    expect(lines.find((l) => l.code === "A1")).toMatchObject({ budget: 4_500_000, spent: 200_000, variance: 4_300_000 });
    expect(lines.find((l) => l.code === "D1")).toMatchObject({ spent: 650_050, variance: -50_050 });
    expect(lines.find((l) => l.code === "C1")!.spent).toBe(0);
    const d = frozen.funds.sections.find((s) => s.letter === "D")!;
    expect(d).toMatchObject({ title: "四、项目执行费用支出", spent: 650_051 });
    expect(frozen.funds.shareOfAmount).toBe(2950); // 88,500.51 / 300,000.00
    for (const v of [frozen.funds.total.spent, ...lines.map((l) => l.spent)]) expect(Number.isInteger(v)).toBe(true);

    const counts = await countServiceRecords(db, [w.a.stations[0].id], { from: "2026-01-01", to: formatDate(new Date(Date.now() + 86_400_000)) });
    expect(frozen.service.counts).toEqual(counts);
    expect(frozen.service.counts).toMatchObject({ visits: 2, householdsVisited: 7, receptions: 1, receptionVisitors: 2 });
    expect(frozen.service.peopleServed).toBe(9);
    expect(frozen.service.targets.find((t) => t.key === "visits")).toMatchObject({ target: 200, actual: 2, rate: 100 });
    expect(frozen.service.beneficiaries).toEqual({ planned: 800, midtermPlanned: 400, midtermActual: 9, midtermRate: 225 });
  });

  it("frozen means frozen: a later expense changes the live ledger, not the submitted report; it cannot be edited", async () => {
    await db.expense.create({ data: { districtId: w.a.district.id, contractId, itemId: items.A1.id, spentOn: new Date("2026-03-11T00:00:00Z"), amount: "100.00", payee: "后补", method: "BANK_TRANSFER", purpose: "后补", recordedById: w.a.users.contractorAdmin.id } });
    const page = await getProjectReportPage(w.a.actors.bureauReviewer, contractId, "MIDTERM");
    expect(page).toMatchObject({ live: false, canEdit: false });
    expect(page!.figures).toEqual(frozen);
    expect(await save(w.a.actors.contractorAdmin, MIDTERM)).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "已提交，等待审核，不能修改" });
  });

  it("only the district's reviewer reviews: not bureau staff, not the contractor, not another district, not the street office", async () => {
    expect(await review(w.a.actors.bureauStaff, "MIDTERM_REPORT", midtermId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(w.a.actors.contractorAdmin, "MIDTERM_REPORT", midtermId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // The street office reviews briefs (brief:review), not reports: it lacks report:review.
    expect(await review(w.a.actors.streetStaff, "MIDTERM_REPORT", midtermId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(w.b.actors.bureauReviewer, "MIDTERM_REPORT", midtermId, "accept")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await report(midtermId)).status).toBe("SUBMITTED");
  });

  it("the reviewer returns it with a comment; the contractor fixes and resubmits (figures re-frozen); the reviewer accepts", async () => {
    expect(await review(w.a.actors.bureauReviewer, "MIDTERM_REPORT", midtermId, "return")).toMatchObject({ ok: false, code: "VALIDATION" });
    ok(await review(w.a.actors.bureauReviewer, "MIDTERM_REPORT", midtermId, "return", "请补充下半年计划中的小组工作安排"));
    expect((await report(midtermId)).status).toBe("RETURNED");
    const page = await getProjectReportPage(w.a.actors.contractorAdmin, contractId, "MIDTERM");
    expect(page).toMatchObject({ canEdit: true, live: true });
    expect(page!.view!.lastReturn!.comment).toBe("请补充下半年计划中的小组工作安排");
    const version = (await report(midtermId)).version;
    ok(await save(w.a.actors.contractorAdmin, { ...MIDTERM, "fundNotes.D1": "偏远村组走访增加", nextPlan: "下半年开展 4 个小组、6 场社区活动。" }, version));
    ok(await submit(w.a.actors.contractorAdmin, "MIDTERM_REPORT", midtermId));
    const resubmitted = await report(midtermId);
    expect((resubmitted.figures as unknown as ReportFigures).funds.total.spent).toBe(frozen.funds.total.spent + 10_000);
    ok(await review(w.a.actors.bureauReviewer, "MIDTERM_REPORT", midtermId, "accept", "同意"));
    const accepted = await report(midtermId);
    expect(accepted.status).toBe("ACCEPTED");
    expect(accepted.acceptedAt).not.toBeNull();
    const events = await db.reportEvent.findMany({ where: { reportId: midtermId }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.event)).toEqual(["SUBMIT", "RETURN", "SUBMIT", "ACCEPT"]);
  });

  it("read access: the reviewer, the supervisor of the station; never the street office or another district", async () => {
    expect(await getProjectReportPage(w.a.actors.bureauReviewer, contractId, "MIDTERM")).not.toBeNull();
    expect(await getProjectReportPage(w.a.actors.supervisor, contractId, "MIDTERM")).not.toBeNull();
    expect(await getProjectReportPage(w.a.actors.streetStaff, contractId, "MIDTERM")).toBeNull();
    expect(await listProjectReports(w.a.actors.streetStaff, contractId)).toBeNull();
    expect(await getProjectReportPage(otherContractor, contractId, "MIDTERM")).toBeNull();
    expect(await getProjectReportPage(w.b.actors.bureauReviewer, contractId, "MIDTERM")).toBeNull();
    expect(await getProjectReportPage(w.b.actors.contractorAdmin, contractId, "MIDTERM")).toBeNull();
  });
});

describe("项目结项报告书", () => {
  beforeAll(async () => {
    // A second contract whose mid-term report is still a draft: its final report cannot be submitted.
    const second = await newContract(w.a);
    await acceptedBudget(w.a, second.id);
    ok(await saveProjectReportCommand.execute(w.a.actors.contractorAdmin, { contractId: second.id, ...FINAL }));
    otherFinal = (await db.projectReport.findFirstOrThrow({ where: { contractId: second.id, kind: "FINAL" } })).id;
    for (let i = 0; i < 3; i++) ok(await photo(w.a.actors.contractorAdmin, otherFinal));
  });

  it("cannot be submitted before the mid-term report is accepted", async () => {
    const r = await submit(w.a.actors.contractorAdmin, "FINAL_REPORT", otherFinal);
    expect(r).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "项目中期报告审核通过后才能提交结项报告书" });
  });

  it("prefills the organisation from the contractor's record and the figures from the records until saved", async () => {
    const page = await getProjectReportPage(w.a.actors.contractorAdmin, contractId, "FINAL");
    expect(page).toMatchObject({ report: null, canEdit: true, live: true });
    const contractor = await db.contractor.findUniqueOrThrow({ where: { id: w.a.contractors[0].id } });
    const c = page!.content as { org: { registrationNo: string; foundedOn: string }; orgLeader: { name: string }; funding: { declared: { approved: number } }; beneficiaries: { count: number } };
    expect(c.org.registrationNo).toBe(contractor.creditCode);
    expect(c.org.foundedOn).toBe("2018-06-01");
    expect(c.orgLeader.name).toBe(contractor.legalRepresentative);
    expect(c.funding.declared.approved).toBe(30_000_000);
    expect(c.beneficiaries.count).toBe(page!.figures.service.peopleServed);
    // (3) 项目中期实际服务人数 comes from the accepted mid-term report.
    expect(page!.figures.service.beneficiaries.midtermActual).toBe(9);
  });

  it("needs 3–5 photos (uploaded while editable, by the contractor only)", async () => {
    const saved = await save(w.a.actors.contractorAdmin, FINAL);
    ok(saved);
    finalId = (saved as { data: { id: string } }).data.id;
    expect(await photo(otherContractor, finalId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await photo(w.b.actors.contractorAdmin, finalId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await photo(w.a.actors.bureauReviewer, finalId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    ok(await photo(w.a.actors.contractorAdmin, finalId, "入户探访独居老人"));
    ok(await photo(w.a.actors.contractorAdmin, finalId, "重阳节敬老活动"));
    const r = await submit(w.a.actors.contractorAdmin, "FINAL_REPORT", finalId);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((r as { fieldErrors: Record<string, string[]> }).fieldErrors).toEqual({ photos: ["图片材料应为 3–5 张（现 2 张）"] });
    ok(await photo(w.a.actors.contractorAdmin, finalId, "志愿者培训"));
    ok(await submit(w.a.actors.contractorAdmin, "FINAL_REPORT", finalId));
    const row = await report(finalId);
    expect(row.status).toBe("SUBMITTED");
    expect((row.figures as unknown as ReportFigures).service.beneficiaries.midtermActual).toBe(9);
    // Frozen with the report: no more photos.
    expect(await photo(w.a.actors.contractorAdmin, finalId)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    ok(await review(w.a.actors.bureauReviewer, "FINAL_REPORT", finalId, "accept"));
  });
});

// ───────────── a tiny unzip: the .docx is a zip; read one entry through the central directory ─────────────
function zipEntries(zip: Buffer): Map<string, Buffer> {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  if (eocd < 0) throw new Error("not a zip");
  const out = new Map<string, Buffer>();
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
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + size);
    out.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    p += 46 + nameLength + extraLength + commentLength;
  }
  return out;
}

describe("Word export", () => {
  it("the mid-term report in the seed's layout, for the contractor and the reviewer; audited", async () => {
    for (const actor of [w.a.actors.contractorAdmin, w.a.actors.bureauReviewer, w.a.actors.supervisor]) {
      const file = await exportProjectReportDocx(actor, midtermId);
      expect(file).not.toBeNull();
      expect(file!.filename).toMatch(/^项目中期报告-HT-.+\.docx$/);
      expect(file!.asciiFilename).toMatch(/^midterm-report-HT-[A-Za-z0-9-]+\.docx$/);
      expect(file!.buffer.subarray(0, 2).toString("latin1")).toBe("PK");
      const xml = zipEntries(file!.buffer).get("word/document.xml")!.toString("utf8");
      for (const text of ["项目中期报告", "一、项目基本情况", "六、项目资金使用情况", "资金使用报告", "差异说明", "合计", "偏远村组走访增加", "6,500.50", "杨启明"]) expect(xml.includes(text), text).toBe(true);
    }
    const audit = await db.auditLog.findFirst({ where: { action: "project_report.export_docx", actorUserId: w.a.actors.bureauReviewer.userId, targetId: midtermId }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetType: "ProjectReport" });
  });

  it("the final report embeds its photos with their captions", async () => {
    const file = await exportProjectReportDocx(w.a.actors.bureauReviewer, finalId);
    const entries = zipEntries(file!.buffer);
    const xml = entries.get("word/document.xml")!.toString("utf8");
    for (const text of ["项目结项报告书", "一、组织基本情况", "五、图片材料", "图片一（粘贴）：", "图片说明：入户探访独居老人", "图片说明：志愿者培训", "图片五（粘贴）："]) expect(xml.includes(text), text).toBe(true);
    // Three pictures in the document (the same bytes are stored once in word/media).
    expect(xml.match(/<w:drawing>/g)).toHaveLength(3);
    expect([...entries.keys()].some((k) => k.startsWith("word/media/"))).toBe(true);
  });

  it("out of scope is a not-found, audited as DENIED; a draft only for its contractor", async () => {
    for (const actor of [w.a.actors.streetStaff, w.a.actors.otherStreetStaff, w.a.actors.socialWorker, w.a.actors.stationHead, otherContractor, w.b.actors.bureauReviewer, w.b.actors.contractorAdmin, w.systemAdmin]) {
      expect(await exportProjectReportDocx(actor, midtermId)).toBeNull();
    }
    const denied = await db.auditLog.findFirst({ where: { action: "project_report.export_docx", actorUserId: w.a.actors.streetStaff.userId, targetId: midtermId } });
    expect(denied).toMatchObject({ outcome: "DENIED", detail: { reason: "NOT_FOUND" } });
    expect(await exportProjectReportDocx(w.a.actors.contractorAdmin, otherFinal)).not.toBeNull();
    expect(await exportProjectReportDocx(w.a.actors.bureauReviewer, otherFinal)).toBeNull();
  });
});
