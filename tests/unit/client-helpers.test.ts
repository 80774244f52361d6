import { describe, expect, it } from "vitest";
import { ageOn, looksLikeIdNumber, maskAddress, maskIdNumber, maskPhone, registeredElsewhereMessage } from "@/features/clients/helpers";
import { clientSchema } from "@/features/clients/schemas";
import { makeIdNumber } from "../../prisma/seed/factories";

describe("masking", () => {
  it("ID number keeps 4 + 4, phone 3 + 4, address its first 6 characters", () => {
    expect(maskIdNumber("53011419480302123x")).toBe("5301**********123X");
    expect(maskPhone("13912342345")).toBe("139****2345");
    expect(maskAddress("昆明市呈贡区龙城街道彩云路 12 号")).toBe("昆明市呈贡区****");
    expect(maskAddress("三台村5号")).toBe("三台村****");
    expect(maskAddress("  彩龙路88号 ")).toBe("彩龙路****");
  });
});

describe("ageOn", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it("counts whole years on the calendar day", () => {
    expect(ageOn(d("1948-11-22"), "2026-11-22")).toBe(78);
    expect(ageOn(d("1948-11-23"), "2026-11-22")).toBe(77);
    expect(ageOn(d("2016-02-29"), "2026-02-28")).toBe(9);
    expect(ageOn(d("2016-02-29"), "2026-03-01")).toBe(10);
    expect(ageOn(null, "2026-11-22")).toBeNull();
    expect(ageOn(d("2027-01-01"), "2026-11-22")).toBeNull();
  });
});

describe("search and messages", () => {
  it("only a full 18-character number is an ID search", () => {
    expect(looksLikeIdNumber("53011419480302123x")).toBe(true);
    expect(looksLikeIdNumber("5301141948")).toBe(false);
    expect(looksLikeIdNumber("张三")).toBe(false);
    expect(registeredElsewhereMessage("甲站")).toBe("该身份证号已在本区登记（甲站），请联系该站负责社工或转介");
  });
});

describe("clientSchema", () => {
  const base = { name: "张桂兰", gender: "FEMALE", categories: "EMPTY_NEST", riskLevel: "NONE", serviceDomain: "ELDERLY" };
  it("derives the birth date from the ID number and collects member rows by index, dropping blank ones", () => {
    const id = makeIdNumber("530114", "1950-01-31", 3, "FEMALE");
    const parsed = clientSchema.safeParse({ ...base, idNumber: id.toLowerCase(), "members.0.name": "", "members.1.name": "李四", "members.1.relation": "儿子", "members.1.age": "50", "members.1.livesTogether": "on" });
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.idNumber).toBe(id);
    expect(parsed.data.birthDate).toEqual(new Date(Date.UTC(1950, 0, 31)));
    expect(parsed.data.categories).toEqual(["EMPTY_NEST"]);
    expect(parsed.data.members).toEqual([{ name: "李四", relation: "儿子", age: 50, phone: null, livesTogether: true, employer: null }]);
  });

  it("errors land on the member row's own field name", () => {
    const parsed = clientSchema.safeParse({ ...base, "members.2.relation": "女儿", "members.2.age": "二十" });
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["members.2.name", "members.2.age"]));
  });

  it("gender must match the ID number", () => {
    const parsed = clientSchema.safeParse({ ...base, idNumber: makeIdNumber("530114", "1950-01-31", 3, "MALE") });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues[0]).toMatchObject({ path: ["gender"], message: "性别与身份证号不符（身份证号显示为男）" });
  });
});
