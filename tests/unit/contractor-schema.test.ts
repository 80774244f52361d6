import { describe, expect, it } from "vitest";
import { contractorSchema } from "@/features/contractors/schemas";
import { makeUscc } from "../../prisma/seed/factories";

const valid = {
  name: "昆明市呈贡区启明社会工作服务中心",
  creditCode: makeUscc("530114", 5001237),
  legalRepresentative: "杨启明",
  registrationAuthority: "昆明市呈贡区民政局",
  registeredOn: "2018-06-01",
  annualInspection: "QUALIFIED",
  annualInspectionYear: "2025",
  evaluationGrade: "A4",
  address: "",
  contactPerson: "",
  contactPhone: "",
};

const fieldsOf = (input: Record<string, unknown>) => {
  const result = contractorSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
};

describe("contractor form", () => {
  it("accepts a complete registration and normalises the credit code", () => {
    const parsed = contractorSchema.parse({ ...valid, creditCode: valid.creditCode.toLowerCase() });
    expect(parsed.creditCode).toBe(valid.creditCode);
    expect(parsed.annualInspectionYear).toBe(2025);
    expect(parsed.address).toBeNull();
  });

  it("checks the credit code checksum", () => {
    const wrong = valid.creditCode.slice(0, 17) + (valid.creditCode[17] === "0" ? "1" : "0");
    expect(fieldsOf({ ...valid, creditCode: wrong })).toEqual(["creditCode"]);
  });

  it("asks for the inspection year when there is a conclusion, and refuses future or pre-registration years", () => {
    expect(fieldsOf({ ...valid, annualInspectionYear: "" })).toEqual(["annualInspectionYear"]);
    expect(fieldsOf({ ...valid, annualInspection: "NOT_INSPECTED", annualInspectionYear: "" })).toEqual([]);
    expect(fieldsOf({ ...valid, annualInspectionYear: "2999" })).toEqual(["annualInspectionYear"]);
    expect(fieldsOf({ ...valid, annualInspectionYear: "2017" })).toEqual(["annualInspectionYear"]);
  });

  it("refuses a registration date in the future and unknown grades", () => {
    expect(fieldsOf({ ...valid, registeredOn: "2999-01-01" })).toEqual(["registeredOn"]);
    expect(fieldsOf({ ...valid, evaluationGrade: "A6" })).toEqual(["evaluationGrade"]);
  });
});
