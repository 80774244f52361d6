import "server-only";
import { defineCommand } from "@/server/action";
import { AppError, fieldError } from "@/server/errors";
import { calendarKey } from "@/lib/working-days";
import { calendarDaySchema, removeCalendarDaySchema } from "./schemas";

const SHORT_KIND = { HOLIDAY: "节假日", WORKDAY: "调休上班" } as const;

const duplicate = (date: Date, existing: { kind: keyof typeof SHORT_KIND; name: string }) =>
  fieldError("date", `${calendarKey(date)} 已在日历中：${existing.name}（${SHORT_KIND[existing.kind]}），请在列表中修改该日期`);

const yearPage = (date: Date) => `/system/calendar?year=${date.getUTCFullYear()}`;

/** Add a holiday or make-up working day, or change one (originalDate names the day being changed). */
export const saveCalendarDayCommand = defineCommand({
  name: "calendar.save",
  schema: calendarDaySchema,
  permission: "calendar:manage",
  uniqueFields: { date: { field: "date", message: "该日期已在日历中，请在列表中修改" } },
  run: async ({ input, tx }) => {
    const { originalDate, date, kind, name } = input;
    const key = calendarKey(date);
    if (originalDate) {
      const current = await tx.calendarDay.findUnique({ where: { date: originalDate } });
      if (!current) throw new AppError("NOT_FOUND");
      if (calendarKey(originalDate) !== key) {
        const existing = await tx.calendarDay.findUnique({ where: { date } });
        if (existing) throw duplicate(date, existing);
      }
      await tx.calendarDay.update({ where: { date: originalDate }, data: { date, kind, name } });
      return {
        target: { type: "CalendarDay", id: key },
        detail: { operation: "update", date: key, kind, name, previous: { date: calendarKey(current.date), kind: current.kind, name: current.name } },
        message: `已修改 ${key}（${name}）`,
        redirectTo: yearPage(date),
      };
    }
    const existing = await tx.calendarDay.findUnique({ where: { date } });
    if (existing) throw duplicate(date, existing);
    await tx.calendarDay.create({ data: { date, kind, name } });
    return {
      target: { type: "CalendarDay", id: key },
      detail: { operation: "add", date: key, kind, name },
      message: `已添加 ${key}（${name}）`,
      redirectTo: yearPage(date),
    };
  },
});

/** Remove a day from the calendar: it becomes an ordinary weekday or weekend day again. */
export const removeCalendarDayCommand = defineCommand({
  name: "calendar.remove",
  schema: removeCalendarDaySchema,
  permission: "calendar:manage",
  run: async ({ input, tx }) => {
    const current = await tx.calendarDay.findUnique({ where: { date: input.date } });
    if (!current) throw new AppError("NOT_FOUND");
    await tx.calendarDay.delete({ where: { date: input.date } });
    const key = calendarKey(current.date);
    return {
      target: { type: "CalendarDay", id: key },
      detail: { operation: "remove", date: key, kind: current.kind, name: current.name },
      message: `已删除 ${key}（${current.name}）`,
      redirectTo: yearPage(current.date),
    };
  },
});
