import "server-only";
import { cache } from "react";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { parseCalendarDate } from "@/lib/dates";
import { addWorkingDays, calendarKey, workingDaysBetween, type WorkingDayCalendar } from "@/lib/working-days";
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN } from "./schemas";

// The calendar is deployment-wide reference data (official holidays), holds nothing personal and is
// read by every due-date computation; only changing it needs calendar:manage.

const loadCalendarByKeys = cache(async (from: string, to: string): Promise<WorkingDayCalendar> => {
  const rows = await db.calendarDay.findMany({
    where: { date: { gte: parseCalendarDate(from)!, lte: parseCalendarDate(to)! } },
    select: { date: true, kind: true },
  });
  return new Map(rows.map((r) => [calendarKey(r.date), r.kind]));
});

/** The calendar's entries from `from` to `to` (inclusive), as isWorkingDay & co. take them. Cached per request. */
export function loadCalendar(from: Date, to: Date): Promise<WorkingDayCalendar> {
  return loadCalendarByKeys(calendarKey(from), calendarKey(to));
}

const DAY_MS = 86_400_000;

/**
 * The due date n working days after `start` (convention in src/lib/working-days.ts), with the calendar
 * loaded for a span wide enough for any n (twice n calendar days plus a month covers 春节 and 国庆).
 */
export async function dueDateAfter(start: Date, n: number): Promise<Date> {
  const calendar = await loadCalendar(start, new Date(start.getTime() + (n * 2 + 31) * DAY_MS));
  return addWorkingDays(start, n, calendar);
}

/** Beijing's current year, or ?year= when it is a year the calendar accepts. */
export function calendarYear(requested: string | string[] | undefined, now = new Date()): number {
  const value = Number(Array.isArray(requested) ? requested[0] : requested);
  if (Number.isInteger(value) && value >= CALENDAR_YEAR_MIN && value <= CALENDAR_YEAR_MAX) return value;
  return Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Shanghai", year: "numeric" }).format(now));
}

/** The calendar management page: one year's entries and counts; null for anyone without calendar:manage. */
export async function getCalendarYear(actor: Actor, year: number) {
  if (!can(actor, "calendar:manage")) return null;
  const first = new Date(Date.UTC(year, 0, 1));
  const last = new Date(Date.UTC(year, 11, 31));
  const [rows, span] = await Promise.all([
    db.calendarDay.findMany({ where: { date: { gte: first, lte: last } }, orderBy: { date: "asc" } }),
    db.calendarDay.aggregate({ _min: { date: true }, _max: { date: true } }),
  ]);
  const calendar: WorkingDayCalendar = new Map(rows.map((r) => [calendarKey(r.date), r.kind]));
  return {
    rows,
    holidays: rows.filter((r) => r.kind === "HOLIDAY").length,
    workdays: rows.filter((r) => r.kind === "WORKDAY").length,
    workingDays: workingDaysBetween(new Date(Date.UTC(year - 1, 11, 31)), last, calendar),
    /** First and last year holding any entry (null when the calendar is empty), for the year selector. */
    entryYears: span._min.date && span._max.date ? { first: span._min.date.getUTCFullYear(), last: span._max.date.getUTCFullYear() } : null,
  };
}
