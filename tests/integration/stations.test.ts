import { beforeAll, describe, expect, it } from "vitest";
import { saveStationCommand, updateStationInfoCommand } from "@/features/stations/commands";
import {
  getDistrictOverview, getStationOverview, listAreaStations, listStationCompliance, listStations, STATION_FILTERS, STATION_SORTS,
} from "@/features/stations/queries";
import { standardStationName } from "@/features/stations/rules";
import { DEFAULT_OPENING_HOURS } from "@/features/stations/schemas";
import { db } from "@/server/db";
import { parseListParams } from "@/lib/list-params";
import { createCommunity, createStaffProfile, createStreetOffice, uniq } from "../../prisma/seed/factories";
import { ALL_ACTOR_KEYS, buildWorld, type ActorKey, type DistrictWorld, type World } from "../support/world";

let w: World;

/** Makes stations[0] of a district meet the township standard: head, deputy (certified), 2 workers, 30 volunteers. */
async function staffCompliant(d: DistrictWorld) {
  const station = d.stations[0];
  const base = { districtId: d.district.id, stationId: station.id };
  await createStaffProfile(db, { ...base, name: "站长一", position: "HEAD", postType: "TRANSACTIONAL", education: "SENIOR_HIGH" });
  await createStaffProfile(db, { ...base, name: "副站长一", position: "DEPUTY", contractorId: d.contractors[0].id, certificateLevel: "INTERMEDIATE", certificateNumber: "B2020530001" });
  await createStaffProfile(db, { ...base, name: "社工一", contractorId: d.contractors[0].id });
  await createStaffProfile(db, { ...base, name: "社工二", postType: "TRANSACTIONAL", education: "JUNIOR_HIGH" });
  await db.volunteer.createMany({
    data: Array.from({ length: 30 }, (_, i) => ({ districtId: d.district.id, stationId: station.id, name: `志愿者${i}`, gender: "MALE" as const, registeredOn: new Date(Date.UTC(2025, 0, 1)) })),
  });
  // stations[1]: one worker without the education a professional post needs, certified but from the other contractor.
  await createStaffProfile(db, { districtId: d.district.id, stationId: d.stations[1].id, name: "高中社工", education: "SENIOR_HIGH", contractorId: d.contractors[0].id, certificateLevel: "ASSISTANT" });
}

beforeAll(async () => {
  w = await buildWorld();
  await staffCompliant(w.a);
  await staffCompliant(w.b);
});

const listParams = (filters: Record<string, string> = {}, q = "") =>
  parseListParams({ ...filters, q }, { sortable: STATION_SORTS, defaultSort: "name", filters: STATION_FILTERS, pageSize: 100 });

/** A fresh street in district a with its standard township name. */
async function freshStreet(d: DistrictWorld = w.a) {
  const street = await createStreetOffice(db, { districtId: d.district.id, name: `新${uniq()}街道` });
  return { street, standardName: standardStationName({ cityName: d.district.cityName, districtName: d.district.name, streetName: street.name }) };
}

const township = (streetOfficeId: string, name: string, extra: Record<string, unknown> = {}) => ({
  streetOfficeId, level: "TOWNSHIP", operationMode: "PROJECT_BASED", name, address: "彩龙路 8 号", ...extra,
});

