// Time is stored in UTC and shown in Asia/Shanghai. Calendar dates (@db.Date) are UTC midnight.
export const TIME_ZONE = "Asia/Shanghai";

const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false,
});
const dateFormat = new Intl.DateTimeFormat("zh-CN", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

function parts(format: Intl.DateTimeFormat, date: Date) {
  return Object.fromEntries(format.formatToParts(date).map((p) => [p.type, p.value]));
}

/** 2026-11-22 10:15:03 (Beijing time). */
export function formatDateTime(date: Date | null | undefined): string {
  if (!date) return "";
  const p = parts(dateTimeFormat, date);
  return `${p.year}-${p.month}-${p.day} ${p.hour === "24" ? "00" : p.hour}:${p.minute}:${p.second}`;
}

/** 2026-11-22 for an instant (Beijing calendar day). */
export function formatDate(date: Date | null | undefined): string {
  if (!date) return "";
  const p = parts(dateFormat, date);
  return `${p.year}-${p.month}-${p.day}`;
}

/** A calendar date column (stored as UTC midnight) as YYYY-MM-DD. */
export function formatCalendarDate(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** YYYY-MM-DD typed by a user → the calendar date to store (UTC midnight), or null if not a real date. */
export function parseCalendarDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

/** 14:05 Beijing time. */
export function formatTime(date: Date): string {
  const p = parts(dateTimeFormat, date);
  return `${p.hour === "24" ? "00" : p.hour}:${p.minute}`;
}

/** A calendar date kept in JSON (an old revision's row: an ISO string), as YYYY-MM-DD; null when absent. */
export function formatStoredCalendarDate(value: unknown): string | null {
  if (!value) return null;
  const date = new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : formatCalendarDate(date);
}

// Asia/Shanghai is UTC+8 all year (no daylight saving since 1991): Beijing wall time → instant.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** The instant a Beijing calendar day (YYYY-MM-DD) begins, or null when the text is not a real date. */
export function startOfShanghaiDay(value: string): Date | null {
  const day = parseCalendarDate(value);
  return day ? new Date(day.getTime() - SHANGHAI_OFFSET_MS) : null;
}

/**
 * "2026-11-20T14:30" (datetime-local) or "2026-11-20 14:30[:ss]" typed in Beijing time → the instant to store
 * (UTC), or null when it is not a real date and time.
 */
export function parseShanghaiDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) return null;
  return new Date(local.getTime() - SHANGHAI_OFFSET_MS);
}

// ───────────── Months ("YYYY-MM") ─────────────
// A month is kept as its "YYYY-MM" text (the monthly brief's `month` column, the list filters' `month`), so months
// compare and sort as strings. Which month an instant falls in is decided in Beijing time; a calendar date
// column's month is its own.

const MONTH = /^(\d{4})-(\d{2})$/;

/** "2026-10" → [2026, 10] when it is a real month (2000–2100), else null. */
function monthParts(month: string): [year: number, month: number] | null {
  const m = MONTH.exec(month);
  if (!m) return null;
  const year = Number(m[1]);
  const mon = Number(m[2]);
  return mon >= 1 && mon <= 12 && year >= 2000 && year <= 2100 ? [year, mon] : null;
}

/** "2026-10" is a real month (YYYY-MM, 2000–2100); "2026-13", "2026-1", "1999-12" are not. */
export function isMonth(value: string): boolean {
  return monthParts(value) !== null;
}

/** The month `n` months after (before, when negative) a month: "2026-12", 1 → "2027-01". */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included ("2026-11", "2027-01" → three months); none when `last` comes first. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last && out.length < 1200; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** "2026-10" → 2026年10月 (how a month is written in the UI and on paper). */
export function monthLabel(month: string): string {
  const [y, m] = month.split("-").map(Number);
  return `${y}年${m}月`;
}

/** The month of a calendar date column (UTC midnight): 2026-03-01 → "2026-03". */
export function monthOfCalendarDate(date: Date): string {
  return formatCalendarDate(date).slice(0, 7);
}

/** The Beijing month an instant falls in: 2026-10-31T16:10Z (1 November 00:10 in Beijing) → "2026-11". */
export function shanghaiMonthOf(instant: Date): string {
  return formatDate(instant).slice(0, 7);
}

/** "2026-11" → the instants [first day 00:00, next month's first day 00:00) in Beijing time; null if invalid. */
export function shanghaiMonthRange(month: string): { from: Date; to: Date } | null {
  const parts = monthParts(month.trim());
  if (!parts) return null;
  const [year, mon] = parts;
  return { from: new Date(Date.UTC(year, mon - 1, 1) - SHANGHAI_OFFSET_MS), to: new Date(Date.UTC(year, mon, 1) - SHANGHAI_OFFSET_MS) };
}

/** Calendar days [from, to) as YYYY-MM-DD (an instant is in the range when its Beijing calendar day is). */
export type CalendarDayRange = { from: string; to: string };

/** A month's calendar days: "2026-10" → { from: "2026-10-01", to: "2026-11-01" }. `month` must be a real month (isMonth). */
export function calendarMonthRange(month: string): CalendarDayRange {
  return { from: `${month}-01`, to: `${addMonths(month, 1)}-01` };
}

/**
 * Whole months of an inclusive period of calendar dates (YYYY-MM-DD), for a 项目周期:
 * 2026-01-01 … 2026-12-31 → 12, 2026-01-15 … 2026-07-14 → 6, 2026-01-15 … 2026-07-13 → 5; never negative.
 */
export function wholeMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number);
  const [ty, tm, td] = to.split("-").map(Number);
  const end = new Date(Date.UTC(ty, tm - 1, td + 1)); // exclusive end
  const months = (end.getUTCFullYear() - fy) * 12 + (end.getUTCMonth() + 1 - fm) + (end.getUTCDate() >= fd ? 0 : -1);
  return Math.max(0, months);
}
