import { beforeAll, describe, expect, it } from "vitest";
import { saveStaffProfileCommand } from "@/features/staff/commands";
import { getStaffProfile, listStaffProfiles, staffFormOptions, STAFF_FILTERS, STAFF_SORTS, type StaffArea } from "@/features/staff/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseListParams } from "@/lib/list-params";
import { createStaffProfile, uniq } from "../../prisma/seed/factories";
import { buildWorld, type ActorKey, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const MANAGERS: ActorKey[] = ["bureauAdmin", "stationHead", "deputyHead", "contractorAdmin"];
const NON_MANAGERS: ActorKey[] = ["bureauStaff", "bureauReviewer", "evaluator", "auditor", "streetStaff", "otherStreetStaff", "socialWorker", "supervisor"];

function input(overrides: Record<string, unknown> = {}) {
  return {
    stationId: w.a.stations[0].id,
    name: `社工${uniq()}`,
    gender: "FEMALE",
    birthMonth: "1995-06",
    phone: "13987101234",
    education: "BACHELOR",
    school: "云南大学",
    major: "社会工作",
    employer: w.a.contractors[0].name,
    jobTitle: "驻站社工",
    position: "STAFF",
    postType: "PROFESSIONAL",
    certificateLevel: "ASSISTANT",
    certificateNumber: `A${Date.now().toString().slice(-8)}`,
    serviceDomains: ["ELDERLY", "SOCIAL_ASSISTANCE"],
    contractorId: w.a.contractors[0].id,
    startedOn: "2024-03-01",
    isActive: "on",
    ...overrides,
  };
}

const countNamed = (name: string) => db.staffProfile.count({ where: { name } });

async function expectRefused(actor: Actor, data: Record<string, unknown>, code: string, label: string) {
  const result = await saveStaffProfileCommand.execute(actor, data);
  expect(result, label).toMatchObject({ ok: false, code });
  expect(await countNamed(String(data.name)), label).toBe(0);
}

describe("saveStaffProfile: create", () => {
  it("roles without staff:manage are refused (FORBIDDEN) and nothing is written", async () => {
    for (const key of NON_MANAGERS) await expectRefused(w.a.actors[key], input(), "FORBIDDEN", key);
    await expectRefused(w.systemAdmin, input(), "FORBIDDEN", "systemAdmin");
  });

  it("the bureau admin files at any station of its district; districtId comes from the station", async () => {
    for (const station of w.a.stations) {
      const data = input({ stationId: station.id, contractorId: "" });
      const result = await saveStaffProfileCommand.execute(w.a.actors.bureauAdmin, data);
      expect(result.ok).toBe(true);
      const row = await db.staffProfile.findFirstOrThrow({ where: { name: data.name } });
      expect(row).toMatchObject({ stationId: station.id, districtId: w.a.district.id, contractorId: null, certificateLevel: "ASSISTANT", serviceDomains: ["ELDERLY", "SOCIAL_ASSISTANCE"], isActive: true });
      expect(row.startedOn).toEqual(new Date(Date.UTC(2024, 2, 1)));
      const audit = await db.auditLog.findFirst({ where: { action: "staff.save", targetId: row.id } });
      expect(audit).toMatchObject({ outcome: "SUCCESS", actorUserId: w.a.actors.bureauAdmin.userId, targetType: "StaffProfile" });
    }
  });

  it("the station head and deputy file at their own station, naming the station's operator", async () => {
    for (const key of ["stationHead", "deputyHead"] as const) {
      const data = input();
      expect((await saveStaffProfileCommand.execute(w.a.actors[key], data)).ok, key).toBe(true);
      expect(await db.staffProfile.findFirstOrThrow({ where: { name: data.name } })).toMatchObject({ stationId: w.a.stations[0].id, contractorId: w.a.contractors[0].id });
    }
  });

  it("the contractor admin files at a station it runs, and the 派驻机构 is forced to its own organisation", async () => {
    for (const contractorId of [w.a.contractors[1].id, w.b.contractors[0].id, ""]) {
      const data = input({ contractorId });
      expect((await saveStaffProfileCommand.execute(w.a.actors.contractorAdmin, data)).ok).toBe(true);
      expect((await db.staffProfile.findFirstOrThrow({ where: { name: data.name } })).contractorId).toBe(w.a.contractors[0].id);
    }
  });

  it("the wrong station is not found: another station's head, a station the contractor does not run", async () => {
    await expectRefused(w.a.actors.stationHead, input({ stationId: w.a.stations[1].id }), "NOT_FOUND", "stationHead → stations[1]");
    await expectRefused(w.a.actors.deputyHead, input({ stationId: w.a.stations[1].id }), "NOT_FOUND", "deputyHead → stations[1]");
    await expectRefused(w.a.actors.contractorAdmin, input({ stationId: w.a.stations[1].id }), "NOT_FOUND", "contractorAdmin → stations[1]");
    const denied = await db.auditLog.findFirst({ where: { action: "staff.save", outcome: "DENIED", actorUserId: w.a.actors.stationHead.userId } });
    expect(denied).not.toBeNull();
  });

  it("the wrong street is not found: the head of the station in streets[1] cannot file at streets[0]'s station", async () => {
    await expectRefused(w.a.actors.otherStationHead, input(), "NOT_FOUND", "otherStationHead → stations[0]");
  });

  it("the other district is not found, whatever its role", async () => {
    for (const key of MANAGERS) await expectRefused(w.b.actors[key], input(), "NOT_FOUND", `b.${key}`);
    await expectRefused(w.a.actors.bureauAdmin, input({ stationId: w.b.stations[0].id, contractorId: "" }), "NOT_FOUND", "a.bureauAdmin → b station");
    await expectRefused(w.a.actors.bureauAdmin, input({ stationId: "no-such-station" }), "NOT_FOUND", "unknown station");
  });

  it("a 派驻机构 outside the station's district (or outside the actor's scope) is refused on its field", async () => {
    const other = input({ contractorId: w.b.contractors[0].id });
    const r1 = await saveStaffProfileCommand.execute(w.a.actors.bureauAdmin, other);
    expect(r1).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { contractorId: ["派驻机构应为本站所在区的承接机构"] } });
    expect(await countNamed(other.name)).toBe(0);
    // A station head names only the organisation running its station.
    const notOwn = input({ contractorId: w.a.contractors[1].id });
    const r2 = await saveStaffProfileCommand.execute(w.a.actors.stationHead, notOwn);
    expect(r2).toMatchObject({ ok: false, fieldErrors: { contractorId: ["派驻机构应为本站所在区的承接机构"] } });
    expect(await countNamed(notOwn.name)).toBe(0);
  });

  it("bad input is refused on the right field with nothing written", async () => {
    const admin = w.a.actors.bureauAdmin;
    const cases: [Record<string, unknown>, string][] = [
      [{ certificateLevel: "ASSISTANT", certificateNumber: "" }, "certificateNumber"],
      [{ certificateLevel: "NONE", certificateNumber: "A123456" }, "certificateNumber"],
      [{ convertedFrom: "CIVIL_AFFAIRS_CLERK" }, "convertedFrom"],
      [{ birthMonth: "1995/06" }, "birthMonth"],
      [{ serviceDomains: [] }, "serviceDomains"],
      [{ phone: "8888" }, "phone"],
      [{ gender: "X" }, "gender"],
      [{ position: "" }, "position"],
      [{ school: "" }, "school"],
    ];
    for (const [overrides, field] of cases) {
      const data = input(overrides);
      const result = await saveStaffProfileCommand.execute(admin, data);
      expect(result.ok, field).toBe(false);
      if (!result.ok) {
        expect(result.code, field).toBe("VALIDATION");
        expect(Object.keys(result.fieldErrors ?? {}), field).toContain(field);
      }
      expect(await countNamed(data.name), field).toBe(0);
    }
  });

  it("a transactional post may be converted from 民政事务员", async () => {
    const data = input({ postType: "TRANSACTIONAL", convertedFrom: "CIVIL_AFFAIRS_CLERK", contractorId: "", certificateLevel: "NONE", certificateNumber: "", education: "SENIOR_HIGH" });
    const result = await saveStaffProfileCommand.execute(w.a.actors.stationHead, data);
    expect(result).toMatchObject({ ok: true, message: "驻站人员已登记" });
    expect(await db.staffProfile.findFirstOrThrow({ where: { name: data.name } })).toMatchObject({ convertedFrom: "CIVIL_AFFAIRS_CLERK", contractorId: null, certificateNumber: null });
  });

  it("education below the post's minimum is saved, with a warning", async () => {
    const data = input({ education: "SENIOR_HIGH" });
    const result = await saveStaffProfileCommand.execute(w.a.actors.stationHead, data);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.message).toContain("学历（高中）低于专业服务岗位要求的大专及以上");
      expect(result.data).toMatchObject({ warning: "学历（高中）低于专业服务岗位要求的大专及以上" });
    }
    expect(await countNamed(data.name)).toBe(1);
  });

  it("the same person is not filed twice at a station", async () => {
    const data = input();
    expect((await saveStaffProfileCommand.execute(w.a.actors.stationHead, data)).ok).toBe(true);
    const again = await saveStaffProfileCommand.execute(w.a.actors.deputyHead, { ...data, phone: "" });
    expect(again).toMatchObject({ ok: false, fieldErrors: { name: ["本站已登记同名、同出生年月的在岗人员，请勿重复登记"] } });
    expect(await countNamed(data.name)).toBe(1);
  });
});

