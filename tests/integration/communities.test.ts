import { beforeAll, describe, expect, it } from "vitest";
import { saveCommunityCommand } from "@/features/communities/commands";
import { COMMUNITY_FILTERS, COMMUNITY_SORTS, communityOptions, getCommunity, listCommunities } from "@/features/communities/queries";
import { db } from "@/server/db";
import { parseListParams } from "@/lib/list-params";
import { createCommunity, createStation, uniq } from "../../prisma/seed/factories";
import { ALL_ACTOR_KEYS, buildWorld, type ActorKey, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const listParams = (filters: Record<string, string> = {}, q = "") =>
  parseListParams({ ...filters, q }, { sortable: COMMUNITY_SORTS, defaultSort: "name", filters: COMMUNITY_FILTERS, pageSize: 100 });

describe("saveCommunity", () => {
  it("only the bureau admin may create a community, in a street of their district", async () => {
    const street = w.a.streets[0];
    for (const key of ALL_ACTOR_KEYS.filter((k) => k !== "bureauAdmin")) {
      const name = `拒绝${uniq()}社区`;
      expect(await saveCommunityCommand.execute(w.a.actors[key], { streetOfficeId: street.id, name, kind: "URBAN" }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await db.community.count({ where: { name } })).toBe(0);
    }
    expect(await saveCommunityCommand.execute(w.systemAdmin, { streetOfficeId: street.id, name: `系统${uniq()}社区`, kind: "URBAN" })).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const name = `新建${uniq()}村`;
    const ok = await saveCommunityCommand.execute(w.a.actors.bureauAdmin, { streetOfficeId: street.id, name, kind: "RURAL", address: "村委会一楼" });
    expect(ok).toMatchObject({ ok: true });
    const row = await db.community.findFirstOrThrow({ where: { name } });
    expect(row).toMatchObject({ districtId: w.a.district.id, streetOfficeId: street.id, kind: "RURAL", address: "村委会一楼" });
    expect(await db.auditLog.findFirst({ where: { action: "community.save", targetId: row.id, outcome: "SUCCESS" } })).not.toBeNull();
  });

  it("another district's street cannot be chosen, and its community cannot be edited (not found)", async () => {
    const name = `越界${uniq()}社区`;
    const viaForeignStreet = await saveCommunityCommand.execute(w.b.actors.bureauAdmin, { streetOfficeId: w.a.streets[0].id, name, kind: "URBAN" });
    expect(viaForeignStreet).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { streetOfficeId: ["所选街道（乡镇）不存在或不在本区"] } });
    expect(await db.community.count({ where: { name } })).toBe(0);

    const community = w.a.communities[0];
    const edit = await saveCommunityCommand.execute(w.b.actors.bureauAdmin, { id: community.id, version: 1, streetOfficeId: w.b.streets[0].id, name: `篡改${uniq()}社区`, kind: "RURAL" });
    expect(edit).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.community.findUniqueOrThrow({ where: { id: community.id } })).toMatchObject({ name: community.name, streetOfficeId: community.streetOfficeId, version: 1 });
    expect(await db.auditLog.findFirst({ where: { action: "community.save", outcome: "DENIED", actorUserId: w.b.actors.bureauAdmin.userId } })).not.toBeNull();
  });

  it("a community cannot be moved into another district's street", async () => {
    const community = await createCommunity(db, { districtId: w.a.district.id, streetOfficeId: w.a.streets[0].id });
    const result = await saveCommunityCommand.execute(w.a.actors.bureauAdmin, { id: community.id, version: 1, streetOfficeId: w.b.streets[0].id, name: community.name, kind: "URBAN" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { streetOfficeId: ["所选街道（乡镇）不存在或不在本区"] } });
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).streetOfficeId).toBe(w.a.streets[0].id);
  });

  it("the admin edits with the current version; a stale version is a conflict", async () => {
    const community = await createCommunity(db, { districtId: w.a.district.id, streetOfficeId: w.a.streets[0].id });
    const name = `改名${uniq()}社区`;
    const edit = { id: community.id, streetOfficeId: w.a.streets[1].id, name, kind: "RURAL", address: "新址" };
    expect(await saveCommunityCommand.execute(w.a.actors.bureauAdmin, { ...edit, version: 1 })).toMatchObject({ ok: true, redirectTo: `/bureau/communities/${community.id}` });
    expect(await db.community.findUniqueOrThrow({ where: { id: community.id } })).toMatchObject({ name, streetOfficeId: w.a.streets[1].id, kind: "RURAL", version: 2 });
    expect(await saveCommunityCommand.execute(w.a.actors.bureauAdmin, { ...edit, version: 1, name: `过期${uniq()}社区` })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).name).toBe(name);
  });

  it("a community with a community room stays in its street", async () => {
    const community = await createCommunity(db, { districtId: w.a.district.id, streetOfficeId: w.a.streets[0].id });
    await createStation(db, { districtId: w.a.district.id, streetOfficeId: w.a.streets[0].id, communityId: community.id, level: "COMMUNITY" });
    const moved = await saveCommunityCommand.execute(w.a.actors.bureauAdmin, { id: community.id, version: 1, streetOfficeId: w.a.streets[1].id, name: community.name, kind: "URBAN" });
    expect(moved).toMatchObject({ ok: false, fieldErrors: { streetOfficeId: ["该村（社区）已设有社工室，不能改到其他街道（乡镇）"] } });
    expect((await db.community.findUniqueOrThrow({ where: { id: community.id } })).streetOfficeId).toBe(w.a.streets[0].id);
    // Other fields can still change.
    expect(await saveCommunityCommand.execute(w.a.actors.bureauAdmin, { id: community.id, version: 1, streetOfficeId: w.a.streets[0].id, name: community.name, kind: "RURAL" })).toMatchObject({ ok: true });
  });

  it("bad input is refused on its field, with nothing saved", async () => {
    const admin = w.a.actors.bureauAdmin;
    const before = await db.community.count();
    const result = await saveCommunityCommand.execute(admin, { streetOfficeId: "", name: "", kind: "TOWN" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.fieldErrors?.streetOfficeId?.[0]).toBe("请选择所属街道（乡镇）");
      expect(result.fieldErrors?.name?.[0]).toBe("请填写村（社区）名称");
      expect(result.fieldErrors?.kind?.[0]).toBe("请选择类型");
    }
    const long = await saveCommunityCommand.execute(admin, { streetOfficeId: w.a.streets[0].id, name: "社".repeat(51), kind: "URBAN", address: "址".repeat(201) });
    expect(long).toMatchObject({ ok: false, fieldErrors: { name: ["村（社区）名称不能超过 50 个字"], address: ["地址不能超过 200 个字"] } });

    // Unique within the street: the same name is a conflict on the name field there, and fine in the next street.
    const dup = await saveCommunityCommand.execute(admin, { streetOfficeId: w.a.streets[0].id, name: w.a.communities[0].name, kind: "URBAN" });
    expect(dup).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: ["该街道（乡镇）已有同名村（社区）"] } });
    expect(await db.community.count()).toBe(before);
    expect(await saveCommunityCommand.execute(admin, { streetOfficeId: w.a.streets[1].id, name: w.a.communities[0].name, kind: "URBAN" })).toMatchObject({ ok: true });
  });
});

