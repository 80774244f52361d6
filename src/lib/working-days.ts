// Working days (工作日) under China's official calendar: Monday–Friday are working days unless the
// calendar marks them HOLIDAY (法定节假日); Saturday and Sunday are rest days unless the calendar marks
// them WORKDAY (调休上班). Pure: the calendar is passed in (see loadCalendar in
// src/features/calendar/queries.ts), so these functions run the same on server, client and in tests.
//
// Dates are calendar dates as stored (UTC midnight, see src/lib/dates.ts); any time of day is ignored
// (the UTC date part is used). For an instant, take its Beijing day first: parseCalendarDate(formatDate(t)).
//
// Counting convention (as for statutory periods: the day the period starts is not counted):
//   addWorkingDays(start, n) is the n-th working day strictly after `start`. Day 1 is the first working
//   day after the start date, whether the start date itself is a working day or not — so a start on a
//   weekend or holiday counts from the next working day. "Due within 5 working days of first contact":
//   contact on Friday 2026-11-20 → due Friday 2026-11-27; contact on Saturday 2026-11-21 → also due
//   Friday 2026-11-27; contact on 2026-10-01 (国庆) → due 2026-10-13. n = 0 returns `start` itself.
//   workingDaysBetween(a, b) counts the working days in (a, b] — the inverse of addWorkingDays:
//   workingDaysBetween(start, addWorkingDays(start, n)) === n. It is negative when b is before a.

export type CalendarDayKind = "HOLIDAY" | "WORKDAY";
/** YYYY-MM-DD → kind, for the dates the official calendar changes. */
export type WorkingDayCalendar = ReadonlyMap<string, CalendarDayKind>;

const DAY_MS = 86_400_000;
/** A guard against a calendar that (wrongly) never yields a working day. */
const MAX_SCAN_DAYS = 366 * 20;

/** YYYY-MM-DD of a calendar date (its UTC date part). */
export function calendarKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function utcMidnight(date: Date): Date {
  if (Number.isNaN(date.getTime())) throw new RangeError("无效日期");
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function nextDay(date: Date): Date {
  return new Date(date.getTime() + DAY_MS);
}

export function isWeekend(date: Date): boolean {
  const day = date.getUTCDay();
  return day === 0 || day === 6;
}

export function isWorkingDay(date: Date, calendar: WorkingDayCalendar): boolean {
  const kind = calendar.get(calendarKey(utcMidnight(date)));
  if (kind === "HOLIDAY") return false;
  if (kind === "WORKDAY") return true;
  return !isWeekend(date);
}

/** The n-th working day strictly after `start` (n ≥ 0; n = 0 → start). See the convention above. */
export function addWorkingDays(start: Date, n: number, calendar: WorkingDayCalendar): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError("工作日天数应为非负整数");
  let day = utcMidnight(start);
  let counted = 0;
  for (let scanned = 0; counted < n; scanned++) {
    if (scanned > MAX_SCAN_DAYS) throw new RangeError("工作日历中找不到足够的工作日");
    day = nextDay(day);
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day;
}

/** Working days in (a, b]; negative when b is before a, 0 when they are the same day. */
export function workingDaysBetween(a: Date, b: Date, calendar: WorkingDayCalendar): number {
  const from = utcMidnight(a);
  const to = utcMidnight(b);
  if (to < from) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = nextDay(from); day <= to; day = nextDay(day)) {
    if (isWorkingDay(day, calendar)) count++;
  }
  return count;
}