describe("saveStation", () => {
  it("only the bureau admin may create a station", async () => {
    const { street, standardName } = await freshStreet();
    for (const key of ALL_ACTOR_KEYS.filter((k) => k !== "bureauAdmin")) {
      const result = await saveStationCommand.execute(w.a.actors[key], township(street.id, standardName));
      expect(result, key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await saveStationCommand.execute(w.systemAdmin, township(street.id, standardName))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.station.count({ where: { streetOfficeId: street.id } })).toBe(0);

    const ok = await saveStationCommand.execute(w.a.actors.bureauAdmin, township(street.id, standardName, { contractorId: w.a.contractors[1].id, phone: "0871-67480002", establishedOn: "2021-06-30" }));
    expect(ok).toMatchObject({ ok: true });
    const row = await db.station.findFirstOrThrow({ where: { streetOfficeId: street.id } });
    expect(row).toMatchObject({ districtId: w.a.district.id, name: standardName, contractorId: w.a.contractors[1].id, openingHours: DEFAULT_OPENING_HOURS, communityId: null });
    expect(row.establishedOn?.toISOString().slice(0, 10)).toBe("2021-06-30");
    expect(await db.auditLog.findFirst({ where: { action: "station.save", targetId: row.id, outcome: "SUCCESS" } })).not.toBeNull();
  });

  it("a township station must carry the standard name; the error names it", async () => {
    const { street, standardName } = await freshStreet();
    const result = await saveStationCommand.execute(w.a.actors.bureauAdmin, township(street.id, "新街道社工站"));
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { name: [`乡镇（街道）社工站名称应为“${standardName}”`] } });
    expect(await db.station.count({ where: { streetOfficeId: street.id } })).toBe(0);
  });

  it("a community room needs a community of the chosen street", async () => {
    const admin = w.a.actors.bureauAdmin;
    const room = { streetOfficeId: w.a.streets[0].id, level: "COMMUNITY", operationMode: "PROJECT_BASED", address: "社区二楼" };
    const missing = await saveStationCommand.execute(admin, { ...room, name: `缺社区${uniq()}社会工作室` });
    expect(missing).toMatchObject({ ok: false, fieldErrors: { communityId: ["村（社区）社工室须选择所在村（社区）"] } });
    const otherStreet = await saveStationCommand.execute(admin, { ...room, name: `错社区${uniq()}社会工作室`, communityId: w.a.communities[1].id });
    expect(otherStreet).toMatchObject({ ok: false, fieldErrors: { communityId: ["所选村（社区）不属于所选街道（乡镇）"] } });
    const otherDistrict = await saveStationCommand.execute(admin, { ...room, name: `外区社区${uniq()}社会工作室`, communityId: w.b.communities[0].id });
    expect(otherDistrict).toMatchObject({ ok: false, fieldErrors: { communityId: ["所选村（社区）不属于所选街道（乡镇）"] } });
    expect(await db.station.count({ where: { level: "COMMUNITY", districtId: w.a.district.id } })).toBe(0);

    const name = `甲社区${uniq()}社会工作室`;
    expect(await saveStationCommand.execute(admin, { ...room, name, communityId: w.a.communities[0].id })).toMatchObject({ ok: true });
    expect(await db.station.findFirstOrThrow({ where: { name } })).toMatchObject({ level: "COMMUNITY", communityId: w.a.communities[0].id, districtId: w.a.district.id });
  });

  it("a township station is not tied to a community even if one is sent", async () => {
    const { street, standardName } = await freshStreet();
    const community = await createCommunity(db, { districtId: w.a.district.id, streetOfficeId: street.id });
    expect(await saveStationCommand.execute(w.a.actors.bureauAdmin, township(street.id, standardName, { communityId: community.id }))).toMatchObject({ ok: true });
    expect((await db.station.findFirstOrThrow({ where: { streetOfficeId: street.id } })).communityId).toBeNull();
  });

  it("another district's street or contractor cannot be chosen", async () => {
    const { street, standardName } = await freshStreet();
    const viaOtherAdmin = await saveStationCommand.execute(w.b.actors.bureauAdmin, township(street.id, standardName));
    expect(viaOtherAdmin).toMatchObject({ ok: false, fieldErrors: { streetOfficeId: ["所选街道（乡镇）不存在或不在本区"] } });
    const foreignContractor = await saveStationCommand.execute(w.a.actors.bureauAdmin, township(street.id, standardName, { contractorId: w.b.contractors[0].id }));
    expect(foreignContractor).toMatchObject({ ok: false, fieldErrors: { contractorId: ["所选承接机构不存在或不在本区"] } });
    expect(await db.station.count({ where: { streetOfficeId: street.id } })).toBe(0);
  });

  it("another district's admin cannot edit the station (not found), and nothing changes", async () => {
    const station = w.a.stations[1];
    const street = w.b.streets[0];
    const standardName = standardStationName({ cityName: "昆明市", districtName: w.b.district.name, streetName: street.name });
    const result = await saveStationCommand.execute(w.b.actors.bureauAdmin, { id: station.id, version: 1, ...township(street.id, standardName) });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.station.findUniqueOrThrow({ where: { id: station.id } })).toMatchObject({ name: station.name, streetOfficeId: station.streetOfficeId, version: 1 });
    expect(await db.auditLog.findFirst({ where: { action: "station.save", outcome: "DENIED", actorUserId: w.b.actors.bureauAdmin.userId } })).not.toBeNull();
  });

  it("the admin edits with the current version; a stale version is a conflict", async () => {
    const { street, standardName } = await freshStreet();
    await saveStationCommand.execute(w.a.actors.bureauAdmin, township(street.id, standardName));
    const row = await db.station.findFirstOrThrow({ where: { streetOfficeId: street.id } });
    const edit = { id: row.id, ...township(street.id, standardName, { address: "新地址 9 号", contractorId: "" }), operationMode: "GOVERNMENT_LED" };
    expect(await saveStationCommand.execute(w.a.actors.bureauAdmin, { ...edit, version: 1 })).toMatchObject({ ok: true, redirectTo: `/bureau/stations/${row.id}` });
    expect(await db.station.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({ address: "新地址 9 号", operationMode: "GOVERNMENT_LED", version: 2 });
    expect(await saveStationCommand.execute(w.a.actors.bureauAdmin, { ...edit, version: 1, address: "过期 1 号" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await db.station.findUniqueOrThrow({ where: { id: row.id } })).address).toBe("新地址 9 号");
  });

  it("bad input is refused on its field, with nothing saved", async () => {
    const before = await db.station.count();
    const result = await saveStationCommand.execute(w.a.actors.bureauAdmin, { streetOfficeId: "", level: "CITY", operationMode: "", name: "", address: "", phone: "12345", establishedOn: "2021-02-30" });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe("VALIDATION");
      expect(result.fieldErrors?.streetOfficeId?.[0]).toBe("请选择所属街道（乡镇）");
      expect(result.fieldErrors?.level?.[0]).toBe("请选择站点层级");
      expect(result.fieldErrors?.operationMode?.[0]).toBe("请选择运营模式");
      expect(result.fieldErrors?.name?.[0]).toBe("请填写站点名称");
      expect(result.fieldErrors?.address?.[0]).toBe("请填写站点地址");
      expect(result.fieldErrors?.phone?.[0]).toContain("联系电话应为 11 位手机号");
      expect(result.fieldErrors?.establishedOn?.[0]).toContain("建站日期应为有效日期");
    }
    const { street, standardName } = await freshStreet();
    await saveStationCommand.execute(w.a.actors.bureauAdmin, township(street.id, standardName));
    const roomName = `重名${uniq()}社会工作室`;
    await saveStationCommand.execute(w.a.actors.bureauAdmin, { streetOfficeId: w.a.streets[0].id, level: "COMMUNITY", communityId: w.a.communities[0].id, operationMode: "PROJECT_BASED", name: roomName, address: "一号" });
    const dup = await saveStationCommand.execute(w.a.actors.bureauAdmin, { streetOfficeId: w.a.streets[0].id, level: "COMMUNITY", communityId: w.a.communities[0].id, operationMode: "PROJECT_BASED", name: roomName, address: "二号" });
    expect(dup).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { name: ["本区已有同名社工站（室）"] } });
    expect(await db.station.count()).toBe(before + 2);
  });
});

