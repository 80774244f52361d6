import { describe, expect, it } from "vitest";
import { addWorkingDays, isWorkingDay, workingDaysBetween, type WorkingDayCalendar } from "@/lib/working-days";
import { calendar2026Rows } from "../../prisma/seed/calendar-2026";

const d = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const official: WorkingDayCalendar = new Map(calendar2026Rows().map((r) => [iso(r.date), r.kind]));
const empty: WorkingDayCalendar = new Map();

describe("isWorkingDay", () => {
  it("Monday to Friday work, Saturday and Sunday rest when the calendar says nothing", () => {
    // 2026-11-16 is a Monday.
    expect(["16", "17", "18", "19", "20", "21", "22"].map((day) => isWorkingDay(d(`2026-11-${day}`), empty))).toEqual([true, true, true, true, true, false, false]);
  });

  it("a HOLIDAY on a weekday is a rest day; on a weekend it stays one", () => {
    expect(isWorkingDay(d("2026-10-01"), official)).toBe(false); // 国庆, Thursday
    expect(isWorkingDay(d("2026-10-05"), official)).toBe(false); // Monday inside 国庆
    expect(isWorkingDay(d("2026-10-03"), official)).toBe(false); // Saturday inside 国庆
    expect(isWorkingDay(d("2026-01-02"), official)).toBe(false); // 元旦, Friday
    expect(isWorkingDay(d("2026-02-23"), official)).toBe(false); // 春节 last day, Monday
  });

  it("a WORKDAY (调休上班) makes a Saturday or Sunday a working day", () => {
    for (const day of ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]) {
      expect(isWorkingDay(d(day), official), day).toBe(true);
      expect(isWorkingDay(d(day), empty), day).toBe(false);
    }
  });

  it("ignores the time of day (uses the UTC date of a calendar date)", () => {
    expect(isWorkingDay(new Date("2026-10-01T15:30:00.000Z"), official)).toBe(false);
    expect(isWorkingDay(new Date("2026-10-10T08:00:00.000Z"), official)).toBe(true);
  });

  it("the official 2026 calendar has 248 working days", () => {
    expect(workingDaysBetween(d("2025-12-31"), d("2026-12-31"), official)).toBe(248);
    expect(workingDaysBetween(d("2025-12-31"), d("2026-12-31"), empty)).toBe(261);
  });
});

describe("addWorkingDays", () => {
  it("5 working days from a Friday is the next Friday", () => {
    expect(iso(addWorkingDays(d("2026-11-20"), 5, official))).toBe("2026-11-27");
  });

  it("a start on a weekend counts from the next working day (Monday is day 1)", () => {
    expect(iso(addWorkingDays(d("2026-11-21"), 5, official))).toBe("2026-11-27");
    expect(iso(addWorkingDays(d("2026-11-22"), 1, official))).toBe("2026-11-23");
  });

  it("from a holiday: 国庆 day 1 + 5 skips the whole week and uses the 10月10日 make-up Saturday", () => {
    // 10-08 Thu (1), 10-09 Fri (2), 10-10 Sat 调休上班 (3), 10-12 Mon (4), 10-13 Tue (5)
    expect(iso(addWorkingDays(d("2026-10-01"), 5, official))).toBe("2026-10-13");
  });

  it("across the 国庆 week from the last working day before it", () => {
    // 9-30 Wed → 10-08 (1), 10-09 (2), 10-10 (3), 10-12 (4), 10-13 (5)
    expect(iso(addWorkingDays(d("2026-09-30"), 5, official))).toBe("2026-10-13");
    // From Friday 9-25 (中秋): 9-28 (1), 9-29 (2), 9-30 (3), 10-08 (4), 10-09 (5)
    expect(iso(addWorkingDays(d("2026-09-25"), 5, official))).toBe("2026-10-09");
    // From Friday 9-18: 9-20 Sun 调休上班 (1), 9-21 … 9-24 (2–5)
    expect(iso(addWorkingDays(d("2026-09-18"), 5, official))).toBe("2026-09-24");
  });

  it("across 春节 (nine days off, two make-up Saturdays)", () => {
    // 2-13 Fri → 2-14 Sat 调休上班 (1), 2-24 (2), 2-25 (3), 2-26 (4), 2-27 (5)
    expect(iso(addWorkingDays(d("2026-02-13"), 5, official))).toBe("2026-02-27");
    expect(iso(addWorkingDays(d("2026-02-13"), 6, official))).toBe("2026-02-28");
  });

  it("n = 0 is the start date itself; a negative or fractional n is refused", () => {
    expect(iso(addWorkingDays(d("2026-10-03"), 0, official))).toBe("2026-10-03");
    expect(() => addWorkingDays(d("2026-10-03"), -1, official)).toThrow(RangeError);
    expect(() => addWorkingDays(d("2026-10-03"), 1.5, official)).toThrow(RangeError);
  });

  it("does not loop forever on a calendar without working days", () => {
    const allHolidays = { get: () => "HOLIDAY" as const } as unknown as WorkingDayCalendar;
    expect(() => addWorkingDays(d("2026-01-01"), 1, allHolidays)).toThrow(RangeError);
  });

  it("does not change the date it was given", () => {
    const start = d("2026-11-20");
    addWorkingDays(start, 5, official);
    expect(iso(start)).toBe("2026-11-20");
  });
});

describe("workingDaysBetween", () => {
  it("counts the working days after a and up to b", () => {
    expect(workingDaysBetween(d("2026-11-20"), d("2026-11-27"), official)).toBe(5);
    expect(workingDaysBetween(d("2026-11-20"), d("2026-11-20"), official)).toBe(0);
    expect(workingDaysBetween(d("2026-11-20"), d("2026-11-22"), official)).toBe(0);
    expect(workingDaysBetween(d("2026-09-30"), d("2026-10-09"), official)).toBe(2);
  });

  it("is negative when b is before a (days overdue)", () => {
    expect(workingDaysBetween(d("2026-11-27"), d("2026-11-20"), official)).toBe(-5);
  });

  it("is the inverse of addWorkingDays", () => {
    for (const start of ["2026-01-01", "2026-02-13", "2026-04-03", "2026-05-08", "2026-09-19", "2026-10-01", "2026-12-31"]) {
      for (const n of [0, 1, 5, 10, 30]) {
        expect(workingDaysBetween(d(start), addWorkingDays(d(start), n, official), official), `${start} + ${n}`).toBe(n);
      }
    }
  });
});