describe("saveStaffProfile: edit", () => {
  const profileAt = (stationIndex: 0 | 1, opts: { contractorId?: string | null; postType?: "PROFESSIONAL" | "TRANSACTIONAL" } = {}) =>
    createStaffProfile(db, {
      districtId: w.a.district.id,
      stationId: w.a.stations[stationIndex].id,
      name: `在岗${uniq()}`,
      contractorId: opts.contractorId === undefined ? w.a.contractors[stationIndex].id : opts.contractorId,
      postType: opts.postType,
    });

  const editOf = (p: { id: string; version: number; stationId: string; contractorId: string | null }, overrides: Record<string, unknown> = {}) =>
    input({ id: p.id, version: p.version, stationId: p.stationId, contractorId: p.contractorId ?? "", name: `改后${uniq()}`, ...overrides });

  it("wrong role, wrong station, wrong street and other district are refused; nothing changes", async () => {
    const p = await profileAt(0);
    const refusals: [Actor, string, string][] = [
      ...NON_MANAGERS.map((k) => [w.a.actors[k], "FORBIDDEN", k] as [Actor, string, string]),
      [w.a.actors.otherStationHead, "NOT_FOUND", "otherStationHead"],
      [w.b.actors.bureauAdmin, "NOT_FOUND", "b.bureauAdmin"],
      [w.b.actors.stationHead, "NOT_FOUND", "b.stationHead"],
      [w.b.actors.contractorAdmin, "NOT_FOUND", "b.contractorAdmin"],
    ];
    for (const [actor, code, label] of refusals) await expectRefused(actor, editOf(p), code, label);
    const unchanged = await db.staffProfile.findUniqueOrThrow({ where: { id: p.id } });
    expect(unchanged).toMatchObject({ name: p.name, version: 1 });
  });

  it("each manager edits a row at its station; a stale version is a conflict", async () => {
    for (const key of MANAGERS) {
      const p = await profileAt(0);
      const data = editOf(p, { jobTitle: "项目主管" });
      const result = await saveStaffProfileCommand.execute(w.a.actors[key], data);
      expect(result, key).toMatchObject({ ok: true, message: "驻站人员信息已保存" });
      const row = await db.staffProfile.findUniqueOrThrow({ where: { id: p.id } });
      expect(row, key).toMatchObject({ name: data.name, jobTitle: "项目主管", version: 2, districtId: w.a.district.id });
      const stale = await saveStaffProfileCommand.execute(w.a.actors[key], editOf(p));
      expect(stale, key).toMatchObject({ ok: false, code: "CONFLICT" });
      expect((await db.staffProfile.findUniqueOrThrow({ where: { id: p.id } })).name).toBe(data.name);
    }
  });

  it("the bureau admin may edit at the other street's station too", async () => {
    const p = await profileAt(1);
    expect((await saveStaffProfileCommand.execute(w.a.actors.bureauAdmin, editOf(p))).ok).toBe(true);
  });

  it("a row cannot be moved to a station out of scope", async () => {
    const p = await profileAt(0);
    const data = editOf(p, { stationId: w.a.stations[1].id, contractorId: "" });
    await expectRefused(w.a.actors.stationHead, data, "NOT_FOUND", "stationHead moves to stations[1]");
    await expectRefused(w.a.actors.bureauAdmin, editOf(p, { stationId: w.b.stations[0].id, contractorId: "" }), "NOT_FOUND", "bureauAdmin moves to b");
    expect((await db.staffProfile.findUniqueOrThrow({ where: { id: p.id } })).stationId).toBe(w.a.stations[0].id);
  });

  it("the contractor admin edits only its own deployed people, not the street's staff at the station it runs", async () => {
    const streetStaff = await profileAt(0, { contractorId: null, postType: "TRANSACTIONAL" });
    await expectRefused(w.a.actors.contractorAdmin, editOf(streetStaff, { postType: "TRANSACTIONAL" }), "FORBIDDEN", "contractor edits street staff");
    const elsewhere = await profileAt(1);
    await expectRefused(w.a.actors.contractorAdmin, editOf(elsewhere), "NOT_FOUND", "contractor edits stations[1]");
    // The station head may edit the street's staff.
    expect((await saveStaffProfileCommand.execute(w.a.actors.stationHead, editOf(streetStaff, { postType: "TRANSACTIONAL", certificateLevel: "NONE", certificateNumber: "" }))).ok).toBe(true);
  });

  it("an unknown id is not found", async () => {
    await expectRefused(w.a.actors.bureauAdmin, input({ id: "no-such-profile", version: 1 }), "NOT_FOUND", "unknown id");
  });
});

