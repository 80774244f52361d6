import { describe, expect, it } from "vitest";
import { staffProfileSchema } from "@/features/staff/schemas";
import { educationWarning, formatBirthMonth } from "@/features/staff/rules";

const valid = {
  stationId: "station-1",
  name: "李晓梅",
  gender: "FEMALE",
  birthMonth: "1995-06",
  phone: "",
  education: "BACHELOR",
  school: "云南大学",
  major: "社会工作",
  employer: "昆明市呈贡区启明社会工作服务中心",
  jobTitle: "驻站社工",
  position: "STAFF",
  postType: "PROFESSIONAL",
  convertedFrom: "",
  certificateLevel: "ASSISTANT",
  certificateNumber: "A2021530001",
  serviceDomains: ["ELDERLY", "CHILDREN"],
  contractorId: "",
  startedOn: "2024-03-01",
  isActive: "on",
  remarks: "",
};

const errorsOf = (input: Record<string, unknown>) => {
  const r = staffProfileSchema.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const issue of r.error.issues) (out[issue.path.join(".")] ??= []).push(issue.message);
  return out;
};

describe("staffProfileSchema", () => {
  it("accepts a complete professional post and normalises empty optionals to null", () => {
    const r = staffProfileSchema.safeParse(valid);
    expect(r.success).toBe(true);
    if (!r.success) return;
    expect(r.data).toMatchObject({ phone: null, convertedFrom: null, contractorId: null, remarks: null, isActive: true, serviceDomains: ["ELDERLY", "CHILDREN"] });
    expect(r.data.startedOn).toEqual(new Date(Date.UTC(2024, 2, 1)));
  });

  describe("certificate number iff a certificate level", () => {
    it("requires the number when a level is chosen", () => {
      expect(errorsOf({ ...valid, certificateNumber: "" }).certificateNumber).toEqual(["已选择证书等级，请填写证书编号"]);
      expect(errorsOf({ ...valid, certificateLevel: "SENIOR", certificateNumber: "  " }).certificateNumber).toEqual(["已选择证书等级，请填写证书编号"]);
    });
    it("refuses a number without a certificate", () => {
      expect(errorsOf({ ...valid, certificateLevel: "NONE", certificateNumber: "A2021530001" }).certificateNumber).toEqual(["未取得证书时不应填写证书编号，请先选择证书等级"]);
    });
    it("accepts no certificate and no number", () => {
      expect(staffProfileSchema.safeParse({ ...valid, certificateLevel: "NONE", certificateNumber: "" }).success).toBe(true);
    });
    it("checks the number's characters", () => {
      expect(errorsOf({ ...valid, certificateNumber: "编号123" }).certificateNumber?.[0]).toContain("只能包含字母、数字和连字符");
    });
    it("refuses an unknown level", () => {
      expect(errorsOf({ ...valid, certificateLevel: "EXPERT" }).certificateLevel).toBeDefined();
    });
  });

  describe("converted-from only on transactional posts", () => {
    it("refuses it on a professional post, on the convertedFrom field", () => {
      expect(errorsOf({ ...valid, convertedFrom: "CIVIL_AFFAIRS_CLERK" }).convertedFrom).toEqual(["只有事务性岗位可填写转岗来源"]);
    });
    it("accepts each origin on a transactional post", () => {
      for (const origin of ["ASSISTANCE_ASSISTANT", "CIVIL_AFFAIRS_CLERK", "CHILDREN_SUPERVISOR"]) {
        const r = staffProfileSchema.safeParse({ ...valid, postType: "TRANSACTIONAL", convertedFrom: origin });
        expect(r.success, origin).toBe(true);
      }
    });
    it("a transactional post need not be converted", () => {
      expect(staffProfileSchema.safeParse({ ...valid, postType: "TRANSACTIONAL", convertedFrom: "" }).success).toBe(true);
    });
    it("refuses an unknown origin", () => {
      expect(errorsOf({ ...valid, postType: "TRANSACTIONAL", convertedFrom: "JANITOR" }).convertedFrom).toBeDefined();
    });
  });

  describe("birth month", () => {
    it("must be YYYY-MM", () => {
      for (const bad of ["1995-6", "1995/06", "199506", "1995-13", "1995-00", "1899-12", "", "1995年06月"]) {
        expect(errorsOf({ ...valid, birthMonth: bad }).birthMonth?.[0], bad).toBe(bad === "" ? "请填写出生年月" : "出生年月应为有效年月，格式 YYYY-MM");
      }
    });
    it("cannot be in the future, and the person must be at least 16", () => {
      const next = new Date();
      next.setUTCMonth(next.getUTCMonth() + 2);
      expect(errorsOf({ ...valid, birthMonth: next.toISOString().slice(0, 7) }).birthMonth).toBeDefined();
      const young = `${new Date().getUTCFullYear() - 10}-01`;
      expect(errorsOf({ ...valid, birthMonth: young }).birthMonth).toEqual(["驻站人员应年满 16 周岁，请核对出生年月"]);
    });
  });

  describe("service domains", () => {
    it("needs at least one", () => {
      expect(errorsOf({ ...valid, serviceDomains: [] }).serviceDomains).toEqual(["请至少选择一项社会工作服务领域"]);
      expect(errorsOf({ ...valid, serviceDomains: undefined }).serviceDomains).toEqual(["请至少选择一项社会工作服务领域"]);
    });
    it("takes a single FormData value as a one-item list", () => {
      const r = staffProfileSchema.safeParse({ ...valid, serviceDomains: "SOCIAL_ASSISTANCE" });
      expect(r.success && r.data.serviceDomains).toEqual(["SOCIAL_ASSISTANCE"]);
    });
    it("refuses unknown domains", () => {
      expect(errorsOf({ ...valid, serviceDomains: ["ELDERLY", "ASTRONOMY"] })["serviceDomains.1"]).toEqual(["社会工作服务领域的取值无效"]);
    });
  });

  it("requires the register's text columns and validates the phone", () => {
    const errors = errorsOf({ ...valid, name: " ", school: "", major: "", employer: "", jobTitle: "", phone: "12345" });
    expect(errors.name).toEqual(["请填写姓名"]);
    expect(errors.school).toEqual(["请填写毕业院校"]);
    expect(errors.major).toEqual(["请填写所学专业"]);
    expect(errors.employer).toEqual(["请填写工作单位"]);
    expect(errors.jobTitle).toEqual(["请填写职务"]);
    expect(errors.phone?.[0]).toContain("联系电话应为 11 位手机号");
  });

  it("refuses a start date in the future", () => {
    expect(errorsOf({ ...valid, startedOn: `${new Date().getUTCFullYear() + 1}-01-01` }).startedOn).toEqual(["到岗日期不能晚于今天"]);
  });
});

describe("education below the post's minimum is a warning, not an error", () => {
  it("professional posts need 大专 or above", () => {
    expect(educationWarning({ postType: "PROFESSIONAL", education: "SENIOR_HIGH" })).toBe("学历（高中）低于专业服务岗位要求的大专及以上");
    expect(educationWarning({ postType: "PROFESSIONAL", education: "SECONDARY_VOCATIONAL" })).not.toBeNull();
    expect(educationWarning({ postType: "PROFESSIONAL", education: "JUNIOR_COLLEGE" })).toBeNull();
    expect(educationWarning({ postType: "PROFESSIONAL", education: "MASTER_OR_ABOVE" })).toBeNull();
  });
  it("transactional posts need 初中 or above", () => {
    expect(educationWarning({ postType: "TRANSACTIONAL", education: "JUNIOR_HIGH" })).toBeNull();
  });
  it("the schema still accepts a low education", () => {
    expect(staffProfileSchema.safeParse({ ...valid, education: "SENIOR_HIGH" }).success).toBe(true);
  });
});

it("birth month is printed as YYYY.MM", () => {
  expect(formatBirthMonth("1995-06")).toBe("1995.06");
});
