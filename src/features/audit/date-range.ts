// The audit log's date filter: calendar days typed as YYYY-MM-DD mean Beijing days (Asia/Shanghai,
// UTC+8 all year, no daylight saving since 1991). Pure.
import { startOfShanghaiDay } from "@/lib/dates";

const DAY_MS = 24 * 60 * 60 * 1000;

export type InstantRange = { gte?: Date; lt?: Date; errors: string[] };

/** [from 00:00, to 24:00) Beijing time; either end may be empty. Bad input is reported, not guessed. */
export function shanghaiDayRange({ from, to }: { from?: string; to?: string }): InstantRange {
  const range: InstantRange = { errors: [] };
  if (from) {
    const start = startOfShanghaiDay(from);
    if (start) range.gte = start;
    else range.errors.push(`起始日期“${from}”无效，应为 YYYY-MM-DD`);
  }
  if (to) {
    const start = startOfShanghaiDay(to);
    if (start) range.lt = new Date(start.getTime() + DAY_MS);
    else range.errors.push(`截止日期“${to}”无效，应为 YYYY-MM-DD`);
  }
  if (range.gte && range.lt && range.gte >= range.lt) {
    range.errors.push("起始日期不能晚于截止日期");
  }
  return range;
}
