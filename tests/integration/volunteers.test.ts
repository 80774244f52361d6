import { beforeAll, describe, expect, it } from "vitest";
import { saveVolunteerCommand } from "@/features/volunteers/commands";
import { countActiveVolunteers, getVolunteer, listVolunteers, volunteerFormOptions, VOLUNTEER_FILTERS, VOLUNTEER_SORTS } from "@/features/volunteers/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseListParams } from "@/lib/list-params";
import { createCommunity, createVolunteer, uniq } from "../../prisma/seed/factories";
import { buildWorld, type ActorKey, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const MANAGERS: ActorKey[] = ["stationHead", "deputyHead", "socialWorker"];
const NON_MANAGERS: ActorKey[] = ["bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator", "auditor", "streetStaff", "otherStreetStaff", "supervisor", "contractorAdmin"];

const input = (overrides: Record<string, unknown> = {}) => ({
  stationId: w.a.stations[0].id,
  communityId: w.a.communities[0].id,
  name: `志愿者${uniq()}`,
  gender: "MALE",
  phone: "13987105678",
  volunteerNumber: `V${uniq()}`,
  skills: "助老陪伴",
  registeredOn: "2025-03-05",
  isActive: "on",
  ...overrides,
});

const countNamed = (name: string) => db.volunteer.count({ where: { name } });

async function expectRefused(actor: Actor, data: Record<string, unknown>, code: string, label: string) {
  const result = await saveVolunteerCommand.execute(actor, data);
  expect(result, label).toMatchObject({ ok: false, code });
  expect(await countNamed(String(data.name)), label).toBe(0);
}

describe("saveVolunteer: create", () => {
  it("roles without volunteer:manage are refused (FORBIDDEN), nothing written", async () => {
    for (const key of NON_MANAGERS) await expectRefused(w.a.actors[key], input(), "FORBIDDEN", key);
    await expectRefused(w.systemAdmin, input(), "FORBIDDEN", "systemAdmin");
  });

  it("head, deputy and social worker register at their own station; districtId from the station", async () => {
    for (const key of MANAGERS) {
      const data = input();
      const result = await saveVolunteerCommand.execute(w.a.actors[key], data);
      expect(result, key).toMatchObject({ ok: true, message: "志愿者已登记" });
      const row = await db.volunteer.findFirstOrThrow({ where: { name: data.name } });
      expect(row, key).toMatchObject({ stationId: w.a.stations[0].id, districtId: w.a.district.id, communityId: w.a.communities[0].id, phone: "13987105678", isActive: true });
      expect(row.registeredOn).toEqual(new Date(Date.UTC(2025, 2, 5)));
      if (result.ok) expect(result.redirectTo).toBe(`/station/volunteers/${row.id}`);
      expect(await db.auditLog.findFirst({ where: { action: "volunteer.save", targetId: row.id, outcome: "SUCCESS" } })).not.toBeNull();
    }
  });

  it("the wrong station and the wrong street are not found", async () => {
    for (const key of MANAGERS) {
      await expectRefused(w.a.actors[key], input({ stationId: w.a.stations[1].id, communityId: w.a.communities[1].id }), "NOT_FOUND", `${key} → stations[1]`);
    }
    await expectRefused(w.a.actors.otherStationHead, input(), "NOT_FOUND", "otherStationHead → stations[0]");
  });

  it("the other district is not found", async () => {
    for (const key of MANAGERS) await expectRefused(w.b.actors[key], input(), "NOT_FOUND", `b.${key}`);
    await expectRefused(w.a.actors.stationHead, input({ stationId: w.b.stations[0].id, communityId: w.b.communities[0].id }), "NOT_FOUND", "a → b station");
  });

  it("the community must belong to the station's street", async () => {
    const cases = [w.a.communities[1].id, w.b.communities[0].id, "no-such-community"];
    for (const communityId of cases) {
      const data = input({ communityId });
      const result = await saveVolunteerCommand.execute(w.a.actors.stationHead, data);
      expect(result, communityId).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { communityId: ["请选择本站所在街道（乡镇）的村（社区）"] } });
      expect(await countNamed(data.name)).toBe(0);
    }
    // Another community of the same street is fine; so is none.
    const sibling = await createCommunity(db, { districtId: w.a.district.id, streetOfficeId: w.a.streets[0].id, name: `同街道社区${uniq()}` });
    expect((await saveVolunteerCommand.execute(w.a.actors.stationHead, input({ communityId: sibling.id }))).ok).toBe(true);
    const none = input({ communityId: "" });
    expect((await saveVolunteerCommand.execute(w.a.actors.stationHead, none)).ok).toBe(true);
    expect((await db.volunteer.findFirstOrThrow({ where: { name: none.name } })).communityId).toBeNull();
  });

  it("bad input is refused on its field, nothing written", async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "" }, "name"],
      [{ phone: "0871-67480000" }, "phone"],
      [{ phone: "1398710567" }, "phone"],
      [{ gender: "" }, "gender"],
      [{ registeredOn: "2025-02-30" }, "registeredOn"],
      [{ registeredOn: `${new Date().getUTCFullYear() + 1}-01-01` }, "registeredOn"],
      [{ volunteerNumber: "编号 1" }, "volunteerNumber"],
    ];
    const before = await db.volunteer.count();
    for (const [overrides, field] of cases) {
      const result = await saveVolunteerCommand.execute(w.a.actors.socialWorker, input(overrides));
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {}), field).toContain(field);
    }
    expect(await db.volunteer.count()).toBe(before);
  });

  it("a registration number is used once per station", async () => {
    const number = `V${uniq()}`;
    expect((await saveVolunteerCommand.execute(w.a.actors.stationHead, input({ volunteerNumber: number }))).ok).toBe(true);
    const again = input({ volunteerNumber: number });
    expect(await saveVolunteerCommand.execute(w.a.actors.deputyHead, again)).toMatchObject({ ok: false, fieldErrors: { volunteerNumber: ["本站已有使用该注册编号的志愿者"] } });
    expect(await countNamed(again.name)).toBe(0);
  });
});

