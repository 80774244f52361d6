// 月度工作简报: drafted by the contractor for a station of its contract, the counts frozen from the month's
// records on submission, reviewed by the station's street office or the bureau reviewer; who sees which
// briefs in the lists and the grid; late and missing standing; the Word export.
import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { saveBriefCommand } from "@/features/briefs/commands";
import { frozenCounts } from "@/features/briefs/counts";
import { exportBriefDocx } from "@/features/briefs/export";
import { briefGrid, contractBriefSchedules, contractorBriefSchedules, findBrief, getBriefPage } from "@/features/briefs/queries";
import { saveSessionCommand } from "@/features/cases/sessions";
import { countServiceRecords, EMPTY_COUNTS, type ServiceCounts } from "@/features/service-counts/counts";
import { reviewSubmissionCommand, submitSubmissionCommand } from "@/features/submissions/commands";
import { saveVisitCommand } from "@/features/visits/commands";
import { calendarMonthRange, parseShanghaiDateTime } from "@/lib/dates";
import { encryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser, uniq } from "../../prisma/seed/factories";
import { newCase } from "../support/cases";
import { newContract } from "../support/contracts";
import { actorOf, buildWorld, type World } from "../support/world";

let w: World;
/** contractors[0]'s contract for stations[0] (2026), contractors[1]'s for stations[1], and one in district b. */
let contractId: string;
let otherContractId: string;
let bContractId: string;
/** The admin of contractors[1] (another contractor of the same district). */
let otherContractor: Actor;
/** The one most tests use: October 2026 at stations[0]. */
let octoberId: string;

const bj = (text: string) => parseShanghaiDateTime(text)!;
const day = (text: string) => new Date(`${text}T00:00:00Z`);
const NOW = bj("2026-11-22 12:00");

// The commands read the clock (a month not begun or not ended); the file runs on 22 November 2026 whatever
// the day it really is. Only Date is faked: timers and the database run as usual.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ["Date"], shouldAdvanceTime: true });
  vi.setSystemTime(NOW);
});
afterAll(() => {
  vi.useRealTimers();
});

const contractor = () => w.a.actors.contractorAdmin;
const PROSE = { dailyWork: "本月开展高龄老人探访，完成个案服务。", highlights: "开展重阳节敬老活动，链接志愿者 12 名。", nextMonthPlan: "继续开展冬季安全探访，筹备小组活动。" };

async function reception(stationId: string, receivedAt: string, visitorCount: number) {
  const station = await db.station.findUniqueOrThrow({ where: { id: stationId } });
  await db.reception.create({
    data: {
      districtId: station.districtId, stationId, workerId: w.a.users.socialWorker.id, receivedAt: bj(receivedAt), visitorCount,
      serviceDomain: "ELDERLY", matter: "HELP", outcome: "ANSWERED", summaryEnc: encryptField("来访求助")!,
    },
  });
}

