import { beforeAll, describe, expect, it } from "vitest";
import { removeCalendarDayCommand, saveCalendarDayCommand } from "@/features/calendar/commands";
import { dueDateAfter, getCalendarYear, loadCalendar } from "@/features/calendar/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { calendarKey, isWorkingDay } from "@/lib/working-days";
import { seedCalendar2026 } from "../../prisma/seed/calendar-2026";
import { ALL_ACTOR_KEYS, buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const row = (iso: string) => db.calendarDay.findUnique({ where: { date: d(iso) } });
const successes = (id: string) => db.auditLog.count({ where: { action: "calendar.save", targetId: id, outcome: "SUCCESS" } });

describe("seedCalendar2026", () => {
  it("loads the official 2026 holidays and make-up days, and is idempotent", async () => {
    await db.$transaction(async (tx) => seedCalendar2026(tx));
    await db.$transaction(async (tx) => seedCalendar2026(tx));
    expect(await db.calendarDay.count({ where: { kind: "HOLIDAY", date: { gte: d("2026-01-01"), lte: d("2026-12-31") } } })).toBe(33);
    expect(await db.calendarDay.count({ where: { kind: "WORKDAY", date: { gte: d("2026-01-01"), lte: d("2026-12-31") } } })).toBe(6);
    expect(await row("2026-10-10")).toMatchObject({ kind: "WORKDAY", name: "国庆节调休上班" });
    expect(await row("2026-02-17")).toMatchObject({ kind: "HOLIDAY", name: "春节" });
  });

  it("loadCalendar and dueDateAfter use it", async () => {
    const calendar = await loadCalendar(d("2026-09-01"), d("2026-10-31"));
    expect(calendar.get("2026-10-01")).toBe("HOLIDAY");
    expect(calendar.get("2026-09-20")).toBe("WORKDAY");
    expect(calendar.has("2026-01-01")).toBe(false);
    expect(isWorkingDay(d("2026-10-10"), calendar)).toBe(true);
    expect(calendarKey(await dueDateAfter(d("2026-10-01"), 5))).toBe("2026-10-13");
    expect(calendarKey(await dueDateAfter(d("2026-11-20"), 5))).toBe("2026-11-27");
  });

  it("the year page counts 248 working days in 2026 and is only for calendar:manage", async () => {
    const year = await getCalendarYear(w.systemAdmin, 2026);
    expect(year).toMatchObject({ holidays: 33, workdays: 6, workingDays: 248 });
    for (const key of ALL_ACTOR_KEYS) expect(await getCalendarYear(w.a.actors[key], 2026), key).toBeNull();
  });
});

async function expectRefused(actor: Actor, data: Record<string, unknown>, code: string, label: string) {
  const before = await db.calendarDay.findMany({ orderBy: { date: "asc" } });
  const result = await saveCalendarDayCommand.execute(actor, data);
  expect(result, label).toMatchObject({ ok: false, code });
  expect(await db.calendarDay.findMany({ orderBy: { date: "asc" } }), label).toEqual(before);
}

describe("calendar.save: add", () => {
  it("every role but the system administrator is refused (FORBIDDEN), nothing written", async () => {
    for (const key of ALL_ACTOR_KEYS) {
      await expectRefused(w.a.actors[key], { date: "2027-01-01", kind: "HOLIDAY", name: "元旦" }, "FORBIDDEN", key);
      await expectRefused(w.b.actors[key], { date: "2027-01-01", kind: "HOLIDAY", name: "元旦" }, "FORBIDDEN", `b.${key}`);
    }
    expect(await db.auditLog.count({ where: { action: "calendar.save", outcome: "DENIED" } })).toBeGreaterThanOrEqual(ALL_ACTOR_KEYS.length * 2);
  });

  it("the system administrator adds a holiday (weekday or weekend) and a make-up Saturday", async () => {
    const holiday = await saveCalendarDayCommand.execute(w.systemAdmin, { date: "2027-01-01", kind: "HOLIDAY", name: "元旦" });
    expect(holiday).toMatchObject({ ok: true, message: "已添加 2027-01-01（元旦）", redirectTo: "/system/calendar?year=2027" });
    expect(await row("2027-01-01")).toMatchObject({ kind: "HOLIDAY", name: "元旦" });
    // 2027-01-02 is a Saturday: a holiday span may include weekends.
    expect((await saveCalendarDayCommand.execute(w.systemAdmin, { date: "2027-01-02", kind: "HOLIDAY", name: "元旦" })).ok).toBe(true);
    // 2027-02-06 is a Saturday.
    expect((await saveCalendarDayCommand.execute(w.systemAdmin, { date: "2027-02-06", kind: "WORKDAY", name: "春节调休上班" })).ok).toBe(true);
    expect(await row("2027-02-06")).toMatchObject({ kind: "WORKDAY" });
    expect(await successes("2027-01-01")).toBe(1);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "calendar.save", targetId: "2027-02-06" } });
    expect(audit).toMatchObject({ targetType: "CalendarDay", actorUserId: w.systemAdminUser.id, detail: { operation: "add", date: "2027-02-06", kind: "WORKDAY" } });
  });

  it("bad input gives Chinese field errors, nothing written", async () => {
    const cases: [Record<string, unknown>, Record<string, string[]>][] = [
      [{ date: "", kind: "HOLIDAY", name: "x" }, { date: ["请填写日期"] }],
      [{ date: "2027-02-30", kind: "HOLIDAY", name: "x" }, { date: ["日期应为有效日期，格式 YYYY-MM-DD"] }],
      [{ date: "27-1-1", kind: "HOLIDAY", name: "x" }, { date: ["日期应为有效日期，格式 YYYY-MM-DD"] }],
      [{ date: "1999-10-01", kind: "HOLIDAY", name: "x" }, { date: ["日期应在 2000—2099 年之间"] }],
      [{ date: "2027-03-01", kind: "", name: "x" }, { kind: ["请选择类型"] }],
      [{ date: "2027-03-01", kind: "WEEKEND", name: "x" }, { kind: ["请选择类型"] }],
      [{ date: "2027-03-01", kind: "HOLIDAY", name: " " }, { name: ["请填写名称"] }],
      [{ date: "2027-03-01", kind: "HOLIDAY", name: "节".repeat(31) }, { name: ["名称不能超过 30 个字"] }],
      // 2027-03-03 is a Wednesday.
      [{ date: "2027-03-03", kind: "WORKDAY", name: "调休" }, { kind: ["周三本来就是工作日，“调休上班”只能设在周六或周日"] }],
    ];
    for (const [data, fieldErrors] of cases) {
      const before = await db.calendarDay.count();
      const result = await saveCalendarDayCommand.execute(w.systemAdmin, data);
      expect(result, JSON.stringify(data)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors });
      expect(await db.calendarDay.count()).toBe(before);
    }
  });

  it("a date already in the calendar is a field error on the date", async () => {
    const result = await saveCalendarDayCommand.execute(w.systemAdmin, { date: "2027-01-01", kind: "HOLIDAY", name: "重复" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { date: ["2027-01-01 已在日历中：元旦（节假日），请在列表中修改该日期"] } });
    expect(await row("2027-01-01")).toMatchObject({ name: "元旦" });
  });
});

