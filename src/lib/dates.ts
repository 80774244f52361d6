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

/** "2026-11" → the instants [first day 00:00, next month's first day 00:00) in Beijing time; null if invalid. */
export function shanghaiMonthRange(month: string): { from: Date; to: Date } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const mon = Number(m[2]);
  if (mon < 1 || mon > 12 || year < 2000 || year > 2100) return null;
  return { from: new Date(Date.UTC(year, mon - 1, 1) - SHANGHAI_OFFSET_MS), to: new Date(Date.UTC(year, mon, 1) - SHANGHAI_OFFSET_MS) };
}
