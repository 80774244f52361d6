import { describe, expect, it } from "vitest";
import {
  addYears, defaultSchedule, firstTrancheRange, gateDate, paymentAmountRefusal, paymentGateRefusal, periodEnd, periodProblem, periodWarning,
  rederiveSchedule, scheduleProblems, standingText, statusRefusal, trancheName, trancheStanding,
} from "@/features/contracts/rules";
import { parseYuan, sumFen } from "@/lib/money";

const d = (s: string) => new Date(`${s}T00:00:00Z`);
const y = (s: string) => parseYuan(s)!;
const TOTAL = y("100000.00");

describe("default tranche schedule", () => {
  it("is 65% / 20% / the rest and adds up exactly", () => {
    expect(defaultSchedule(y("300000.00")).map((t) => [t.seq, t.gate, t.amount])).toEqual([
      [1, "EFFECTIVE", y("195000.00")],
      [2, "MIDTERM_PASSED", y("60000.00")],
      [3, "FINAL_PASSED", y("45000.00")],
    ]);
  });

  it("rounds to the 分 and puts the remainder on the third tranche", () => {
    const total = y("123456.79");
    const s = defaultSchedule(total);
    expect(s[0].amount).toBe(y("80246.91")); // 65% = 80246.9135
    expect(s[1].amount).toBe(y("24691.36")); // 20% = 24691.358
    expect(sumFen(s.map((t) => t.amount))).toBe(total);
    expect(scheduleProblems([s[0].amount, s[1].amount, s[2].amount], total)).toEqual([]);
  });
});

describe("schedule rules", () => {
  const ok = (first: string) => scheduleProblems([y(first), y("20000.00"), TOTAL - y(first) - y("20000.00")], TOTAL);

  it("accepts a first tranche of exactly 60% and exactly 70%", () => {
    expect(ok("60000.00")).toEqual([]);
    expect(ok("70000.00")).toEqual([]);
    expect(ok("65000.00")).toEqual([]);
  });

  it("refuses 59.99% and 70.01% on the first tranche, with the allowed range", () => {
    const low = ok("59990.00");
    expect(low).toHaveLength(1);
    expect(low[0].index).toBe(0);
    expect(low[0].message).toBe("第一笔应为项目金额的 60%–70%（60,000.00–70,000.00 元），现为 59.99%");
    const high = ok("70010.00");
    expect(high).toHaveLength(1);
    expect(high[0]).toEqual({ index: 0, message: "第一笔应为项目金额的 60%–70%（60,000.00–70,000.00 元），现为 70.01%" });
  });

  it("refuses a first tranche one 分 outside the range", () => {
    expect(ok("59999.99")[0].index).toBe(0);
    expect(ok("70000.01")[0].index).toBe(0);
  });

  it("needs the second tranche to be exactly 20%", () => {
    expect(scheduleProblems([y("65000.00"), y("20000.01"), y("14999.99")], TOTAL)).toEqual([{ index: 1, message: "第二笔应为项目金额的 20%，即 20,000.00 元" }]);
    expect(scheduleProblems([y("65000.00"), y("19999.99"), y("15000.01")], TOTAL)[0].index).toBe(1);
  });

  it("needs the three to add up exactly to the amount (reported on the third)", () => {
    expect(scheduleProblems([y("65000.00"), y("20000.00"), y("15000.01")], TOTAL)).toEqual([
      { index: 2, message: "三笔合计 100,000.01 元，应等于项目金额 100,000.00 元（多 0.01 元）" },
    ]);
    expect(scheduleProblems([y("65000.00"), y("20000.00"), y("14000.00")], TOTAL)[0].message).toContain("少 1,000.00 元");
  });

  it("reports every problem at once", () => {
    expect(scheduleProblems([y("50000.00"), y("10000.00"), y("10000.00")], TOTAL).map((p) => p.index)).toEqual([0, 1, 2]);
  });

  it("gives the first tranche's range in 分, rounded inwards", () => {
    expect(firstTrancheRange(y("100000.01"))).toEqual({ min: y("60000.01"), max: y("70000.00") });
  });
});