describe("calendar.save: change", () => {
  it("only the system administrator changes a day", async () => {
    for (const key of ALL_ACTOR_KEYS) {
      await expectRefused(w.a.actors[key], { originalDate: "2027-01-02", date: "2027-01-03", kind: "HOLIDAY", name: "改" }, "FORBIDDEN", key);
    }
  });

  it("changes the name, kind and date; keeps the previous values in the audit detail", async () => {
    const result = await saveCalendarDayCommand.execute(w.systemAdmin, { originalDate: "2027-01-02", date: "2027-01-03", kind: "HOLIDAY", name: "元旦假期" });
    expect(result).toMatchObject({ ok: true, message: "已修改 2027-01-03（元旦假期）" });
    expect(await row("2027-01-02")).toBeNull();
    expect(await row("2027-01-03")).toMatchObject({ kind: "HOLIDAY", name: "元旦假期" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "calendar.save", targetId: "2027-01-03" } });
    expect(audit.detail).toMatchObject({ operation: "update", previous: { date: "2027-01-02", name: "元旦" } });
  });

  it("moving onto a date already in the calendar is a field error; a missing original is not found", async () => {
    const moved = await saveCalendarDayCommand.execute(w.systemAdmin, { originalDate: "2027-01-03", date: "2027-01-01", kind: "HOLIDAY", name: "x" });
    expect(moved).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { date: [expect.stringContaining("2027-01-01 已在日历中")] } });
    expect(await row("2027-01-03")).toMatchObject({ name: "元旦假期" });
    const missing = await saveCalendarDayCommand.execute(w.systemAdmin, { originalDate: "2027-05-05", date: "2027-05-05", kind: "HOLIDAY", name: "x" });
    expect(missing).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await row("2027-05-05")).toBeNull();
  });

  it("a weekday cannot become a make-up working day by editing either", async () => {
    const result = await saveCalendarDayCommand.execute(w.systemAdmin, { originalDate: "2027-01-01", date: "2027-01-01", kind: "WORKDAY", name: "x" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { kind: [expect.stringContaining("周五本来就是工作日")] } });
    expect(await row("2027-01-01")).toMatchObject({ kind: "HOLIDAY" });
  });
});

describe("calendar.remove", () => {
  it("every other role is refused (FORBIDDEN), nothing deleted", async () => {
    for (const key of ALL_ACTOR_KEYS) {
      expect(await removeCalendarDayCommand.execute(w.a.actors[key], { date: "2027-02-06" }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await row("2027-02-06")).not.toBeNull();
  });

  it("the system administrator removes a day; removing it again is not found; a bad date is a field error", async () => {
    expect(await removeCalendarDayCommand.execute(w.systemAdmin, { date: "2027-02-06" })).toMatchObject({ ok: true, message: "已删除 2027-02-06（春节调休上班）" });
    expect(await row("2027-02-06")).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "calendar.remove", targetId: "2027-02-06" } });
    expect(audit.detail).toMatchObject({ kind: "WORKDAY", name: "春节调休上班" });
    expect(await removeCalendarDayCommand.execute(w.systemAdmin, { date: "2027-02-06" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await removeCalendarDayCommand.execute(w.systemAdmin, { date: "x" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { date: ["日期应为有效日期，格式 YYYY-MM-DD"] } });
  });
});
