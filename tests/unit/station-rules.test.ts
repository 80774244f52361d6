import { describe, expect, it } from "vitest";
import type { Education } from "@/generated/prisma/enums";
import {
  checkStationName, evaluateStaffing, factsFromStaff, meetsEducation, standardStationName, type StaffingResult, type StaffMember,
} from "@/features/stations/rules";

const C1 = "contractor-1";
const C2 = "contractor-2";

const person = (over: Partial<StaffMember> = {}): StaffMember => ({
  name: "张三", position: "STAFF", postType: "PROFESSIONAL", education: "BACHELOR", certificateLevel: "NONE", contractorId: C1, ...over,
});

/** A township station that meets every line of the standard. */
function compliantStaff(): StaffMember[] {
  return [
    person({ name: "站长甲", position: "HEAD", postType: "TRANSACTIONAL", education: "SENIOR_HIGH", contractorId: null }),
    person({ name: "副站长乙", position: "DEPUTY", certificateLevel: "INTERMEDIATE" }),
    person({ name: "社工丙" }),
    person({ name: "社工丁", postType: "TRANSACTIONAL", education: "JUNIOR_HIGH", contractorId: null }),
  ];
}

function evaluate({ staff = compliantStaff(), volunteers = 30, contractorId = C1 as string | null, level = "TOWNSHIP" as const }: {
  staff?: StaffMember[]; volunteers?: number; contractorId?: string | null; level?: "TOWNSHIP" | "COMMUNITY";
} = {}): StaffingResult {
  return evaluateStaffing(factsFromStaff({ level, contractorId, staff, activeVolunteers: volunteers }));
}

function check(result: StaffingResult, key: string) {
  if (!result.applicable) throw new Error("standard not applicable");
  const found = result.checks.find((c) => c.key === key);
  if (!found) throw new Error(`no check ${key}`);
  return found;
}

describe("township staffing standard", () => {
  it("a station meeting every line passes, with every check present", () => {
    const result = evaluate();
    expect(result.applicable).toBe(true);
    expect(result.pass).toBe(true);
    if (result.applicable) {
      expect(result.checks.map((c) => c.key)).toEqual(["head", "deputy", "staff", "volunteers", "certified", "education"]);
      expect(result.checks.every((c) => c.pass && c.reason === null)).toBe(true);
    }
  });

  it("head: exactly one; none or two fail", () => {
    const noHead = evaluate({ staff: compliantStaff().filter((s) => s.position !== "HEAD") });
    expect(check(noHead, "head")).toMatchObject({ pass: false, actual: "0 名", reason: "未配备站长，标准为 1 名" });
    expect(noHead.pass).toBe(false);
    const twoHeads = evaluate({ staff: [...compliantStaff(), person({ name: "站长戊", position: "HEAD", contractorId: null })] });
    expect(check(twoHeads, "head")).toMatchObject({ pass: false, reason: "站长有 2 名，标准为 1 名" });
  });

  it("deputy: exactly one", () => {
    expect(check(evaluate(), "deputy").pass).toBe(true);
    const none = evaluate({ staff: compliantStaff().filter((s) => s.position !== "DEPUTY") });
    expect(check(none, "deputy")).toMatchObject({ pass: false, reason: "未配备副站长，标准为 1 名" });
    const two = evaluate({ staff: [...compliantStaff(), person({ name: "副站长己", position: "DEPUTY" })] });
    expect(check(two, "deputy")).toMatchObject({ pass: false, reason: "副站长有 2 名，标准为 1 名" });
  });

  it("resident workers: 1 fails, 2 passes", () => {
    const one = evaluate({ staff: compliantStaff().filter((s) => s.name !== "社工丁") });
    expect(check(one, "staff")).toMatchObject({ pass: false, actual: "1 名", required: "不少于 2 名", reason: "驻站社工仅 1 名，标准为不少于 2 名" });
    expect(one.pass).toBe(false);
    expect(check(evaluate(), "staff")).toMatchObject({ pass: true, actual: "2 名" });
  });

  it("inactive staff do not count", () => {
    const staff = compliantStaff().map((s) => (s.name === "社工丁" ? { ...s, isActive: false } : s));
    expect(check(evaluate({ staff }), "staff").pass).toBe(false);
  });

  it("volunteers: 29 fails, 30 passes", () => {
    expect(check(evaluate({ volunteers: 29 }), "volunteers")).toMatchObject({ pass: false, reason: "志愿者仅 29 名，标准为不少于 30 名" });
    expect(evaluate({ volunteers: 29 }).pass).toBe(false);
    expect(check(evaluate({ volunteers: 30 }), "volunteers").pass).toBe(true);
    expect(check(evaluate({ volunteers: 0 }), "volunteers").reason).toBe("未登记志愿者，标准为不少于 30 名");
  });

  it("certified worker: no contractor fails with 未引入承接机构", () => {
    const staff = compliantStaff().map((s) => ({ ...s, contractorId: null }));
    const result = evaluate({ staff, contractorId: null });
    expect(check(result, "certified")).toMatchObject({ pass: false, reason: "未引入承接机构" });
    expect(result.pass).toBe(false);
  });

  it("certified worker: one from the station's contractor passes; none fails", () => {
    expect(check(evaluate(), "certified")).toMatchObject({ pass: true, actual: "1 名" });
    const uncertified = compliantStaff().map((s) => ({ ...s, certificateLevel: "NONE" as const }));
    expect(check(evaluate({ staff: uncertified }), "certified")).toMatchObject({ pass: false, actual: "0 名" });
  });

  it("certified worker: a certificate held by someone of another contractor or of the street does not count", () => {
    const staff = compliantStaff().map((s) => (s.position === "DEPUTY" ? { ...s, contractorId: C2 } : s));
    expect(check(evaluate({ staff }), "certified").pass).toBe(false);
    const streetCertified = compliantStaff().map((s) => (s.position === "DEPUTY" ? { ...s, certificateLevel: "NONE" as const } : s.position === "HEAD" ? { ...s, certificateLevel: "ASSISTANT" as const } : s));
    expect(check(evaluate({ staff: streetCertified }), "certified").pass).toBe(false);
    const inactive = compliantStaff().map((s) => (s.position === "DEPUTY" ? { ...s, isActive: false } : s));
    expect(check(evaluate({ staff: [...inactive, person({ name: "副站长庚", position: "DEPUTY" })] }), "certified").pass).toBe(false);
  });

  it("education: professional posts need 大专及以上, transactional posts 初中及以上", () => {
    const below: Education[] = ["JUNIOR_HIGH", "SENIOR_HIGH", "SECONDARY_VOCATIONAL"];
    const enough: Education[] = ["JUNIOR_COLLEGE", "BACHELOR", "MASTER_OR_ABOVE"];
    for (const e of below) expect(meetsEducation("PROFESSIONAL", e), e).toBe(false);
    for (const e of enough) expect(meetsEducation("PROFESSIONAL", e), e).toBe(true);
    for (const e of [...below, ...enough]) expect(meetsEducation("TRANSACTIONAL", e), e).toBe(true);
  });

  it("education: lists the names that fall short", () => {
    const staff = [
      ...compliantStaff(),
      person({ name: "李四", education: "SENIOR_HIGH" }),
      person({ name: "王五", education: "SECONDARY_VOCATIONAL" }),
      person({ name: "赵六", education: "JUNIOR_COLLEGE" }),
    ];
    const result = evaluate({ staff });
    const education = check(result, "education");
    expect(education).toMatchObject({ pass: false, actual: "2 人不达标" });
    expect(education.reason).toBe("学历不达标：李四（专业服务岗位，高中）、王五（专业服务岗位，中专）");
    expect(result.pass).toBe(false);
    expect(check(evaluate(), "education")).toMatchObject({ pass: true, actual: "全部达标", reason: null });
  });
});