describe("staff queries are scoped", () => {
  let rows: { a0: string; a1: string; b0: string; deployedElsewhere: string };
  const params = (filters: Record<string, string> = {}, q = "") =>
    parseListParams({ ...filters, q }, { sortable: STAFF_SORTS, defaultSort: "name", pageSize: 500, filters: STAFF_FILTERS });
  const ids = async (actor: Actor, area: StaffArea, filters: Record<string, string> = {}, q = "") =>
    (await listStaffProfiles(actor, { area, params: params(filters, q) })).rows.map((r) => r.id);

  beforeAll(async () => {
    const make = (d: "a" | "b", i: 0 | 1, opts: Record<string, unknown> = {}) =>
      createStaffProfile(db, { districtId: w[d].district.id, stationId: w[d].stations[i].id, contractorId: w[d].contractors[i].id, name: `查询${uniq()}`, ...opts });
    rows = {
      a0: (await make("a", 0, { school: "昆明学院", certificateLevel: "INTERMEDIATE", certificateNumber: "B2020530001" })).id,
      a1: (await make("a", 1, { postType: "TRANSACTIONAL" })).id,
      b0: (await make("b", 0)).id,
      // Deployed by contractors[0] to a station it does not run: still its person.
      deployedElsewhere: (await make("a", 1, { contractorId: w.a.contractors[0].id })).id,
    };
  });

  it("bureau roles with staff:read see their whole district, never the other", async () => {
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator"] as const) {
      const seen = await ids(w.a.actors[key], "bureau");
      expect(seen, key).toEqual(expect.arrayContaining([rows.a0, rows.a1, rows.deployedElsewhere]));
      expect(seen, key).not.toContain(rows.b0);
    }
    expect(await ids(w.b.actors.bureauAdmin, "bureau")).not.toContain(rows.a0);
    expect(await ids(w.a.actors.auditor, "bureau")).toEqual([]);
    expect(await ids(w.systemAdmin, "bureau")).toEqual([]);
  });

  it("station roles see their own station only", async () => {
    for (const key of ["stationHead", "deputyHead", "socialWorker", "supervisor"] as const) {
      const seen = await ids(w.a.actors[key], "station");
      expect(seen, key).toContain(rows.a0);
      expect(seen, key).not.toContain(rows.a1);
      expect(seen, key).not.toContain(rows.b0);
    }
    const other = await ids(w.a.actors.otherStationHead, "station");
    expect(other).toContain(rows.a1);
    expect(other).not.toContain(rows.a0);
  });

  it("the contractor admin sees the stations it runs and the people it deployed", async () => {
    const seen = await ids(w.a.actors.contractorAdmin, "contractor");
    expect(seen).toEqual(expect.arrayContaining([rows.a0, rows.deployedElsewhere]));
    expect(seen).not.toContain(rows.a1);
    expect(seen).not.toContain(rows.b0);
  });

  it("a single row: out of scope reads as not found, in scope is found with the right edit flag", async () => {
    expect(await getStaffProfile(w.b.actors.bureauAdmin, rows.a0)).toBeNull();
    expect(await getStaffProfile(w.a.actors.otherStationHead, rows.a0)).toBeNull();
    expect(await getStaffProfile(w.a.actors.otherStreetStaff, rows.a0)).toBeNull();
    expect(await getStaffProfile(w.a.actors.auditor, rows.a0)).toBeNull();
    expect(await getStaffProfile(w.systemAdmin, rows.a0)).toBeNull();
    expect(await getStaffProfile(w.a.actors.contractorAdmin, rows.a1)).toBeNull();
    expect((await getStaffProfile(w.a.actors.streetStaff, rows.a0))?.canEdit).toBe(false);
    expect((await getStaffProfile(w.a.actors.socialWorker, rows.a0))?.canEdit).toBe(false);
    expect((await getStaffProfile(w.a.actors.bureauStaff, rows.a0))?.canEdit).toBe(false);
    expect((await getStaffProfile(w.a.actors.stationHead, rows.a0))?.canEdit).toBe(true);
    expect((await getStaffProfile(w.a.actors.bureauAdmin, rows.a1))?.canEdit).toBe(true);
    expect((await getStaffProfile(w.a.actors.contractorAdmin, rows.a0))?.canEdit).toBe(true);
    // Deployed elsewhere: readable by its organisation, but that station's register belongs to another operator.
    expect((await getStaffProfile(w.a.actors.contractorAdmin, rows.deployedElsewhere))?.profile.id).toBe(rows.deployedElsewhere);
  });

  it("filters and search narrow within scope", async () => {
    const admin = w.a.actors.bureauAdmin;
    expect(await ids(admin, "bureau", { station: w.a.stations[0].id })).not.toContain(rows.a1);
    expect(await ids(admin, "bureau", { street: w.a.streets[1].id })).toContain(rows.a1);
    expect(await ids(admin, "bureau", { street: w.a.streets[1].id })).not.toContain(rows.a0);
    const transactional = await ids(admin, "bureau", { postType: "TRANSACTIONAL" });
    expect(transactional).toContain(rows.a1);
    expect(transactional).not.toContain(rows.a0);
    const intermediate = await ids(admin, "bureau", { cert: "INTERMEDIATE" });
    expect(intermediate).toContain(rows.a0);
    expect(intermediate).not.toContain(rows.a1);
    expect(await ids(admin, "bureau", { cert: "CERTIFIED" })).toContain(rows.a0);
    expect(await ids(admin, "bureau", { cert: "NONE" })).not.toContain(rows.a0);
    expect(await ids(admin, "bureau", {}, "昆明学院")).toEqual([rows.a0]);
    expect(await ids(w.b.actors.bureauAdmin, "bureau", {}, "昆明学院")).toEqual([]);
    // A filter naming another district's station finds nothing.
    expect(await ids(admin, "bureau", { station: w.b.stations[0].id })).toEqual([]);
  });

  it("form options offer only the stations and organisations in scope", async () => {
    const head = await staffFormOptions(w.a.actors.stationHead, { area: "station" });
    expect(head.stations.map((s) => s.id)).toEqual([w.a.stations[0].id]);
    expect(head.stations[0].contractorChoosable).toBe(true);
    expect(head.contractors.map((c) => c.id)).toEqual([w.a.contractors[0].id]);
    const contractor = await staffFormOptions(w.a.actors.contractorAdmin, { area: "contractor" });
    expect(contractor.stations.map((s) => s.id)).toEqual([w.a.stations[0].id]);
    expect(contractor.stations[0].contractorChoosable).toBe(false);
    const admin = await staffFormOptions(w.a.actors.bureauAdmin, { area: "bureau" });
    expect(admin.stations.map((s) => s.id).sort()).toEqual(w.a.stations.map((s) => s.id).sort());
    expect((await staffFormOptions(w.a.actors.bureauStaff, { area: "bureau" })).stations).toEqual([]);
    expect((await staffFormOptions(w.a.actors.socialWorker, { area: "station" })).stations).toEqual([]);
  });
});
