// Pure helpers of the 探访记录表 (no server imports): the date-and-time field in Beijing time and the
// month filter. Shared by the schema, the queries, the pages and the tests.
import { formatDate, formatTime } from "@/lib/dates";

const BEIJING_OFFSET_MS = 8 * 3_600_000;

/**
 * "2026-11-20T14:30" (datetime-local) or "2026-11-20 14:30" typed in Beijing time → the instant to store
 * (UTC), or null when it is not a real date and time.
 */
export function parseBeijingDateTime(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0));
  if (hour > 23 || minute > 59 || second > 59) return null;
  const local = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  if (local.getUTCMonth() !== month - 1 || local.getUTCDate() !== day) return null;
  return new Date(local.getTime() - BEIJING_OFFSET_MS);
}

/** The value of a datetime-local input for an instant, in Beijing time: 2026-11-20T14:30. */
export function toDateTimeInput(date: Date | null | undefined): string {
  return date ? `${formatDate(date)}T${formatTime(date)}` : "";
}

/** 2026-11-20 14:30 (Beijing time, without seconds). */
export function formatVisitTime(date: Date | null | undefined): string {
  return date ? `${formatDate(date)} ${formatTime(date)}` : "";
}

/** "2026-11" → the instants [first day 00:00, next month's first day 00:00) in Beijing time; null if invalid. */
export function beijingMonthRange(month: string): { from: Date; to: Date } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(month.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const mon = Number(m[2]);
  if (mon < 1 || mon > 12 || year < 2000 || year > 2100) return null;
  return {
    from: new Date(Date.UTC(year, mon - 1, 1) - BEIJING_OFFSET_MS),
    to: new Date(Date.UTC(year, mon, 1) - BEIJING_OFFSET_MS),
  };
}

/** The Beijing month of an instant: 2026-11. */
export function beijingMonth(date: Date): string {
  return formatDate(date).slice(0, 7);
}
