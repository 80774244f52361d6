import { z } from "zod";
import { calendarDate, choice, optionalCalendarDate, requiredText } from "@/lib/fields";
import { CALENDAR_DAY_KIND_LABELS } from "@/lib/labels";
import { isWeekend } from "@/lib/working-days";

/** Years the calendar accepts; anything else is almost certainly a typing mistake. */
export const CALENDAR_YEAR_MIN = 2000;
export const CALENDAR_YEAR_MAX = 2099;

export const WEEKDAY_LABELS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"] as const;

const inRange = (d: Date) => d.getUTCFullYear() >= CALENDAR_YEAR_MIN && d.getUTCFullYear() <= CALENDAR_YEAR_MAX;
const rangeMessage = `日期应在 ${CALENDAR_YEAR_MIN}—${CALENDAR_YEAR_MAX} 年之间`;

/**
 * Add (no originalDate) or change (originalDate = the date being edited) one calendar day. A HOLIDAY may
 * fall on any day (a weekend inside a holiday span is stored too); a WORKDAY (调休上班) only makes sense
 * on a Saturday or Sunday.
 */
export const calendarDaySchema = z
  .object({
    originalDate: optionalCalendarDate("原日期"),
    date: calendarDate("日期").refine(inRange, rangeMessage),
    kind: choice(CALENDAR_DAY_KIND_LABELS, "类型"),
    name: requiredText("名称", 30),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "WORKDAY" && v.date instanceof Date && !isWeekend(v.date)) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: `${WEEKDAY_LABELS[v.date.getUTCDay()]}本来就是工作日，“调休上班”只能设在周六或周日` });
    }
  });
export type CalendarDayInput = z.input<typeof calendarDaySchema>;

export const removeCalendarDaySchema = z.object({ date: calendarDate("日期") });