describe("community rooms (村/社区社工室)", () => {
  it("the township standard does not apply; the counts are still given", () => {
    const result = evaluate({ level: "COMMUNITY", staff: [person()], volunteers: 12, contractorId: null });
    expect(result.applicable).toBe(false);
    expect(result.pass).toBeNull();
    expect(result.checks).toEqual([]);
    expect(result.counts).toMatchObject({ heads: 0, deputies: 0, staff: 1, activeVolunteers: 12 });
  });
});

describe("station name", () => {
  const where = { cityName: "昆明市", districtName: "呈贡区" };

  it("builds the standard name for streets and towns", () => {
    expect(standardStationName({ ...where, streetName: "龙城街道" })).toBe("昆明市呈贡区龙城街道社会工作服务站");
    expect(standardStationName({ cityName: "昆明市", districtName: "宜良县", streetName: "马街镇" })).toBe("昆明市宜良县马街镇社会工作服务站");
    expect(standardStationName({ cityName: "昆明市", districtName: "石林彝族自治县", streetName: "圭山乡" })).toBe("昆明市石林彝族自治县圭山乡社会工作服务站");
  });

  it("a township station must carry it; a community room is not held to it", () => {
    expect(checkStationName({ ...where, level: "TOWNSHIP", streetName: "龙城街道", name: "昆明市呈贡区龙城街道社会工作服务站" })).toEqual({ applicable: true, pass: true, expected: "昆明市呈贡区龙城街道社会工作服务站" });
    expect(checkStationName({ ...where, level: "TOWNSHIP", streetName: "龙城街道", name: "龙城街道社工站" })).toEqual({ applicable: true, pass: false, expected: "昆明市呈贡区龙城街道社会工作服务站" });
    expect(checkStationName({ ...where, level: "COMMUNITY", streetName: "龙城街道", name: "龙街社区社会工作室" })).toMatchObject({ applicable: false, pass: true });
  });
});
