import { beforeAll, describe, expect, it } from "vitest";
import { saveStreetOfficeCommand } from "@/features/streets/commands";
import { getStreetOffice, listStreetOffices } from "@/features/streets/queries";
import { db } from "@/server/db";
import { parseListParams } from "@/lib/list-params";
import { uniq } from "../../prisma/seed/factories";
import { ALL_ACTOR_KEYS, buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const params = parseListParams({}, { sortable: ["name"] as const, defaultSort: "name", pageSize: 100 });

describe("saveStreetOffice", () => {
  it("only the bureau admin may create a street, in their own district", async () => {
    for (const key of ALL_ACTOR_KEYS.filter((k) => k !== "bureauAdmin")) {
      const name = `拒绝${uniq()}街道`;
      const result = await saveStreetOfficeCommand.execute(w.a.actors[key], { name });
      expect(result, key).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await db.streetOffice.count({ where: { name } })).toBe(0);
    }
    const refused = await saveStreetOfficeCommand.execute(w.systemAdmin, { name: `系统${uniq()}街道` });
    expect(refused).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const name = `新建${uniq()}街道`;
    const ok = await saveStreetOfficeCommand.execute(w.a.actors.bureauAdmin, { name, code: "530114011", phone: "0871-67480001" });
    expect(ok.ok).toBe(true);
    const row = await db.streetOffice.findFirstOrThrow({ where: { name } });
    expect(row.districtId).toBe(w.a.district.id);
    const audit = await db.auditLog.findFirst({ where: { action: "street.save", targetId: row.id } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", actorUserId: w.a.actors.bureauAdmin.userId });
  });

  it("another district's admin cannot edit the street (not found), and nothing changes", async () => {
    const street = w.a.streets[0];
    const result = await saveStreetOfficeCommand.execute(w.b.actors.bureauAdmin, { id: street.id, version: 1, name: `篡改${uniq()}街道` });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.streetOffice.findUniqueOrThrow({ where: { id: street.id } })).name).toBe(street.name);
    expect(await db.auditLog.findFirst({ where: { action: "street.save", outcome: "DENIED", actorUserId: w.b.actors.bureauAdmin.userId } })).not.toBeNull();
  });

  it("the owner edits with the current version; a stale version is a conflict", async () => {
    const street = w.a.streets[1];
    const name = `改名${uniq()}街道`;
    expect((await saveStreetOfficeCommand.execute(w.a.actors.bureauAdmin, { id: street.id, version: 1, name })).ok).toBe(true);
    const stale = await saveStreetOfficeCommand.execute(w.a.actors.bureauAdmin, { id: street.id, version: 1, name: `再改${uniq()}街道` });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.streetOffice.findUniqueOrThrow({ where: { id: street.id } })).name).toBe(name);
  });

  it("bad input is refused on its field, with nothing saved", async () => {
    const admin = w.a.actors.bureauAdmin;
    const before = await db.streetOffice.count();
    const r1 = await saveStreetOfficeCommand.execute(admin, { name: "", phone: "123" });
    expect(r1.ok).toBe(false);
    if (!r1.ok) {
      expect(r1.fieldErrors?.name?.[0]).toBe("请填写街道（乡镇）名称");
      expect(r1.fieldErrors?.phone?.[0]).toContain("联系电话应为 11 位手机号");
    }
    const r2 = await saveStreetOfficeCommand.execute(admin, { name: "龙城片区", code: "12ab" });
    if (!r2.ok) {
      expect(r2.fieldErrors?.name?.[0]).toContain("应以“街道”“镇”或“乡”结尾");
      expect(r2.fieldErrors?.code?.[0]).toBe("区划代码应为 9 位或 12 位数字");
    }
    const dup = await saveStreetOfficeCommand.execute(admin, { name: w.a.streets[0].name });
    expect(dup).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: ["本区已有同名街道（乡镇）"] } });
    expect(await db.streetOffice.count()).toBe(before);
  });

  it("the same name is allowed in another district", async () => {
    expect((await saveStreetOfficeCommand.execute(w.b.actors.bureauAdmin, { name: w.a.streets[0].name })).ok).toBe(true);
  });
});

describe("street queries are scoped", () => {
  const names = async (key: keyof World["a"]["actors"]) => (await listStreetOffices(w.a.actors[key], params)).rows.map((r) => r.id);

  it("bureau roles see their district's streets only", async () => {
    const ids = await names("bureauStaff");
    expect(ids).toEqual(expect.arrayContaining(w.a.streets.map((s) => s.id)));
    expect(ids).not.toContain(w.b.streets[0].id);
  });

  it("a street office sees itself; a station its own street; a contractor the streets it works in", async () => {
    expect(await names("streetStaff")).toEqual([w.a.streets[0].id]);
    expect(await names("otherStreetStaff")).toEqual([w.a.streets[1].id]);
    expect(await names("socialWorker")).toEqual([w.a.streets[0].id]);
    expect(await names("otherStationHead")).toEqual([w.a.streets[1].id]);
    expect(await names("contractorAdmin")).toEqual([w.a.streets[0].id]);
  });

  it("the auditor sees no org data; out-of-scope detail reads as not found", async () => {
    expect(await names("auditor")).toEqual([]);
    expect(await getStreetOffice(w.a.actors.streetStaff, w.a.streets[1].id)).toBeNull();
    expect(await getStreetOffice(w.b.actors.bureauAdmin, w.a.streets[0].id)).toBeNull();
    expect((await getStreetOffice(w.a.actors.streetStaff, w.a.streets[0].id))?.id).toBe(w.a.streets[0].id);
  });
});