describe("community queries are scoped", () => {
  const ids = async (key: ActorKey, filters: Record<string, string> = {}, q = "") => (await listCommunities(w.a.actors[key], listParams(filters, q))).rows.map((r) => r.id);
  const [c0, c1] = [() => w.a.communities[0].id, () => w.a.communities[1].id];
  const inStreet = async (seen: string[]) => db.community.groupBy({ by: ["streetOfficeId"], where: { id: { in: seen } }, _count: { _all: true } });

  it("bureau roles see their district's communities, none of the other district", async () => {
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator"] as const) {
      const seen = await ids(key);
      expect(seen, key).toEqual(expect.arrayContaining([c0(), c1()]));
      expect(await db.community.count({ where: { id: { in: seen }, districtId: { not: w.a.district.id } } })).toBe(0);
    }
  });

  it("street and station users see their street's communities; a contractor those where it runs a station; the auditor none", async () => {
    for (const key of ["streetStaff", "stationHead", "socialWorker", "contractorAdmin"] as const) {
      const seen = await ids(key);
      expect(seen, key).toContain(c0());
      expect(seen, key).not.toContain(c1());
      expect((await inStreet(seen)).map((g) => g.streetOfficeId), key).toEqual([w.a.streets[0].id]);
    }
    for (const key of ["otherStreetStaff", "otherStationHead"] as const) {
      expect(await ids(key), key).toContain(c1());
      expect(await ids(key), key).not.toContain(c0());
    }
    expect(await ids("auditor")).toEqual([]);
  });

  it("filters and search narrow the list within scope", async () => {
    expect(await ids("bureauStaff", { kind: "RURAL" })).toContain(c1());
    expect(await ids("bureauStaff", { kind: "RURAL" })).not.toContain(c0());
    expect(await ids("bureauStaff", { streetOfficeId: w.a.streets[1].id })).not.toContain(c0());
    expect(await ids("bureauStaff", { streetOfficeId: w.b.streets[0].id })).toEqual([]);
    expect(await ids("bureauStaff", {}, w.a.communities[1].name)).toEqual(expect.arrayContaining([c1()]));
    expect(await ids("streetStaff", {}, w.a.communities[1].name)).toEqual([]);
  });

  it("detail out of scope is not found; in scope it is there", async () => {
    expect(await getCommunity(w.a.actors.streetStaff, c1())).toBeNull();
    expect(await getCommunity(w.a.actors.contractorAdmin, c1())).toBeNull();
    expect(await getCommunity(w.b.actors.bureauAdmin, c0())).toBeNull();
    expect(await getCommunity(w.a.actors.auditor, c0())).toBeNull();
    expect((await getCommunity(w.a.actors.streetStaff, c0()))?.id).toBe(c0());
    expect((await getCommunity(w.a.actors.bureauReviewer, c1()))?.streetOffice.id).toBe(w.a.streets[1].id);
  });

  it("select options follow the permission: only the admin gets communities to manage", async () => {
    const managed = (await communityOptions(w.a.actors.bureauAdmin, "org:manage")).map((c) => c.id);
    expect(managed).toEqual(expect.arrayContaining([c0(), c1()]));
    expect(managed).not.toContain(w.b.communities[0].id);
    expect(await communityOptions(w.a.actors.bureauStaff, "org:manage")).toEqual([]);
  });
});