describe("updateStationInfo", () => {
  const info = (id: string, extra: Record<string, unknown> = {}) => ({ id, address: `站点新址${uniq()}`, openingHours: "周一至周六 9:00–18:00", phone: "0871-67481234", ...extra });

  it("roles without station:edit are refused", async () => {
    const station = w.a.stations[0];
    const refused: ActorKey[] = ["bureauStaff", "bureauReviewer", "evaluator", "auditor", "streetStaff", "otherStreetStaff", "socialWorker", "supervisor", "contractorAdmin"];
    for (const key of refused) {
      expect(await updateStationInfoCommand.execute(w.a.actors[key], info(station.id)), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await updateStationInfoCommand.execute(w.systemAdmin, info(station.id))).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect((await db.station.findUniqueOrThrow({ where: { id: station.id } })).version).toBe(1);
  });

  it("the head of another station or district cannot reach it (not found)", async () => {
    const station = w.a.stations[0];
    for (const actor of [w.a.actors.otherStationHead, w.b.actors.stationHead, w.b.actors.deputyHead, w.b.actors.bureauAdmin]) {
      expect(await updateStationInfoCommand.execute(actor, info(station.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db.station.findUniqueOrThrow({ where: { id: station.id } })).toMatchObject({ version: 1, address: station.address });
  });

  it("head, deputy and bureau admin update address, hours and phone — and nothing else", async () => {
    const station = w.a.stations[0];
    let version = 1;
    for (const key of ["stationHead", "deputyHead", "bureauAdmin"] as const) {
      const input = info(station.id, { version, name: "篡改名称", contractorId: w.a.contractors[1].id, level: "COMMUNITY" });
      const result = await updateStationInfoCommand.execute(w.a.actors[key], input);
      expect(result, key).toMatchObject({ ok: true, redirectTo: key === "bureauAdmin" ? `/bureau/stations/${station.id}` : `/station?id=${station.id}` });
      version++;
      expect(await db.station.findUniqueOrThrow({ where: { id: station.id } })).toMatchObject({
        address: input.address, phone: "0871-67481234", name: station.name, contractorId: station.contractorId, level: "TOWNSHIP", version,
      });
    }
    expect(await updateStationInfoCommand.execute(w.a.actors.stationHead, info(station.id, { version: 1 }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await updateStationInfoCommand.execute(w.a.actors.stationHead, info(station.id, { version, openingHours: "" }))).toMatchObject({ ok: true });
    expect((await db.station.findUniqueOrThrow({ where: { id: station.id } })).openingHours).toBe(DEFAULT_OPENING_HOURS);
  });

  it("bad input is refused on its field, with nothing saved", async () => {
    const station = w.a.stations[1];
    const result = await updateStationInfoCommand.execute(w.a.actors.otherStationHead, { id: station.id, address: " ", phone: "0871" });
    expect(result).toMatchObject({ ok: false, code: "VALIDATION" });
    if (!result.ok) {
      expect(result.fieldErrors?.address?.[0]).toBe("请填写站点地址");
      expect(result.fieldErrors?.phone?.[0]).toContain("联系电话应为 11 位手机号");
    }
    expect(await db.station.findUniqueOrThrow({ where: { id: station.id } })).toMatchObject({ version: 1, address: station.address });
  });
});

describe("station queries are scoped", () => {
  const ids = async (key: ActorKey, filters: Record<string, string> = {}, q = "") => (await listStations(w.a.actors[key], listParams(filters, q))).rows.map((r) => r.id);
  const [s0, s1] = [() => w.a.stations[0].id, () => w.a.stations[1].id];

  it("bureau roles see their district's stations, none of the other district", async () => {
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator"] as const) {
      const seen = await ids(key);
      expect(seen, key).toEqual(expect.arrayContaining([s0(), s1()]));
      expect(seen, key).not.toContain(w.b.stations[0].id);
      expect(await db.station.count({ where: { id: { in: seen }, districtId: { not: w.a.district.id } } })).toBe(0);
    }
  });

  it("street, station and contractor users see their own stations only; the auditor none", async () => {
    // The street office sees every station and community room of its street (rooms were added above).
    const street0 = (await db.station.findMany({ where: { streetOfficeId: w.a.streets[0].id }, select: { id: true } })).map((s) => s.id);
    expect(street0.length).toBeGreaterThan(1);
    expect((await ids("streetStaff")).sort()).toEqual(street0.sort());
    expect(await ids("otherStreetStaff")).toEqual([s1()]);
    expect(await ids("stationHead")).toEqual([s0()]);
    expect(await ids("socialWorker")).toEqual([s0()]);
    expect(await ids("otherStationHead")).toEqual([s1()]);
    expect(await ids("contractorAdmin")).toEqual([s0()]);
    expect(await ids("auditor")).toEqual([]);
  });

  it("filters and search narrow the list within scope", async () => {
    expect(await ids("bureauStaff", { streetOfficeId: w.a.streets[1].id })).toEqual([s1()]);
    expect(await ids("bureauStaff", { contractorId: w.a.contractors[0].id })).toEqual([s0()]);
    expect(await ids("bureauStaff", { streetOfficeId: w.b.streets[0].id })).toEqual([]);
    expect(await ids("bureauStaff", { level: "NOT_A_LEVEL" })).toEqual(expect.arrayContaining([s0(), s1()]));
    expect(await ids("bureauStaff", {}, w.a.stations[1].name)).toEqual([s1()]);
    expect(await ids("streetStaff", {}, w.a.stations[1].name)).toEqual([]);
  });

  it("the overview of an out-of-scope station is not found; in scope it is there", async () => {
    const a = w.a.actors;
    expect(await getStationOverview(a.streetStaff, s1(), "street")).toBeNull();
    expect(await getStationOverview(a.otherStationHead, s0(), "station")).toBeNull();
    expect(await getStationOverview(a.contractorAdmin, s1(), "contractor")).toBeNull();
    expect(await getStationOverview(w.b.actors.bureauAdmin, s0(), "bureau")).toBeNull();
    expect(await getStationOverview(a.auditor, s0(), "bureau")).toBeNull();
    // A page of another area does not open a station through the bureau role.
    expect(await getStationOverview(a.bureauAdmin, s0(), "station")).toBeNull();

    for (const [actor, area] of [[a.bureauStaff, "bureau"], [a.streetStaff, "street"], [a.socialWorker, "station"], [a.contractorAdmin, "contractor"]] as const) {
      const data = await getStationOverview(actor, s0(), area);
      expect(data?.station.id, area).toBe(s0());
      expect(data?.staff.map((s) => s.name).sort(), area).toEqual(["副站长一", "社工一", "社工二", "站长一"].sort());
      expect(data?.communities.map((c) => c.id), area).toEqual([w.a.communities[0].id]);
      expect(data?.compliance?.staffing.counts.activeVolunteers, area).toBe(30);
    }
  });

  it("the station area lists only the stations the actor works at", async () => {
    expect((await listAreaStations(w.a.actors.deputyHead, "station")).map((s) => s.id)).toEqual([s0()]);
    expect((await listAreaStations(w.a.actors.socialWorker, "station", "station:edit")).map((s) => s.id)).toEqual([]);
    expect((await listAreaStations(w.a.actors.bureauAdmin, "station")).map((s) => s.id)).toEqual([]);
  });
});

describe("staffing compliance", () => {
  it("evaluates every station of the district from grouped counts", async () => {
    const rows = await listStationCompliance(w.a.actors.bureauReviewer);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(rows.every((r) => r.id !== w.b.stations[0].id && r.id !== w.b.stations[1].id)).toBe(true);

    const good = byId.get(w.a.stations[0].id)!;
    expect(good.staffing).toMatchObject({ applicable: true, pass: true });
    expect(good.nameCheck).toMatchObject({ applicable: true, pass: false, expected: standardStationName({ cityName: "昆明市", districtName: w.a.district.name, streetName: w.a.streets[0].name }) });

    const bad = byId.get(w.a.stations[1].id)!;
    expect(bad.staffing.applicable && bad.staffing.pass).toBe(false);
    if (bad.staffing.applicable) {
      const failing = Object.fromEntries(bad.staffing.checks.filter((c) => !c.pass).map((c) => [c.key, c.reason]));
      expect(failing).toEqual({
        head: "未配备站长，标准为 1 名",
        deputy: "未配备副站长，标准为 1 名",
        staff: "驻站社工仅 1 名，标准为不少于 2 名",
        volunteers: "未登记志愿者，标准为不少于 30 名",
        certified: "承接机构派驻人员中没有持证社工（助理社会工作师及以上）",
        education: "学历不达标：高中社工（专业服务岗位，高中）",
      });
    }
  });

  it("the evaluator, who may not read the volunteer register, still gets the station's volunteer count", async () => {
    const [row] = await listStationCompliance(w.a.actors.evaluator, { id: w.a.stations[0].id });
    expect(row.staffing).toMatchObject({ pass: true, counts: { activeVolunteers: 30 } });
  });

  it("a street sees its own stations only", async () => {
    const seen = (await listStationCompliance(w.a.actors.streetStaff)).map((r) => r.id);
    expect(seen).toContain(w.a.stations[0].id);
    expect(await db.station.count({ where: { id: { in: seen }, streetOfficeId: { not: w.a.streets[0].id } } })).toBe(0);
    expect((await listStationCompliance(w.a.actors.otherStreetStaff)).map((r) => r.id)).toEqual([w.a.stations[1].id]);
    expect(await listStationCompliance(w.a.actors.auditor)).toEqual([]);
  });

  it("the district overview counts only the actor's district", async () => {
    const overview = await getDistrictOverview(w.b.actors.bureauStaff);
    expect(overview.stats).toMatchObject({ streets: 2, townshipStations: 2, communityRooms: 0, contractors: 2, activeStaff: 5, certifiedStaff: 2, activeVolunteers: 30 });
    expect(overview.compliance.map((r) => r.id).sort()).toEqual(w.b.stations.map((s) => s.id).sort());
    const byStreet = overview.byStreet.map((s) => [s.id, s.township.map((t) => t.id), s.communities]);
    expect(byStreet).toHaveLength(2);
    expect(byStreet).toEqual(expect.arrayContaining([
      [w.b.streets[0].id, [w.b.stations[0].id], 1],
      [w.b.streets[1].id, [w.b.stations[1].id], 1],
    ]));
    expect(overview.contractors.map((c) => [c.id, c._count.stations])).toEqual(expect.arrayContaining([[w.b.contractors[0].id, 1], [w.b.contractors[1].id, 1]]));
    expect((await getDistrictOverview(w.a.actors.auditor)).stats).toMatchObject({ streets: 0, townshipStations: 0, activeStaff: 0, activeVolunteers: 0 });
  });
});