describe("re-deriving the schedule for a new amount", () => {
  it("keeps the first tranche's share and makes the second 20%", () => {
    expect(rederiveSchedule([y("195000.00"), y("60000.00"), y("45000.00")], y("300000.00"), y("400000.00"))).toEqual([y("260000.00"), y("80000.00"), y("60000.00")]);
    expect(rederiveSchedule([y("180000.00"), y("60000.00"), y("60000.00")], y("300000.00"), y("200000.00"))).toEqual([y("120000.00"), y("40000.00"), y("40000.00")]);
  });

  it("keeps paid tranches as they are; the result is checked by the rules", () => {
    const r = rederiveSchedule([y("195000.00"), y("60000.00"), y("45000.00")], y("300000.00"), y("310000.00"), [true, false, false]);
    expect(r).toEqual([y("195000.00"), y("62000.00"), y("53000.00")]);
    expect(scheduleProblems(r, y("310000.00"))).toEqual([]);
    const tooBig = rederiveSchedule([y("195000.00"), y("60000.00"), y("45000.00")], y("300000.00"), y("400000.00"), [true, false, false]);
    expect(scheduleProblems(tooBig, y("400000.00"))[0].index).toBe(0);
  });

  it("always yields a valid schedule when nothing is paid", () => {
    for (const total of [100, 9999, 12345, 100001, 987654321]) {
      const r = rederiveSchedule([y("60000.00"), y("20000.00"), y("20000.00")], TOTAL, total);
      expect(scheduleProblems(r, total), String(total)).toEqual([]);
    }
  });
});

describe("service period", () => {
  it("refuses an end before the start and more than three years", () => {
    expect(periodProblem(d("2026-01-01"), d("2025-12-31"))).toBe("服务期限结束日期不能早于开始日期");
    expect(periodProblem(d("2026-01-01"), d("2028-12-31"))).toBeNull();
    expect(periodProblem(d("2026-01-01"), d("2029-01-01"))).toBe("服务期限最长 3 年（至 2028-12-31）");
    expect(periodProblem(d("2026-01-01"), d("2026-01-01"))).toBeNull();
  });

  it("warns (without refusing) when the period is not one year", () => {
    expect(periodWarning(d("2026-01-01"), d("2026-12-31"))).toBeNull();
    expect(periodWarning(d("2026-03-01"), d("2027-02-28"))).toBeNull();
    expect(periodWarning(d("2026-01-01"), d("2026-06-30"))).toBe("服务期限通常为 1 年（2026-01-01 至 2026-12-31），本项目共 181 天，请确认");
    expect(periodWarning(d("2026-01-01"), d("2025-01-01"))).toBeNull();
  });

  it("adds years to calendar dates (29 February → 28 February)", () => {
    expect(addYears(d("2024-02-29"), 1)).toEqual(d("2025-02-28"));
    expect(periodEnd(d("2026-01-01"), 1)).toEqual(d("2026-12-31"));
  });
});

describe("payment gates", () => {
  const none = { signedOn: null, midtermPassedOn: null, finalPassedOn: null };
  it("opens each tranche with its date", () => {
    expect(gateDate("EFFECTIVE", { ...none, signedOn: d("2026-01-05") })).toEqual(d("2026-01-05"));
    expect(gateDate("MIDTERM_PASSED", none)).toBeNull();
    expect(paymentGateRefusal("MIDTERM_PASSED", 2, none)).toBe("中期评估尚未通过，不能拨付第二笔");
    expect(paymentGateRefusal("FINAL_PASSED", 3, none)).toBe("末期评估尚未通过，不能拨付第三笔");
    expect(paymentGateRefusal("EFFECTIVE", 1, none)).toContain("不能拨付第一笔");
    expect(paymentGateRefusal("MIDTERM_PASSED", 2, { ...none, midtermPassedOn: d("2026-07-01") })).toBeNull();
  });

  it("refuses paying more than what remains of the tranche", () => {
    expect(paymentAmountRefusal(y("1000.00"), y("20000.00"), y("19000.00"))).toBeNull();
    expect(paymentAmountRefusal(y("1000.01"), y("20000.00"), y("19000.00"))).toBe("超过该笔尚未拨付的金额 1,000.00 元");
    expect(paymentAmountRefusal(y("1.00"), y("20000.00"), y("20000.00"))).toBe("该笔已全额拨付");
    expect(paymentAmountRefusal(0, y("20000.00"), 0)).toBe("拨付金额应大于 0");
  });

  it("names the tranches", () => {
    expect([1, 2, 3].map(trancheName)).toEqual(["第一笔", "第二笔", "第三笔"]);
  });
});

