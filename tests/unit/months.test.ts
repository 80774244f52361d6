// Month maths of src/lib/dates.ts: months kept as "YYYY-MM" text, the Beijing month of an instant, a month's
// instants and calendar days, and the whole months of a period.
import { describe, expect, it } from "vitest";
import {
  addMonths, calendarMonthRange, isMonth, monthLabel, monthOfCalendarDate, monthsBetween, parseShanghaiDateTime, shanghaiMonthOf, shanghaiMonthRange, wholeMonths,
} from "@/lib/dates";

/** An instant typed in Beijing time. */
const bj = (text: string) => {
  const d = parseShanghaiDateTime(text);
  if (!d) throw new Error(text);
  return d;
};
const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("isMonth", () => {
  it("recognises real months YYYY-MM between 2000 and 2100 only", () => {
    expect(isMonth("2026-10")).toBe(true);
    expect(isMonth("2026-01")).toBe(true);
    expect(isMonth("2026-12")).toBe(true);
    expect(isMonth("2000-01")).toBe(true);
    expect(isMonth("2100-12")).toBe(true);
    expect(isMonth("2026-13")).toBe(false);
    expect(isMonth("2026-00")).toBe(false);
    expect(isMonth("2026-1")).toBe(false);
    expect(isMonth("1999-12")).toBe(false);
    expect(isMonth("2101-01")).toBe(false);
    expect(isMonth("2026-10-01")).toBe(false);
    expect(isMonth(" 2026-10")).toBe(false);
    expect(isMonth("")).toBe(false);
  });
});

describe("addMonths and monthsBetween", () => {
  it("adds and subtracts months across year ends", () => {
    expect(addMonths("2026-12", 1)).toBe("2027-01");
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2026-03", 11)).toBe("2027-02");
    expect(addMonths("2026-03", 0)).toBe("2026-03");
    expect(addMonths("2026-03", 24)).toBe("2028-03");
    expect(addMonths("2026-03", -15)).toBe("2024-12");
  });

  it("lists every month from the first to the last, both included", () => {
    expect(monthsBetween("2026-03", "2027-02")).toHaveLength(12);
    expect(monthsBetween("2026-03", "2027-02")[0]).toBe("2026-03");
    expect(monthsBetween("2026-03", "2027-02").at(-1)).toBe("2027-02");
    expect(monthsBetween("2026-11", "2027-01")).toEqual(["2026-11", "2026-12", "2027-01"]);
    expect(monthsBetween("2026-05", "2026-05")).toEqual(["2026-05"]);
    expect(monthsBetween("2026-05", "2026-04")).toEqual([]);
  });
});

describe("monthLabel", () => {
  it("writes a month as 2026年10月 (no leading zero)", () => {
    expect(monthLabel("2026-10")).toBe("2026年10月");
    expect(monthLabel("2026-03")).toBe("2026年3月");
    expect(monthLabel("2027-01")).toBe("2027年1月");
  });
});

describe("the month of a date", () => {
  it("a calendar date column's month is its own", () => {
    expect(monthOfCalendarDate(day("2026-03-01"))).toBe("2026-03");
    expect(monthOfCalendarDate(day("2026-12-31"))).toBe("2026-12");
  });

  it("an instant's month is decided in Beijing time: 1 Nov 00:10 is November though UTC still says 31 Oct", () => {
    expect(shanghaiMonthOf(bj("2026-10-31 23:30"))).toBe("2026-10");
    expect(shanghaiMonthOf(bj("2026-11-01 00:10"))).toBe("2026-11");
    expect(shanghaiMonthOf(new Date("2026-10-31T16:10:00Z"))).toBe("2026-11");
    expect(shanghaiMonthOf(new Date("2026-10-31T15:59:59Z"))).toBe("2026-10");
    expect(bj("2026-11-01 00:10").toISOString().slice(0, 7)).toBe("2026-10");
    expect(shanghaiMonthOf(bj("2026-12-31 23:59:59"))).toBe("2026-12");
    expect(shanghaiMonthOf(bj("2027-01-01 00:00"))).toBe("2027-01");
  });
});

describe("a month's range", () => {
  it("instants: from 00:00 Beijing on the 1st to 00:00 on the next month's 1st; null for no real month", () => {
    expect(shanghaiMonthRange("2026-11")).toEqual({ from: new Date("2026-10-31T16:00:00Z"), to: new Date("2026-11-30T16:00:00Z") });
    expect(shanghaiMonthRange("2026-12")).toEqual({ from: bj("2026-12-01 00:00"), to: bj("2027-01-01 00:00") });
    expect(shanghaiMonthRange(" 2026-11 ")).toEqual(shanghaiMonthRange("2026-11"));
    expect(shanghaiMonthRange("2026-13")).toBeNull();
    expect(shanghaiMonthRange("1999-12")).toBeNull();
    expect(shanghaiMonthRange("2026-1")).toBeNull();
  });

  it("calendar days: [the 1st, the next month's 1st)", () => {
    expect(calendarMonthRange("2026-10")).toEqual({ from: "2026-10-01", to: "2026-11-01" });
    expect(calendarMonthRange("2026-12")).toEqual({ from: "2026-12-01", to: "2027-01-01" });
    expect(calendarMonthRange("2028-02")).toEqual({ from: "2028-02-01", to: "2028-03-01" });
  });
});

describe("wholeMonths", () => {
  it("counts the whole months of an inclusive period", () => {
    expect(wholeMonths("2026-01-01", "2026-12-31")).toBe(12);
    expect(wholeMonths("2026-03-01", "2027-02-28")).toBe(12);
    expect(wholeMonths("2026-01-15", "2026-07-14")).toBe(6);
    expect(wholeMonths("2026-01-15", "2026-07-13")).toBe(5);
    expect(wholeMonths("2026-01-01", "2026-01-31")).toBe(1);
    expect(wholeMonths("2026-01-01", "2026-01-30")).toBe(0);
    expect(wholeMonths("2028-01-01", "2028-02-29")).toBe(2);
    expect(wholeMonths("2026-07-01", "2026-01-01")).toBe(0);
  });
});
