import { describe, expect, it } from "vitest";
import { shanghaiDayRange } from "@/features/audit/date-range";
import { startOfShanghaiDay } from "@/lib/dates";

describe("audit date filter (Beijing days)", () => {
  it("a day begins at 00:00 Beijing time, 16:00 UTC the day before", () => {
    expect(startOfShanghaiDay("2026-11-22")?.toISOString()).toBe("2026-11-21T16:00:00.000Z");
    expect(startOfShanghaiDay("2026-01-01")?.toISOString()).toBe("2025-12-31T16:00:00.000Z");
  });

  it("the range ends at 24:00 Beijing time of the last day", () => {
    const range = shanghaiDayRange({ from: "2026-11-01", to: "2026-11-22" });
    expect(range.gte?.toISOString()).toBe("2026-10-31T16:00:00.000Z");
    expect(range.lt?.toISOString()).toBe("2026-11-22T16:00:00.000Z");
    expect(range.errors).toEqual([]);
  });

  it("either end may be empty", () => {
    expect(shanghaiDayRange({ from: "2026-11-22" }).lt).toBeUndefined();
    expect(shanghaiDayRange({ to: "2026-11-22" }).gte).toBeUndefined();
    expect(shanghaiDayRange({})).toEqual({ errors: [] });
  });

  it("reports impossible dates and reversed ranges instead of guessing", () => {
    expect(startOfShanghaiDay("2026-02-30")).toBeNull();
    const bad = shanghaiDayRange({ from: "2026-13-01", to: "22/11/2026" });
    expect(bad.gte).toBeUndefined();
    expect(bad.lt).toBeUndefined();
    expect(bad.errors).toHaveLength(2);
    expect(shanghaiDayRange({ from: "2026-11-23", to: "2026-11-22" }).errors).toEqual(["起始日期不能晚于截止日期"]);
  });
});
