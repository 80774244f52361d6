import { describe, expect, it } from "vitest";
import { briefDueOn, briefStanding, countStandings, dueDayEnd, monthBegun, monthEnded, type BriefRowState } from "@/features/briefs/standing";
import { parseShanghaiDateTime } from "@/lib/dates";

/** An instant typed in Beijing time. */
const bj = (text: string) => {
  const d = parseShanghaiDateTime(text);
  if (!d) throw new Error(text);
  return d;
};
const day = (text: string) => new Date(`${text}T00:00:00Z`);

const DUE = day("2026-11-05"); // October's brief with the default due day 5
const submitted = (at: string, status: BriefRowState["status"] = "SUBMITTED"): BriefRowState => ({ status, firstSubmittedAt: bj(at) });

// The month maths itself (addMonths, monthsBetween, shanghaiMonthOf …) is tested in months.test.ts.
describe("months", () => {
  it("a month begins and ends at midnight Beijing time", () => {
    expect(monthBegun("2026-11", bj("2026-10-31 23:59:59"))).toBe(false);
    expect(monthBegun("2026-11", bj("2026-11-01 00:00"))).toBe(true);
    expect(monthEnded("2026-10", bj("2026-10-31 23:59:59"))).toBe(false);
    expect(monthEnded("2026-10", bj("2026-11-01 00:00"))).toBe(true);
  });
});

describe("due dates", () => {
  it("day N of the following month (default 5), across the year end, clamped to the month's last day", () => {
    expect(briefDueOn("2026-10", 5)).toEqual(day("2026-11-05"));
    expect(briefDueOn("2026-12", 5)).toEqual(day("2027-01-05"));
    expect(briefDueOn("2026-01", 31)).toEqual(day("2026-02-28"));
    expect(briefDueOn("2027-01", 31)).toEqual(day("2027-02-28"));
    expect(briefDueOn("2028-01", 30)).toEqual(day("2028-02-29"));
    expect(briefDueOn("2026-03", 10)).toEqual(day("2026-04-10"));
  });

  it("the due day ends at 24:00 Beijing time (16:00 UTC)", () => {
    expect(dueDayEnd(DUE)).toEqual(bj("2026-11-06 00:00"));
    expect(dueDayEnd(DUE).toISOString()).toBe("2026-11-05T16:00:00.000Z");
  });
});

describe("standing", () => {
  it("nothing drafted: not due until the due day ends, missing from 00:00 the next day", () => {
    expect(briefStanding(null, bj("2026-10-15 10:00"), DUE)).toBe("NOT_DUE");
    expect(briefStanding(null, bj("2026-11-03 10:00"), DUE)).toBe("NOT_DUE");
    expect(briefStanding(null, bj("2026-11-05 23:59:59"), DUE)).toBe("NOT_DUE");
    expect(briefStanding(null, bj("2026-11-06 00:00"), DUE)).toBe("MISSING");
    expect(briefStanding(null, bj("2027-03-01 00:00"), DUE)).toBe("MISSING");
  });

  it("a draft never submitted: DRAFT until the due day ends, then MISSING", () => {
    const draft: BriefRowState = { status: "DRAFT", firstSubmittedAt: null };
    expect(briefStanding(draft, bj("2026-10-20 10:00"), DUE)).toBe("DRAFT");
    expect(briefStanding(draft, bj("2026-11-05 23:59:59"), DUE)).toBe("DRAFT");
    expect(briefStanding(draft, bj("2026-11-06 00:00"), DUE)).toBe("MISSING");
  });

  it("first submitted at 23:59 Beijing on the due day is on time; at 00:00 the next day it is late", () => {
    const later = bj("2026-11-20 09:00");
    expect(briefStanding(submitted("2026-11-05 23:59"), later, DUE)).toBe("SUBMITTED");
    expect(briefStanding(submitted("2026-11-05 23:59:59"), later, DUE)).toBe("SUBMITTED");
    expect(briefStanding(submitted("2026-11-06 00:00"), later, DUE)).toBe("LATE");
    expect(briefStanding(submitted("2026-11-02 09:00"), later, DUE)).toBe("SUBMITTED");
  });

  it("accepted on time is ACCEPTED; a late one stays LATE once accepted (the lateness is what is tracked)", () => {
    const later = bj("2026-11-20 09:00");
    expect(briefStanding(submitted("2026-11-04 09:00", "ACCEPTED"), later, DUE)).toBe("ACCEPTED");
    expect(briefStanding(submitted("2026-11-08 09:00", "ACCEPTED"), later, DUE)).toBe("LATE");
  });

  it("a returned brief is RETURNED, on time or late, until it is resubmitted", () => {
    const later = bj("2026-11-20 09:00");
    expect(briefStanding(submitted("2026-11-03 09:00", "RETURNED"), later, DUE)).toBe("RETURNED");
    expect(briefStanding(submitted("2026-11-09 09:00", "RETURNED"), later, DUE)).toBe("RETURNED");
    // Resubmitted after the due day: the first submission was on time, so it is not late.
    expect(briefStanding(submitted("2026-11-03 09:00", "SUBMITTED"), later, DUE)).toBe("SUBMITTED");
  });

  it("a submission before the due day is SUBMITTED whatever the clock says later", () => {
    expect(briefStanding(submitted("2026-11-01 08:00"), bj("2026-11-01 09:00"), DUE)).toBe("SUBMITTED");
    expect(briefStanding(submitted("2026-11-01 08:00"), bj("2027-06-01 09:00"), DUE)).toBe("SUBMITTED");
  });

  it("the legend counts every standing", () => {
    expect(countStandings(["LATE", "MISSING", "LATE"])).toEqual({ ACCEPTED: 0, SUBMITTED: 0, LATE: 2, RETURNED: 0, DRAFT: 0, MISSING: 1, NOT_DUE: 0 });
  });
});
