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
