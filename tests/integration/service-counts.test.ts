// The counts the monthly brief (and the mid-term and final reports) draft from the stations' records: each
// kind of record counted in the month it happened (Beijing calendar), at its own station only.
import { beforeAll, describe, expect, it } from "vitest";
import { saveClosureCommand } from "@/features/cases/closure";
import { saveSessionCommand } from "@/features/cases/sessions";
import { approveDocumentCommand, submitDocumentCommand } from "@/features/documents/commands";
import { countServiceRecords, EMPTY_COUNTS, peopleServed, personTimes, type ServiceCounts } from "@/features/service-counts/counts";
import { saveVisitCommand } from "@/features/visits/commands";
import { calendarMonthRange, parseShanghaiDateTime } from "@/lib/dates";
import { encryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { newCase } from "../support/cases";
import { buildWorld, type World } from "../support/world";

let w: World;
const bj = (text: string) => parseShanghaiDateTime(text)!;

async function session(actor: Actor, caseId: string, sessionDate: string) {
  const r = await saveSessionCommand.execute(actor, { caseId, sessionDate, startTime: "14:00", endTime: "15:00", form: "FACE_TO_FACE", place: "家中", aim: "建立关系", process: "倾听" });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

async function visit(actor: Actor, visitedAt: string, households: string[]) {
  const r = await saveVisitCommand.execute(actor, {
    target: "辖区高龄独居老人", serviceDomain: "ELDERLY", visitType: "HOME", visitedAt, place: "各居民小组", content: "了解身体状况与居家安全",
    householdCount: "", ...Object.fromEntries(households.map((name, i) => [`households.${i}.name`, name])),
  });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
}

async function reception(stationId: string, workerId: string, receivedAt: string, visitorCount: number) {
  const station = await db.station.findUniqueOrThrow({ where: { id: stationId } });
  await db.reception.create({
    data: {
      districtId: station.districtId, stationId, workerId, receivedAt: bj(receivedAt), visitorCount, serviceDomain: "ELDERLY",
      matter: "CONSULTATION", outcome: "ANSWERED", summaryEnc: encryptField("咨询高龄津贴申领（含来访者姓名）")!,
    },
  });
}

async function referral(actor: Actor, caseId: string, sentAt: string | null) {
  const c = await db.caseFile.findUniqueOrThrow({ where: { id: caseId } });
  await db.caseReferral.create({
    data: {
      districtId: c.districtId, caseFileId: caseId, fromStationId: c.stationId, fromWorkerId: actor.userId, toOrganization: "市社会福利院",
      reason: "OUT_OF_SCOPE", status: sentAt ? "PENDING" : "DRAFT", sentAt: sentAt ? bj(sentAt) : null, createdById: actor.userId,
    },
  });
}

/** 结案表 with the reason that needs no approved plan; approved by the worker's supervisor unless `approve` is false. */
async function closure(caseId: string, closedOn: string, approve = true) {
  const worker = w.a.actors.socialWorker;
  const saved = await saveClosureCommand.execute(worker, {
    caseId, closedOn, span: "服务时间", changes: "情绪好转", clientState: "稳定", observations: "支持网络建立", goalAttainment: "基本达成",
    reason: "CLIENT_DECLINED", reasonNote: "服务对象随子女搬往外地", clientKnowsReturn: "YES", followUp: "电话回访",
  });
  expect(saved, JSON.stringify(saved)).toMatchObject({ ok: true });
  if (!approve) return;
  let c = await db.caseClosure.findUniqueOrThrow({ where: { caseFileId: caseId } });
  expect(await submitDocumentCommand.execute(worker, { kind: "CLOSURE", documentId: c.id, version: c.version })).toMatchObject({ ok: true });
  c = await db.caseClosure.findUniqueOrThrow({ where: { caseFileId: caseId } });
  expect(await approveDocumentCommand.execute(w.a.actors.supervisor, { kind: "CLOSURE", documentId: c.id, version: c.version })).toMatchObject({ ok: true });
}

const counts = (c: Partial<ServiceCounts>): ServiceCounts => ({ ...EMPTY_COUNTS, ...c });

beforeAll(async () => {
  w = await buildWorld();
  const worker = w.a.actors.socialWorker;
  const colleague = w.a.actors.otherWorker;
  const S = w.a.stations[0].id;

  // ── October at station S ──
  const a = await newCase(worker, { firstContactOn: "2026-10-03", label: "十月个案甲" });
  await session(worker, a, "2026-10-05");
  await session(worker, a, "2026-10-12");
  await session(worker, a, "2026-11-02"); // November
  const b = await newCase(worker, { firstContactOn: "2026-10-31", label: "十月个案乙" });
  await closure(b, "2026-10-31");
  const e = await newCase(colleague, { firstContactOn: "2026-10-01", label: "十月个案丙" });
  // A case of September with a session in October: served in October, not new.
  const c = await newCase(worker, { firstContactOn: "2026-09-20", label: "九月个案" });
  await session(worker, c, "2026-09-25");
  await session(worker, c, "2026-10-08");
  // A closure saved but not approved does not count.
  const draftClosed = await newCase(worker, { firstContactOn: "2026-09-02", label: "九月个案结案草稿" });
  await closure(draftClosed, "2026-10-20", false);
  await referral(worker, a, "2026-10-15 10:00");
  await referral(worker, c, null); // a draft, never sent
  await referral(colleague, e, "2026-11-01 00:10"); // November in Beijing (still 31 October in UTC)

  // Visits: the Beijing day decides the month.
  await visit(worker, "2026-10-31 23:30", ["王桂兰", "李秀珍", "张大爷"]);
  await visit(colleague, "2026-10-01 00:00", ["赵奶奶", "钱爷爷"]);
  await visit(worker, "2026-11-01 00:10", ["孙阿姨", "周大爷"]);
  await visit(worker, "2026-09-30 23:59", ["吴奶奶"]);

  await reception(S, worker.userId, "2026-10-10 10:00", 2);
  await reception(S, colleague.userId, "2026-10-31 23:59", 1);
  await reception(S, worker.userId, "2026-09-30 23:59", 4);
  await reception(S, worker.userId, "2026-11-01 00:00", 3);

  // ── November: a new case ──
  await newCase(worker, { firstContactOn: "2026-11-01", label: "十一月个案" });

  // ── October at the district's other station (stations[1]) ──
  const remote = w.a.actors.remoteWorker;
  const r = await newCase(remote, { firstContactOn: "2026-10-05", label: "他站个案" });
  await session(remote, r, "2026-10-06");
  await visit(remote, "2026-10-20 09:00", ["他站住户"]);
  await reception(w.a.stations[1].id, remote.userId, "2026-10-21 09:00", 5);
});

const OCTOBER_S = counts({
  newCases: 3, // 甲 (10-03), 乙 (10-31), 丙 (10-01)
  caseSessions: 3, // 甲 ×2, 九月个案 ×1
  caseClients: 4, // 甲, 乙, 丙 (opened) + 九月个案 (a session)
  closures: 1, // 乙 (approved); the draft closure does not count
  referrals: 1, // sent 10-15; the draft and the one sent 11-01 00:10 do not
  visits: 2, // 10-31 23:30 and 10-01 00:00
  householdsVisited: 5,
  receptions: 2,
  receptionVisitors: 3,
});

describe("countServiceRecords", () => {
  it("counts exactly the records of October at the station, by the Beijing calendar day", async () => {
    expect(await countServiceRecords(db, [w.a.stations[0].id], calendarMonthRange("2026-10"))).toEqual(OCTOBER_S);
  });

  it("September and November count their own records only", async () => {
    const S = [w.a.stations[0].id];
    expect(await countServiceRecords(db, S, calendarMonthRange("2026-09"))).toEqual(counts({
      newCases: 2, caseSessions: 1, caseClients: 2, visits: 1, householdsVisited: 1, receptions: 1, receptionVisitors: 4,
    }));
    expect(await countServiceRecords(db, S, calendarMonthRange("2026-11"))).toEqual(counts({
      newCases: 1, caseSessions: 1, caseClients: 2, referrals: 1, visits: 1, householdsVisited: 2, receptions: 1, receptionVisitors: 3,
    }));
  });

  it("a visit at 2026-10-31 23:30 Beijing is October's, one at 2026-11-01 00:10 Beijing is November's", async () => {
    const S = [w.a.stations[0].id];
    const lastDay = await countServiceRecords(db, S, { from: "2026-10-31", to: "2026-11-01" });
    expect(lastDay).toMatchObject({ visits: 1, householdsVisited: 3, receptions: 1, receptionVisitors: 1, newCases: 1, closures: 1 });
    const firstDay = await countServiceRecords(db, S, { from: "2026-11-01", to: "2026-11-02" });
    expect(firstDay).toMatchObject({ visits: 1, householdsVisited: 2, receptions: 1, receptionVisitors: 3, referrals: 1, newCases: 1 });
  });

  it("another station's records are not counted; both stations together add up", async () => {
    const other = counts({ newCases: 1, caseSessions: 1, caseClients: 1, visits: 1, householdsVisited: 1, receptions: 1, receptionVisitors: 5 });
    expect(await countServiceRecords(db, [w.a.stations[1].id], calendarMonthRange("2026-10"))).toEqual(other);
    const both = await countServiceRecords(db, [w.a.stations[0].id, w.a.stations[1].id], calendarMonthRange("2026-10"));
    expect(both).toEqual(Object.fromEntries(Object.keys(EMPTY_COUNTS).map((k) => [k, OCTOBER_S[k as keyof ServiceCounts] + other[k as keyof ServiceCounts]])));
    expect(await countServiceRecords(db, [w.b.stations[0].id], calendarMonthRange("2026-10"))).toEqual(EMPTY_COUNTS);
    expect(await countServiceRecords(db, [], calendarMonthRange("2026-10"))).toEqual(EMPTY_COUNTS);
  });

  it("a whole period counts every month in it; totals derive from the counts", async () => {
    const S = [w.a.stations[0].id];
    const all = await countServiceRecords(db, S, { from: "2026-09-01", to: "2026-12-01" });
    expect(all).toMatchObject({ newCases: 6, caseSessions: 5, visits: 4, householdsVisited: 8, receptions: 4, receptionVisitors: 10, referrals: 2, closures: 1 });
    expect(peopleServed(OCTOBER_S)).toBe(4 + 5 + 3);
    expect(personTimes(OCTOBER_S)).toBe(3 + 5 + 3);
  });
});