async function visit(actor: Actor, visitedAt: string, households: string[]) {
  const r = await saveVisitCommand.execute(actor, {
    target: "辖区独居老人", serviceDomain: "ELDERLY", visitType: "HOME", visitedAt, place: "龙街社区", content: "了解冬季取暖情况", householdCount: "",
    ...Object.fromEntries(households.map((name, i) => [`households.${i}.name`, name])),
  });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

const draft = (actor: Actor, month: string, extra: Record<string, unknown> = {}) =>
  saveBriefCommand.execute(actor, { contractId, stationId: w.a.stations[0].id, month, dailyWork: "", highlights: "", nextMonthPlan: "", ...extra });

async function draftId(month: string, actor: Actor = contractor()) {
  const r = await draft(actor, month);
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  return (r as { data: { id: string } }).data.id;
}

const row = (id: string) => db.monthlyBrief.findUniqueOrThrow({ where: { id } });
const edit = async (actor: Actor, id: string, prose: Record<string, string> = PROSE) => saveBriefCommand.execute(actor, { briefId: id, version: (await row(id)).version, ...prose });
const submit = async (actor: Actor, id: string) => submitSubmissionCommand.execute(actor, { kind: "MONTHLY_BRIEF", id, version: (await row(id)).version });
const review = async (actor: Actor, id: string, step: "return" | "accept", comment = "") =>
  reviewSubmissionCommand.execute(actor, { kind: "MONTHLY_BRIEF", id, version: (await row(id)).version, step, comment });

/** Drafted, written and submitted by the contractor. */
async function submitted(month: string) {
  const id = await draftId(month);
  expect(await edit(contractor(), id)).toMatchObject({ ok: true });
  expect(await submit(contractor(), id)).toMatchObject({ ok: true });
  return id;
}

beforeAll(async () => {
  w = await buildWorld();
  contractId = (await newContract(w.a)).id;
  otherContractId = (await newContract(w.a, { contractorId: w.a.contractors[1].id, stationIds: [w.a.stations[1].id] })).id;
  bContractId = (await newContract(w.b)).id;
  const user = await createUser(db, { districtId: w.a.district.id, username: `contractor2.${uniq()}`, name: "乙机构负责人", memberships: [{ role: "CONTRACTOR_ADMIN", contractorId: w.a.contractors[1].id }] });
  otherContractor = (await actorOf(user.id))!;

  // October's records at stations[0]: one new case with a session, a visit of two households late on the
  // last evening, and a reception of two visitors; records of September, November and another station.
  const worker = w.a.actors.socialWorker;
  const c = await newCase(worker, { firstContactOn: "2026-10-03", label: "简报个案" });
  const s = await saveSessionCommand.execute(worker, { caseId: c, sessionDate: "2026-10-09", startTime: "09:00", endTime: "10:00", form: "FACE_TO_FACE", place: "站内", aim: "评估需求", process: "面谈" });
  expect(s).toMatchObject({ ok: true });
  await visit(worker, "2026-10-31 23:30", ["王桂兰", "李秀珍"]);
  await visit(worker, "2026-11-01 00:10", ["张大爷"]);
  await visit(worker, "2026-09-28 10:00", ["赵奶奶"]);
  await reception(w.a.stations[0].id, "2026-10-10 10:00", 2);
  await reception(w.a.stations[1].id, "2026-10-10 10:00", 7);
});

const OCTOBER: ServiceCounts = { ...EMPTY_COUNTS, newCases: 1, caseSessions: 1, caseClients: 1, visits: 1, householdsVisited: 2, receptions: 1, receptionVisitors: 2 };

describe("brief.save: who drafts which brief", () => {
  it("only the contractor drafts; street office, bureau and station roles are refused", async () => {
    for (const key of ["streetStaff", "bureauAdmin", "bureauStaff", "bureauReviewer", "socialWorker", "stationHead", "supervisor", "evaluator"] as const) {
      expect(await draft(w.a.actors[key], "2026-10"), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await db.monthlyBrief.count()).toBe(0);
  });

  it("another contractor and another district's contractor do not reach the contract", async () => {
    expect(await draft(otherContractor, "2026-10")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await draft(w.b.actors.contractorAdmin, "2026-10")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    // District b's contractor with its own contract id but a's station: still refused (not the contract's station).
    const mixed = await saveBriefCommand.execute(w.b.actors.contractorAdmin, { contractId: bContractId, stationId: w.a.stations[0].id, month: "2026-10" });
    expect(mixed).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { stationId: ["该社工站不在此服务项目内"] } });
    expect(await db.monthlyBrief.count()).toBe(0);
  });

  it("a station not in the contract, a month outside the period or not begun, a contract not in force: refused", async () => {
    expect(await draft(contractor(), "2026-10", { stationId: w.a.stations[1].id })).toMatchObject({ ok: false, fieldErrors: { stationId: ["该社工站不在此服务项目内"] } });
    expect(await draft(contractor(), "2025-12")).toMatchObject({ ok: false, fieldErrors: { month: ["月份应在服务期限内（2026年1月至2026年12月）"] } });
    expect(await draft(contractor(), "2026-12")).toMatchObject({ ok: false, fieldErrors: { month: ["2026年12月尚未开始，不能起草月度工作简报"] } });
    expect(await draft(contractor(), "2026-13")).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { month: ["月份应为有效年月，格式 YYYY-MM"] } });
    const pending = await newContract(w.a, { status: "DRAFT" });
    expect(await saveBriefCommand.execute(contractor(), { contractId: pending.id, stationId: w.a.stations[0].id, month: "2026-10" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await db.monthlyBrief.count()).toBe(0);
  });

  it("起草 creates the brief with the due date of the district's setting and opens it; a second 起草 is refused", async () => {
    const r = await draft(contractor(), "2026-10");
    expect(r).toMatchObject({ ok: true, message: "2026年10月月度工作简报已起草" });
    octoberId = (r as { data: { id: string } }).data.id;
    expect(r).toMatchObject({ redirectTo: `/contractor/briefs/${octoberId}` });
    expect(await row(octoberId)).toMatchObject({ status: "DRAFT", month: "2026-10", dueOn: day("2026-11-05"), dailyWork: null, counts: null, firstSubmittedAt: null, createdById: contractor().userId });
    expect(await draft(contractor(), "2026-10")).toMatchObject({ ok: false, code: "CONFLICT" });
    const audit = await db.auditLog.findFirst({ where: { action: "brief.save", targetId: octoberId } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetType: "MonthlyBrief", detail: { contractId, month: "2026-10", created: true } });

    // The bureau moved the due day to the 10th: briefs drafted from now on are due then.
    await db.district.update({ where: { id: w.a.district.id }, data: { briefDueDay: 10 } });
    try {
      const sept = await draftId("2026-09");
      expect((await row(sept)).dueOn).toEqual(day("2026-10-10"));
      await db.monthlyBrief.delete({ where: { id: sept } });
    } finally {
      await db.district.update({ where: { id: w.a.district.id }, data: { briefDueDay: 5 } });
    }
  });

  it("edits the three sections while a draft, with the version; others cannot edit it", async () => {
    expect(await edit(contractor(), octoberId, { ...PROSE, highlights: "" })).toMatchObject({ ok: true, message: "2026年10月月度工作简报已保存" });
    expect(await row(octoberId)).toMatchObject({ dailyWork: PROSE.dailyWork, highlights: null, nextMonthPlan: PROSE.nextMonthPlan, version: 2 });
    expect(await saveBriefCommand.execute(contractor(), { briefId: octoberId, version: 1, ...PROSE })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await edit(otherContractor, octoberId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await edit(w.b.actors.contractorAdmin, octoberId)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await edit(w.a.actors.streetStaff, octoberId)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveBriefCommand.execute(contractor(), { briefId: octoberId, ...PROSE, highlights: "长".repeat(4001) })).toMatchObject({ ok: false, fieldErrors: { highlights: [expect.stringContaining("4000")] } });
  });

  it("while editable the contractor's page shows the counts live from the records; reviewers do not see the draft", async () => {
    const page = await getBriefPage(contractor(), octoberId, NOW);
    expect(page).toMatchObject({ live: true, counts: OCTOBER, standing: "MISSING", editable: true });
    expect(page!.view.actions).toEqual(["edit", "submit"]);
    for (const key of ["streetStaff", "bureauReviewer", "bureauAdmin"] as const) {
      expect(await getBriefPage(w.a.actors[key], octoberId), key).toBeNull();
    }
  });
});

describe("submission: the counts are frozen from the month's records", () => {
  it("refuses an empty section (on the field) and a month that has not ended", async () => {
    const r = await submit(contractor(), octoberId);
    expect(r).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { highlights: ["提交前请填写本月特色、亮点及重点工作"] } });
    const november = await draftId("2026-11");
    expect(await edit(contractor(), november)).toMatchObject({ ok: true });
    expect(await submit(contractor(), november)).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "本月尚未结束，不能提交" });
    expect(await row(november)).toMatchObject({ status: "DRAFT", counts: null });
  });

  it("freezes exactly the records of the station's month, sets the submission times, and locks the brief", async () => {
    expect(await edit(contractor(), octoberId)).toMatchObject({ ok: true });
    const before = new Date();
    expect(await submit(contractor(), octoberId)).toMatchObject({ ok: true });
    const b = await row(octoberId);
    expect(b.status).toBe("SUBMITTED");
    const frozen = frozenCounts(b.counts)!;
    const { countedAt, ...counts } = frozen;
    expect(counts).toEqual(OCTOBER);
    expect(counts).toEqual(await countServiceRecords(db, [w.a.stations[0].id], calendarMonthRange("2026-10")));
    expect(new Date(countedAt).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);
    expect(b.firstSubmittedAt).not.toBeNull();
    expect(b.submittedAt).toEqual(b.firstSubmittedAt);
    expect(await edit(contractor(), octoberId)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(await submit(contractor(), octoberId)).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("a record added later does not change the frozen counts; everybody sees the frozen ones", async () => {
    await reception(w.a.stations[0].id, "2026-10-20 15:00", 3);
    for (const actor of [contractor(), w.a.actors.streetStaff, w.a.actors.bureauReviewer]) {
      const page = await getBriefPage(actor, octoberId, NOW);
      expect(page, actor.username).toMatchObject({ live: false, counts: OCTOBER });
    }
  });
});

describe("review by the street office and the bureau reviewer", () => {
  it("refused to the other street, the bureau staff, the contractor, another district", async () => {
    expect(await review(w.a.actors.otherStreetStaff, octoberId, "return", "越权")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await review(w.a.actors.otherStreetStaff, octoberId, "accept")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await review(w.a.actors.bureauStaff, octoberId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(w.a.actors.bureauAdmin, octoberId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(contractor(), octoberId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(w.a.actors.stationHead, octoberId, "accept")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(w.b.actors.bureauReviewer, octoberId, "accept")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await review(w.b.actors.streetStaff, octoberId, "accept")).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await row(octoberId)).status).toBe("SUBMITTED");
  });

  it("the station's street office returns it with a comment; the contractor sees it, fixes, resubmits with fresh counts; the bureau reviewer accepts", async () => {
    expect(await review(w.a.actors.streetStaff, octoberId, "return")).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { comment: ["退回时请写明需要修改的内容"] } });
    expect(await review(w.a.actors.streetStaff, octoberId, "return", "请补充重阳节活动的参与人数")).toMatchObject({ ok: true });
    expect((await row(octoberId)).status).toBe("RETURNED");

    const page = await getBriefPage(contractor(), octoberId, NOW);
    expect(page!.view.lastReturn).toMatchObject({ event: "RETURN", comment: "请补充重阳节活动的参与人数", actorRole: "STREET_STAFF" });
    expect(page).toMatchObject({ standing: "RETURNED", editable: true, live: true, counts: { ...OCTOBER, receptions: 2, receptionVisitors: 5 } });
    // The reviewer still sees what was submitted.
    expect(await getBriefPage(w.a.actors.bureauReviewer, octoberId, NOW)).toMatchObject({ live: false, counts: OCTOBER });

    const first = (await row(octoberId)).firstSubmittedAt;
    expect(await edit(contractor(), octoberId, { ...PROSE, highlights: "开展重阳节敬老活动，参与老人 56 人，链接志愿者 12 名。" })).toMatchObject({ ok: true });
    expect(await submit(contractor(), octoberId)).toMatchObject({ ok: true });
    let b = await row(octoberId);
    expect(b.firstSubmittedAt).toEqual(first);
    expect(b.submittedAt!.getTime()).toBeGreaterThan(first!.getTime());
    expect(frozenCounts(b.counts)).toMatchObject({ ...OCTOBER, receptions: 2, receptionVisitors: 5 });

    expect(await review(w.a.actors.bureauReviewer, octoberId, "accept")).toMatchObject({ ok: true });
    b = await row(octoberId);
    expect(b.status).toBe("ACCEPTED");
    expect(b.acceptedAt).not.toBeNull();
    const events = await db.reportEvent.findMany({ where: { kind: "MONTHLY_BRIEF", reportId: octoberId }, orderBy: { at: "asc" } });
    expect(events.map((e) => [e.event, e.actorRole])).toEqual([["SUBMIT", "CONTRACTOR_ADMIN"], ["RETURN", "STREET_STAFF"], ["SUBMIT", "CONTRACTOR_ADMIN"], ["ACCEPT", "BUREAU_REVIEWER"]]);
    expect(await review(w.a.actors.streetStaff, octoberId, "return", "再改")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("the street office can accept and the bureau reviewer can return", async () => {
    const sept = await submitted("2026-09");
    expect(await review(w.a.actors.streetStaff, sept, "accept")).toMatchObject({ ok: true });
    expect((await row(sept)).status).toBe("ACCEPTED");
    const aug = await submitted("2026-08");
    expect(await review(w.a.actors.bureauReviewer, aug, "return", "请补充来访接待情况")).toMatchObject({ ok: true });
    expect((await row(aug)).status).toBe("RETURNED");
  });
});

describe("lists and the grid: each sees its own", () => {
  it("the contractor's schedule lists only its contracts, every month of the period, with 起草 where allowed", async () => {
    const own = await contractorBriefSchedules(contractor(), NOW);
    expect(own.map((s) => s.contract.id)).toEqual([contractId]);
    expect(own[0].months.map((m) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`));
    const byMonth = Object.fromEntries(own[0].months.map((m) => [m.month, m]));
    expect(byMonth["2026-10"]).toMatchObject({ standing: "LATE", canDraft: false, brief: { id: octoberId, status: "ACCEPTED" } });
    expect(byMonth["2026-11"]).toMatchObject({ standing: "DRAFT", canDraft: false, brief: { status: "DRAFT" } });
    expect(byMonth["2026-07"]).toMatchObject({ standing: "MISSING", canDraft: true, brief: null, dueOn: day("2026-08-05") });
    expect(byMonth["2026-12"]).toMatchObject({ standing: "NOT_DUE", canDraft: false, brief: null, dueOn: day("2027-01-05") });

    const other = await contractorBriefSchedules(otherContractor, NOW);
    expect(other.map((s) => s.contract.id)).toEqual([otherContractId]);
    expect(other[0].months.every((m) => m.brief === null)).toBe(true);
    expect(await contractorBriefSchedules(w.b.actors.contractorAdmin, NOW)).toHaveLength(1);
    expect((await contractorBriefSchedules(w.b.actors.contractorAdmin, NOW))[0].contract.id).toBe(bContractId);
    expect(await contractBriefSchedules(otherContractor, contractId, NOW)).toEqual([]);
    expect(await contractBriefSchedules(w.a.actors.evaluator, contractId, NOW)).toEqual([]);
  });

  it("the bureau's grid: every station with a contract that year, drafts hidden, a legend per standing", async () => {
    const grid = await briefGrid(w.a.actors.bureauReviewer, { year: 2026 }, NOW);
    expect(grid.rows.map((r) => r.station.id).sort()).toEqual([w.a.stations[0].id, w.a.stations[1].id].sort());
    const s0 = grid.rows.find((r) => r.station.id === w.a.stations[0].id)!;
    expect(s0.cells.map((c) => c?.standing)).toEqual([
      "MISSING", "MISSING", "MISSING", "MISSING", "MISSING", "MISSING", "MISSING", "RETURNED", "LATE", "LATE", "NOT_DUE", "NOT_DUE",
    ]);
    // November's draft is not shown to reviewers.
    expect(s0.cells[10]!.brief).toBeNull();
    expect(s0.cells[9]!.brief).toMatchObject({ id: octoberId });
    expect(grid.legend).toMatchObject({ LATE: 2, RETURNED: 1, NOT_DUE: 4, MISSING: 17, DRAFT: 0, ACCEPTED: 0, SUBMITTED: 0 });
    expect(grid.streets.map((s) => s.id).sort()).toEqual([w.a.streets[0].id, w.a.streets[1].id].sort());

    const filtered = await briefGrid(w.a.actors.bureauStaff, { year: 2026, streetOfficeId: w.a.streets[1].id }, NOW);
    expect(filtered.rows.map((r) => r.station.id)).toEqual([w.a.stations[1].id]);
    const otherYear = await briefGrid(w.a.actors.bureauAdmin, { year: 2027 }, NOW);
    expect(otherYear).toMatchObject({ year: 2026 }); // no contract in 2027: back to this year
    expect(await briefGrid(w.b.actors.bureauReviewer, { year: 2026 }, NOW)).toMatchObject({ rows: [expect.objectContaining({ station: expect.objectContaining({ id: w.b.stations[0].id }) })] });
  });

  it("the street office's grid has its own stations only; other roles see none", async () => {
    const street = await briefGrid(w.a.actors.streetStaff, { year: 2026 }, NOW);
    expect(street.rows.map((r) => r.station.id)).toEqual([w.a.stations[0].id]);
    const otherStreet = await briefGrid(w.a.actors.otherStreetStaff, { year: 2026 }, NOW);
    expect(otherStreet.rows.map((r) => r.station.id)).toEqual([w.a.stations[1].id]);
    expect(otherStreet.rows[0].cells.every((c) => c?.brief === null)).toBe(true);
    for (const key of ["evaluator", "auditor", "socialWorker", "stationHead", "supervisor"] as const) {
      expect((await briefGrid(w.a.actors[key], { year: 2026 }, NOW)).rows, key).toEqual([]);
    }
    expect(await findBrief(w.a.actors.otherStreetStaff, octoberId)).toBeNull();
    expect(await findBrief(w.b.actors.bureauReviewer, octoberId)).toBeNull();
    expect(await findBrief(w.a.actors.streetStaff, octoberId)).not.toBeNull();
  });

  it("a street office that bought a contract covering another street's station does not see that station's briefs", async () => {
    const bought = await newContract(w.a, { buyerStreetOfficeId: w.a.streets[0].id, contractorId: w.a.contractors[1].id, stationIds: [w.a.stations[1].id], startsOn: "2026-02-01", endsOn: "2026-12-31" });
    try {
      expect(await contractBriefSchedules(w.a.actors.streetStaff, bought.id, NOW)).toEqual([]);
      expect((await briefGrid(w.a.actors.streetStaff, { year: 2026 }, NOW)).rows.map((r) => r.station.id)).toEqual([w.a.stations[0].id]);
    } finally {
      await db.serviceContract.delete({ where: { id: bought.id } });
    }
  });
});

describe("late and missing, from the stored rows", () => {
  it("first submitted after the due day is LATE (also once accepted); on the due day's last minute it is on time; never submitted is MISSING", async () => {
    const base = { districtId: w.a.district.id, contractId: otherContractId, stationId: w.a.stations[1].id, createdById: otherContractor.userId, counts: { ...EMPTY_COUNTS, countedAt: "2026-01-01T00:00:00.000Z" } };
    await db.monthlyBrief.createMany({
      data: [
        { ...base, month: "2026-03", dueOn: day("2026-04-05"), status: "ACCEPTED", firstSubmittedAt: bj("2026-04-06 00:00"), submittedAt: bj("2026-04-06 00:00"), acceptedAt: bj("2026-04-08 10:00") },
        { ...base, month: "2026-04", dueOn: day("2026-05-05"), status: "SUBMITTED", firstSubmittedAt: bj("2026-05-05 23:59"), submittedAt: bj("2026-05-05 23:59") },
        { ...base, month: "2026-05", dueOn: day("2026-06-05"), status: "ACCEPTED", firstSubmittedAt: bj("2026-06-02 09:00"), submittedAt: bj("2026-06-02 09:00"), acceptedAt: bj("2026-06-03 09:00") },
        // A row's own due date counts, not the current setting: due on the 10th, submitted on the 8th.
        { ...base, month: "2026-06", dueOn: day("2026-07-10"), status: "SUBMITTED", firstSubmittedAt: bj("2026-07-08 09:00"), submittedAt: bj("2026-07-08 09:00") },
        { ...base, month: "2026-07", dueOn: day("2026-08-05"), status: "DRAFT", counts: undefined },
      ],
    });
    const grid = await briefGrid(w.a.actors.otherStreetStaff, { year: 2026 }, NOW);
    const cells = grid.rows[0].cells;
    expect(cells.slice(0, 8).map((c) => c?.standing)).toEqual(["MISSING", "MISSING", "LATE", "SUBMITTED", "ACCEPTED", "SUBMITTED", "MISSING", "MISSING"]);
    expect(cells[6]!.brief).toBeNull(); // a draft: the street office does not see it
    const schedule = await contractorBriefSchedules(otherContractor, NOW);
    expect(schedule[0].months[6]).toMatchObject({ standing: "MISSING", brief: { status: "DRAFT" } });
    // Before its due day ended the draft was a draft, and nothing was missing.
    const early = await contractorBriefSchedules(otherContractor, bj("2026-08-05 23:59"));
    expect(early[0].months[6]).toMatchObject({ standing: "DRAFT" });
    expect(early[0].months[7]).toMatchObject({ standing: "NOT_DUE" });
  });
});

// ───────────── the Word export ─────────────

function unzipEntry(zip: Buffer, path: string): string | null {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd -= 1;
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const local = zip.readUInt32LE(p + 42);
    const name = zip.subarray(p + 46, p + 46 + nameLength).toString("utf8");
    if (name === path) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return null;
}

describe("Word export", () => {
  it("the seed's layout with the frozen counts in section 1; audited", async () => {
    const file = await exportBriefDocx(w.a.actors.streetStaff, octoberId);
    expect(file).not.toBeNull();
    expect(file!.filename).toBe(`月度工作简报-${w.a.stations[0].name}-2026-10.docx`);
    expect(file!.asciiFilename).toBe("monthly-brief-2026-10.docx");
    expect(file!.buffer.subarray(0, 2).toString("latin1")).toBe("PK");
    const xml = unzipEntry(file!.buffer, "word/document.xml")!;
    for (const text of [
      `${w.a.district.name}${w.a.streets[0].name}社工站`, "第10月度工作简报", "具体内容：",
      "1、梳理本月探访、服务、接待、活动等各项日常工作的开展情况；", "2、梳理本月特色、亮点及重点工作的开展情况；", "3、下月度的工作计划。",
      "新开个案", "探访户数", "来访接待人数", PROSE.dailyWork, "参与老人 56 人", PROSE.nextMonthPlan, w.a.contractors[0].name,
    ]) expect(xml, text).toContain(text);
    const audit = await db.auditLog.findFirst({ where: { action: "brief.export_docx", actorUserId: w.a.users.streetStaff.id, targetId: octoberId } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", targetType: "MonthlyBrief", detail: { month: "2026-10", status: "ACCEPTED" } });
  });

  it("the contractor exports its draft (live counts); nobody else does; out of scope is refused and audited", async () => {
    const november = (await db.monthlyBrief.findFirstOrThrow({ where: { contractId, month: "2026-11" } })).id;
    const own = await exportBriefDocx(contractor(), november);
    expect(own).not.toBeNull();
    expect(unzipEntry(own!.buffer, "word/document.xml")).toContain("尚未提交");
    for (const actor of [w.a.actors.streetStaff, w.a.actors.bureauReviewer]) expect(await exportBriefDocx(actor, november), actor.username).toBeNull();
    for (const actor of [w.a.actors.otherStreetStaff, otherContractor, w.a.actors.evaluator, w.a.actors.socialWorker, w.a.actors.auditor, w.b.actors.bureauReviewer, w.b.actors.contractorAdmin, w.systemAdmin]) {
      expect(await exportBriefDocx(actor, octoberId), actor.username).toBeNull();
    }
    const denied = await db.auditLog.findFirst({ where: { action: "brief.export_docx", actorUserId: w.a.users.otherStreetStaff.id, targetId: octoberId } });
    expect(denied).toMatchObject({ outcome: "DENIED", detail: { reason: "NOT_FOUND" } });
    const deniedDraft = await db.auditLog.findFirst({ where: { action: "brief.export_docx", actorUserId: w.a.users.streetStaff.id, targetId: november } });
    expect(deniedDraft).toMatchObject({ outcome: "DENIED" });
  });
});