describe("saveVolunteer: edit", () => {
  const volunteerAt = (d: "a" | "b", i: 0 | 1) =>
    createVolunteer(db, { districtId: w[d].district.id, stationId: w[d].stations[i].id, communityId: w[d].communities[i].id, name: `在册${uniq()}` });
  const editOf = (v: { id: string; version: number; stationId: string; communityId: string | null }, overrides: Record<string, unknown> = {}) =>
    input({ id: v.id, version: v.version, stationId: v.stationId, communityId: v.communityId ?? "", name: `改名${uniq()}`, ...overrides });

  it("wrong role, wrong station, wrong street and other district are refused; nothing changes", async () => {
    const v = await volunteerAt("a", 0);
    const refusals: [Actor, string, string][] = [
      ...NON_MANAGERS.map((k) => [w.a.actors[k], "FORBIDDEN", k] as [Actor, string, string]),
      [w.a.actors.otherStationHead, "NOT_FOUND", "otherStationHead"],
      [w.b.actors.stationHead, "NOT_FOUND", "b.stationHead"],
      [w.b.actors.socialWorker, "NOT_FOUND", "b.socialWorker"],
    ];
    for (const [actor, code, label] of refusals) await expectRefused(actor, editOf(v), code, label);
    expect(await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ name: v.name, version: 1 });
  });

  it("each station manager edits; stale versions conflict; moving out of scope is not found", async () => {
    for (const key of MANAGERS) {
      const v = await volunteerAt("a", 0);
      const data = editOf(v, { isActive: "", skills: "课业辅导" });
      expect(await saveVolunteerCommand.execute(w.a.actors[key], data), key).toMatchObject({ ok: true, message: "志愿者信息已保存" });
      expect(await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).toMatchObject({ name: data.name, isActive: false, skills: "课业辅导", version: 2 });
      expect(await saveVolunteerCommand.execute(w.a.actors[key], editOf(v)), key).toMatchObject({ ok: false, code: "CONFLICT" });
    }
    const v = await volunteerAt("a", 0);
    await expectRefused(w.a.actors.stationHead, editOf(v, { stationId: w.a.stations[1].id, communityId: w.a.communities[1].id }), "NOT_FOUND", "move to stations[1]");
    expect((await db.volunteer.findUniqueOrThrow({ where: { id: v.id } })).stationId).toBe(w.a.stations[0].id);
  });
});

