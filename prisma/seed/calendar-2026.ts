// China's official 2026 holidays and make-up working days (调休上班), from 国务院办公厅关于2026年部分节假日
// 安排的通知. Every day of each holiday span is stored as HOLIDAY (weekend days included, so the calendar
// page shows the whole span); the weekend days worked instead are WORKDAY.
import type { PrismaClient } from "../../src/generated/prisma/client";
import type { CalendarDayKind } from "../../src/generated/prisma/enums";

type Db = Pick<PrismaClient, "calendarDay">;

/** [first day, last day, name] — inclusive spans of rest days. */
const HOLIDAYS_2026: [string, string, string][] = [
  ["2026-01-01", "2026-01-03", "元旦"],
  ["2026-02-15", "2026-02-23", "春节"],
  ["2026-04-04", "2026-04-06", "清明节"],
  ["2026-05-01", "2026-05-05", "劳动节"],
  ["2026-06-19", "2026-06-21", "端午节"],
  ["2026-09-25", "2026-09-27", "中秋节"],
  ["2026-10-01", "2026-10-07", "国庆节"],
];

/** Weekend days that are working days, with the holiday they make up for. */
const WORKDAYS_2026: [string, string][] = [
  ["2026-01-04", "元旦调休上班"],
  ["2026-02-14", "春节调休上班"],
  ["2026-02-28", "春节调休上班"],
  ["2026-05-09", "劳动节调休上班"],
  ["2026-09-20", "国庆节调休上班"],
  ["2026-10-10", "国庆节调休上班"],
];

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

export function calendar2026Rows(): { date: Date; kind: CalendarDayKind; name: string }[] {
  const rows: { date: Date; kind: CalendarDayKind; name: string }[] = [];
  for (const [first, last, name] of HOLIDAYS_2026) {
    for (let d = day(first); d <= day(last); d = new Date(d.getTime() + 86_400_000)) rows.push({ date: d, kind: "HOLIDAY", name });
  }
  for (const [iso, name] of WORKDAYS_2026) rows.push({ date: day(iso), kind: "WORKDAY", name });
  return rows;
}

/** Loads the 2026 calendar; days already present (e.g. edited by the administrator) are left alone. */
export async function seedCalendar2026(tx: Db): Promise<void> {
  await tx.calendarDay.createMany({ data: calendar2026Rows(), skipDuplicates: true });
}