describe("tranche standing", () => {
  const base = { amount: y("65000.00"), paid: 0, due: d("2026-01-15"), status: "ACTIVE" as const };
  it("is not ready without the gate's date, or while the contract is a draft", () => {
    expect(trancheStanding({ ...base, due: null, today: d("2026-01-10") })).toEqual({ standing: "NOT_READY", overdue: false });
    expect(trancheStanding({ ...base, status: "DRAFT", today: d("2026-02-10") })).toEqual({ standing: "NOT_READY", overdue: false });
  });
  it("is due up to and including the due date, overdue the day after", () => {
    expect(trancheStanding({ ...base, today: d("2026-01-15") })).toEqual({ standing: "DUE", overdue: false });
    expect(trancheStanding({ ...base, today: d("2026-01-16") })).toEqual({ standing: "OVERDUE", overdue: true });
  });
  it("is partly paid (and may be late) or paid", () => {
    expect(trancheStanding({ ...base, paid: 100, today: d("2026-01-10") })).toEqual({ standing: "PARTIAL", overdue: false });
    expect(trancheStanding({ ...base, paid: 100, today: d("2026-01-20") })).toEqual({ standing: "PARTIAL", overdue: true });
    expect(trancheStanding({ ...base, paid: base.amount, today: d("2026-03-01") })).toEqual({ standing: "PAID", overdue: false });
  });
  it("reads as the schedule shows it", () => {
    expect(standingText("DUE", d("2026-01-15"), false)).toBe("待拨付（截止 2026-01-15）");
    expect(standingText("OVERDUE", d("2026-01-15"), true)).toBe("逾期未拨付（截止 2026-01-15）");
    expect(standingText("NOT_READY", null, false)).toBe("未到条件");
    expect(standingText("PAID", d("2026-01-15"), false)).toBe("已拨付");
  });
});

describe("status changes", () => {
  const c = { status: "DRAFT" as const, signedOn: d("2026-01-02"), finalPassedOn: null, amount: TOTAL, schedule: [y("65000.00"), y("20000.00"), y("15000.00")] };
  it("activates only with the effective date and a schedule adding up to the amount", () => {
    expect(statusRefusal(c, "ACTIVE", null)).toBeNull();
    expect(statusRefusal({ ...c, signedOn: null }, "ACTIVE", null)).toBe("请先填写协议生效日期");
    expect(statusRefusal({ ...c, schedule: [y("65000.00"), y("20000.00")] }, "ACTIVE", null)).toContain("拨付计划合计与项目金额不一致");
  });
  it("completes only after the final evaluation; terminates only with a reason", () => {
    expect(statusRefusal({ ...c, status: "ACTIVE" }, "COMPLETED", null)).toBe("末期评估尚未通过，不能结项");
    expect(statusRefusal({ ...c, status: "ACTIVE", finalPassedOn: d("2026-12-20") }, "COMPLETED", null)).toBeNull();
    expect(statusRefusal({ ...c, status: "ACTIVE" }, "TERMINATED", null)).toBe("请填写终止原因");
    expect(statusRefusal({ ...c, status: "ACTIVE" }, "TERMINATED", "机构注销")).toBeNull();
    expect(statusRefusal(c, "COMPLETED", null)).toBe("当前状态下不能执行此操作");
  });
  it("has no way back from 已结项 or 已终止", () => {
    for (const status of ["COMPLETED", "TERMINATED"] as const) {
      for (const to of ["DRAFT", "ACTIVE", "COMPLETED", "TERMINATED"] as const) {
        expect(statusRefusal({ ...c, status }, to, "原因")).toBe("已结项或已终止的服务项目不能再变更状态");
      }
    }
    expect(statusRefusal({ ...c, status: "ACTIVE" }, "DRAFT", null)).toBe("当前状态下不能执行此操作");
  });
});