describe("volunteer queries are scoped", () => {
  let ids: { a0: string; a1: string; b0: string; inactive: string };
  const params = (filters: Record<string, string> = {}, q = "") =>
    parseListParams({ ...filters, q }, { sortable: VOLUNTEER_SORTS, defaultSort: "name", pageSize: 500, filters: VOLUNTEER_FILTERS });
  const listed = async (actor: Actor, stationId: string, filters: Record<string, string> = {}, q = "") =>
    (await listVolunteers(actor, { stationId, params: params(filters, q) })).rows.map((r) => r.id);

  beforeAll(async () => {
    const make = async (d: "a" | "b", i: 0 | 1, name = `查询${uniq()}`) =>
      (await createVolunteer(db, { districtId: w[d].district.id, stationId: w[d].stations[i].id, communityId: w[d].communities[i].id, name })).id;
    ids = { a0: await make("a", 0, `唯一检索名${uniq()}`), a1: await make("a", 1), b0: await make("b", 0), inactive: await make("a", 0) };
    await db.volunteer.update({ where: { id: ids.inactive }, data: { isActive: false } });
  });

  it("station roles list their own station only; another station's list is empty for them", async () => {
    for (const key of ["stationHead", "deputyHead", "socialWorker", "supervisor"] as const) {
      const seen = await listed(w.a.actors[key], w.a.stations[0].id);
      expect(seen, key).toContain(ids.a0);
      expect(await listed(w.a.actors[key], w.a.stations[1].id), key).toEqual([]);
      expect(await listed(w.a.actors[key], w.b.stations[0].id), key).toEqual([]);
    }
    expect(await listed(w.b.actors.stationHead, w.a.stations[0].id)).toEqual([]);
    expect(await listed(w.a.actors.auditor, w.a.stations[0].id)).toEqual([]);
    expect(await listed(w.systemAdmin, w.a.stations[0].id)).toEqual([]);
  });

  it("readers above the station see within their own district and street only", async () => {
    expect(await listed(w.a.actors.bureauStaff, w.a.stations[1].id)).toContain(ids.a1);
    expect(await listed(w.a.actors.streetStaff, w.a.stations[0].id)).toContain(ids.a0);
    expect(await listed(w.a.actors.otherStreetStaff, w.a.stations[0].id)).toEqual([]);
    expect(await listed(w.a.actors.contractorAdmin, w.a.stations[0].id)).toContain(ids.a0);
    expect(await listed(w.a.actors.contractorAdmin, w.a.stations[1].id)).toEqual([]);
  });

  it("a single volunteer: out of scope is not found; the edit flag follows volunteer:manage", async () => {
    expect(await getVolunteer(w.a.actors.otherStationHead, ids.a0)).toBeNull();
    expect(await getVolunteer(w.b.actors.stationHead, ids.a0)).toBeNull();
    expect(await getVolunteer(w.a.actors.auditor, ids.a0)).toBeNull();
    expect((await getVolunteer(w.a.actors.socialWorker, ids.a0))?.canEdit).toBe(true);
    expect((await getVolunteer(w.a.actors.supervisor, ids.a0))?.canEdit).toBe(false);
    expect((await getVolunteer(w.a.actors.bureauAdmin, ids.a0))?.canEdit).toBe(false);
  });

  it("search, community and active filters; the active count leaves out those who left", async () => {
    const head = w.a.actors.stationHead;
    const station = w.a.stations[0].id;
    const byName = await db.volunteer.findUniqueOrThrow({ where: { id: ids.a0 } });
    expect(await listed(head, station, {}, byName.name)).toEqual([ids.a0]);
    expect(await listed(head, station, { community: w.a.communities[0].id })).toContain(ids.a0);
    expect(await listed(head, station, { community: w.a.communities[1].id })).toEqual([]);
    const left = await listed(head, station, { active: "0" });
    expect(left).toContain(ids.inactive);
    expect(left).not.toContain(ids.a0);
    expect(await listed(head, station, { active: "1" })).not.toContain(ids.inactive);
    const all = await db.volunteer.count({ where: { stationId: station, isActive: true } });
    expect(await countActiveVolunteers(head, station)).toBe(all);
    expect(await countActiveVolunteers(w.a.actors.otherStationHead, station)).toBe(0);
  });

  it("form options: own station and its street's communities only", async () => {
    const options = await volunteerFormOptions(w.a.actors.socialWorker);
    expect(options.stations.map((s) => s.id)).toEqual([w.a.stations[0].id]);
    expect(options.communities.every((c) => c.streetOfficeId === w.a.streets[0].id)).toBe(true);
    expect(options.communities.map((c) => c.id)).toContain(w.a.communities[0].id);
    expect((await volunteerFormOptions(w.a.actors.supervisor)).stations).toEqual([]);
    expect((await volunteerFormOptions(w.a.actors.bureauAdmin)).stations).toEqual([]);
  });
});
