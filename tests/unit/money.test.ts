import { describe, expect, it } from "vitest";
import { formatPercent, formatWan, formatYuan, parseWan, parseYuan, percentBasisPoints, percentOf, sumFen, toDecimalString, toFen, withinPercent } from "@/lib/money";

describe("money in integer 分", () => {
  it("parses 元 as typed, with at most two decimals", () => {
    expect(parseYuan("1234.5")).toBe(123450);
    expect(parseYuan("1,234.56")).toBe(123456);
    expect(parseYuan("¥1234")).toBe(123400);
    expect(parseYuan(" 0.01 元")).toBe(1);
    expect(parseYuan("0.1")).toBe(10);
    expect(parseYuan("-5.00")).toBe(-500);
    for (const bad of ["", "abc", "1.234", "1e3", "12.", ".5", "1 2", "1,2", "12,34.00"]) expect(parseYuan(bad), bad).toBeNull();
  });

  it("parses 万元 to the 分 (six decimals)", () => {
    expect(parseWan("30")).toBe(30_000_000);
    expect(parseWan("12.5")).toBe(12_500_000);
    expect(parseWan("0.000001")).toBe(1);
    expect(parseWan("12.5万")).toBe(12_500_000);
    expect(parseWan("0.0000001")).toBeNull();
  });

  it("reads numeric(14,2) exactly, whatever the float would say", () => {
    expect(toFen("0.30")).toBe(30);
    expect(toFen({ toFixed: () => "19.99" })).toBe(1999);
    expect(toFen(null)).toBe(0);
    // 0.1 + 0.2 in floats is 0.30000000000000004; in 分 it is 30.
    expect(sumFen([toFen("0.10"), toFen("0.20")])).toBe(30);
    expect(() => toFen("1.234")).toThrow();
  });

  it("writes and formats", () => {
    expect(toDecimalString(123456)).toBe("1234.56");
    expect(toDecimalString(5)).toBe("0.05");
    expect(toDecimalString(-5)).toBe("-0.05");
    expect(formatYuan(30_000_000)).toBe("300,000.00");
    expect(formatYuan(-123)).toBe("-1.23");
    expect(formatWan(30_000_000)).toBe("30");
    expect(formatWan(12_345_600)).toBe("12.3456");
    expect(() => toDecimalString(0.5)).toThrow();
  });

  it("decides percentage limits in integers: 70% is within 70%, 70.01% is not", () => {
    const total = 10_000_000; // 100,000.00
    expect(withinPercent(7_000_000, total, 70)).toBe(true);
    expect(withinPercent(7_001_000, total, 70)).toBe(false);
    expect(withinPercent(7_000_001, total, 70)).toBe(false);
    expect(percentBasisPoints(7_001_000, total)).toBe(7001);
    expect(formatPercent(percentBasisPoints(1, 3))).toBe("33.33%");
    expect(formatPercent(percentBasisPoints(2, 3))).toBe("66.67%");
    expect(formatPercent(null)).toBe("—");
    expect(percentBasisPoints(1, 0)).toBeNull();
  });

  it("splits a contract into tranches without losing a 分", () => {
    const total = 33_333_333;
    const first = percentOf(total, 65);
    const second = percentOf(total, 20);
    expect(first).toBe(21_666_666);
    expect(second).toBe(6_666_667);
    expect(first + second + (total - first - second)).toBe(total);
    expect(percentOf(10_000, 62.5)).toBe(6_250);
  });
});
