import { describe, expect, it } from "vitest";
import { idNumberCheckChar, isMobile, isPhone, isUscc, mask, parseIdNumber, passwordProblems, usccCheckChar } from "@/lib/validators";
import { parseCalendarDate } from "@/lib/dates";
import { makeIdNumber, makeUscc } from "../../prisma/seed/factories";

describe("身份证号", () => {
  it("accepts a valid number and derives birth date and gender", () => {
    // GB 11643 example: 11010519491231002X (female, 1949-12-31)
    expect(parseIdNumber("11010519491231002X")).toEqual({ birthDate: "1949-12-31", gender: "FEMALE" });
    expect(parseIdNumber("11010519491231002x")?.gender).toBe("FEMALE");
  });
  it("derives male from an odd 17th digit", () => {
    const id = makeIdNumber("530114", "1988-03-07", 12, "MALE");
    expect(parseIdNumber(id)).toEqual({ birthDate: "1988-03-07", gender: "MALE" });
  });
  it("refuses a wrong check character", () => {
    expect(parseIdNumber("110105194912310021")).toBeNull();
  });
  it("refuses impossible or future birth dates and wrong lengths", () => {
    const bad = "53011419880230123";
    expect(parseIdNumber(bad + idNumberCheckChar(bad))).toBeNull(); // 2月30日
    const future = "53011421990101123";
    expect(parseIdNumber(future + idNumberCheckChar(future))).toBeNull();
    expect(parseIdNumber("53011419880101123")).toBeNull();
    expect(parseIdNumber("5301141988010112345")).toBeNull();
  });
});

describe("统一社会信用代码", () => {
  it("accepts a real-format code and refuses a changed check character", () => {
    expect(isUscc("91350100M000100Y43")).toBe(true); // published example
    expect(isUscc("91350100M000100Y44")).toBe(false);
  });
  it("accepts generated codes and refuses letters outside the charset (I, O, S, V, Z)", () => {
    const code = makeUscc("530114", 5001237);
    expect(isUscc(code)).toBe(true);
    expect(isUscc(code.toLowerCase())).toBe(true);
    expect(isUscc(`${code.slice(0, 17)}O`)).toBe(false);
    expect(usccCheckChar("91350100M000100Y4")).toBe("3");
  });
});

describe("电话", () => {
  it("accepts 11-digit mobiles starting 13–19 only", () => {
    expect(isMobile("13987100000")).toBe(true);
    expect(isMobile("12987100000")).toBe(false);
    expect(isMobile("1398710000")).toBe(false);
  });
  it("accepts landlines with area code", () => {
    expect(isPhone("0871-67480000")).toBe(true);
    expect(isPhone("087167480000")).toBe(true);
    expect(isPhone("67480000")).toBe(false);
  });
});

describe("密码策略", () => {
  it("requires length 8 with upper, lower, digit and symbol", () => {
    expect(passwordProblems("Demo@2026")).toEqual([]);
    expect(passwordProblems("Dem@202")).toEqual(["至少 8 位"]);
    expect(passwordProblems("demo@2026")).toEqual(["包含大写字母"]);
    expect(passwordProblems("DEMO@2026")).toEqual(["包含小写字母"]);
    expect(passwordProblems("Demo@demo")).toEqual(["包含数字"]);
    expect(passwordProblems("Demo2026a")).toEqual(["包含符号"]);
  });
});

describe("mask and dates", () => {
  it("masks the middle", () => {
    expect(mask("530114198803071234")).toBe("5301**********1234");
    expect(mask("1234")).toBe("****");
  });
  it("parses only real calendar dates", () => {
    expect(parseCalendarDate("2026-02-28")?.toISOString()).toBe("2026-02-28T00:00:00.000Z");
    expect(parseCalendarDate("2026-02-29")).toBeNull();
    expect(parseCalendarDate("2026/02/01")).toBeNull();
  });
});
