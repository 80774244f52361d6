import { beforeAll, describe, expect, it } from "vitest";
import { checkIdNumberCommand, revealClientFieldCommand, saveClientCommand } from "@/features/clients/commands";
import { clientFormOptions, clientViewers, countClients, getClient, listClients, CLIENT_FILTERS, CLIENT_SORTS } from "@/features/clients/queries";
import { getHousehold } from "@/features/households/queries";
import { openCaseCommand } from "@/features/cases/commands";
import { getCaseHeader } from "@/features/cases/queries";
import { openOverrideCommand } from "@/features/overrides/commands";
import { idNumberBlindIndex } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { parseListParams } from "@/lib/list-params";
import { makeIdNumber, uniq } from "../../prisma/seed/factories";
import { buildWorld, fileOutsiders, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

let serial = 100;
const newId = (gender: "MALE" | "FEMALE" = "FEMALE", birth = "1948-03-02") => makeIdNumber("530114", birth, serial++, gender);

const NO_MEMBERS = { "members.0.name": "", "members.0.relation": "", "members.0.age": "", "members.0.phone": "", "members.0.employer": "" };

const input = (overrides: Record<string, unknown> = {}) => ({
  name: `服务对象${uniq()}`,
  gender: "FEMALE",
  idNumber: newId(),
  phone: "13912342345",
  imContact: "wx_laoren",
  address: "龙城街道彩龙路88号3栋2单元",
  communityId: w.a.communities[0].id,
  health: "高血压，行动不便",
  situation: "独居，子女在外地务工，与邻里关系良好",
  policiesReceived: "城乡低保",
  categories: ["MINIMUM_LIVING", "EMPTY_NEST"],
  riskLevel: "MEDIUM",
  serviceDomain: "ELDERLY",
  householdAddress: "",
  "members.0.name": "李建华",
  "members.0.relation": "儿子",
  "members.0.age": "45",
  "members.0.phone": "13887654321",
  "members.0.livesTogether": "",
  "members.0.employer": "深圳某电子厂",
  "members.1.name": "",
  ...overrides,
});

async function create(actor: Actor, overrides: Record<string, unknown> = {}) {
  const data = input(overrides);
  const result = await saveClientCommand.execute(actor, data);
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  const row = await db.client.findFirstOrThrow({ where: { name: data.name } });
  return { data, row };
}

const list = (actor: Actor, q = "") => listClients(actor, parseListParams({ q }, { sortable: CLIENT_SORTS, defaultSort: "name", filters: CLIENT_FILTERS }));

const outsiders = () => fileOutsiders(w);

describe("register a client", () => {
  it("stores ID number, phone, address, health and situation only encrypted, with masks and a blind index", async () => {
    const { data, row } = await create(w.a.actors.socialWorker);
    expect(row).toMatchObject({
      districtId: w.a.district.id, stationId: w.a.stations[0].id, ownerId: w.a.users.socialWorker.id, gender: "FEMALE",
      idNumberMasked: `${data.idNumber.slice(0, 4)}**********${data.idNumber.slice(-4)}`, phoneMasked: "139****2345", addressMasked: "龙城街道彩龙****",
      idNumberIndex: idNumberBlindIndex(data.idNumber), categories: ["MINIMUM_LIVING", "EMPTY_NEST"], riskLevel: "MEDIUM",
    });
    expect(row.birthDate).toEqual(new Date(Date.UTC(1948, 2, 2)));
    for (const column of [row.idNumberEnc, row.phoneEnc, row.addressEnc, row.healthEnc, row.situationEnc]) expect(column).toMatch(/^v1:/);
    const raw = await db.$queryRaw<Record<string, unknown>[]>`SELECT * FROM client WHERE id = ${row.id}`;
    const text = JSON.stringify(raw[0]);
    for (const plain of [data.idNumber, data.idNumber.slice(6, 14), "13912342345", "彩龙路88号", "高血压", "子女在外地务工"]) expect(text).not.toContain(plain);
    // The household and its members: address and member phones encrypted too.
    const household = await db.household.findUniqueOrThrow({ where: { id: row.householdId! }, include: { members: true } });
    expect(household).toMatchObject({ stationId: w.a.stations[0].id, districtId: w.a.district.id, addressMasked: "龙城街道彩龙****" });
    expect(household.members).toHaveLength(1);
    expect(household.members[0]).toMatchObject({ name: "李建华", relation: "儿子", age: 45, phoneMasked: "138****4321", livesTogether: false, employer: "深圳某电子厂" });
    const rawHousehold = JSON.stringify(await db.$queryRaw`SELECT h.*, m.* FROM household h JOIN household_member m ON m.household_id = h.id WHERE h.id = ${household.id}`);
    expect(rawHousehold).not.toContain("彩龙路88号");
    expect(rawHousehold).not.toContain("13887654321");
    expect(await db.auditLog.findFirst({ where: { action: "client.save", targetId: row.id, outcome: "SUCCESS" } })).not.toBeNull();
  });

  it("a child without an ID number: optional, birth date typed; joins an existing household", async () => {
    const { row: parent } = await create(w.a.actors.socialWorker);
    const { row } = await create(w.a.actors.socialWorker, { idNumber: "", gender: "MALE", birthDate: "2016-05-01", householdId: parent.householdId, categories: ["LEFT_BEHIND_CHILD"], ...NO_MEMBERS });
    expect(row).toMatchObject({ idNumberEnc: null, idNumberIndex: null, idNumberMasked: null, householdId: parent.householdId });
    expect(row.birthDate).toEqual(new Date(Date.UTC(2016, 4, 1)));
  });

  it("bad input is refused on its field in Chinese, nothing saved", async () => {
    const good = newId("FEMALE");
    const badChecksum = good.slice(0, 17) + (good[17] === "0" ? "1" : "0");
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ idNumber: badChecksum }, "idNumber", /校验位不正确/],
      [{ idNumber: "53011419480302" }, "idNumber", /应为 18 位/],
      [{ idNumber: newId("MALE"), gender: "FEMALE" }, "gender", /性别与身份证号不符（身份证号显示为男）/],
      [{ idNumber: newId("FEMALE", "1950-01-01"), birthDate: "1951-01-01" }, "birthDate", /出生日期与身份证号不符/],
      [{ phone: "1391234234" }, "phone", /应为 11 位手机号/],
      [{ "members.0.phone": "12345" }, "members.0.phone", /成员联系电话/],
      [{ "members.0.name": "", "members.0.relation": "女儿" }, "members.0.name", /请填写成员姓名/],
      [{ categories: [] }, "categories", /请至少选择一项/],
      [{ name: "" }, "name", /请填写姓名/],
      [{ riskLevel: "EXTREME" }, "riskLevel", /./],
    ];
    const before = await db.client.count();
    const households = await db.household.count();
    for (const [overrides, field, message] of cases) {
      const result = await saveClientCommand.execute(w.a.actors.socialWorker, input(overrides));
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(result.fieldErrors?.[field]?.[0], field).toMatch(message);
    }
    expect(await db.client.count()).toBe(before);
    expect(await db.household.count()).toBe(households);
  });

  it("the community must be of the station's street; an unreadable household is refused", async () => {
    for (const communityId of [w.a.communities[1].id, w.b.communities[0].id]) {
      const data = input({ communityId });
      expect(await saveClientCommand.execute(w.a.actors.socialWorker, data)).toMatchObject({ ok: false, fieldErrors: { communityId: ["请选择本站所在街道（乡镇）的村（社区）"] } });
    }
    const { row: others } = await create(w.a.actors.otherWorker);
    const data = input({ householdId: others.householdId });
    expect(await saveClientCommand.execute(w.a.actors.socialWorker, data)).toMatchObject({ ok: false, fieldErrors: { householdId: [expect.stringContaining("家庭")] } });
    expect(await db.client.count({ where: { name: data.name } })).toBe(0);
  });

  it("only social workers register; the station is their own", async () => {
    for (const [label, actor] of [...outsiders().filter(([k]) => !k.endsWith("ocialWorker") && k !== "otherWorker"), ["supervisor", w.a.actors.supervisor] as [string, Actor]]) {
      const data = input();
      const result = await saveClientCommand.execute(actor, data);
      expect(result, label).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await db.client.count({ where: { name: data.name } }), label).toBe(0);
    }
    const data = input({ stationId: w.a.stations[1].id });
    expect(await saveClientCommand.execute(w.a.actors.socialWorker, data)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("search before create", () => {
  it("a duplicate the actor reads is named and linked; nothing created", async () => {
    const { data, row } = await create(w.a.actors.socialWorker);
    expect(await checkIdNumberCommand.execute(w.a.actors.socialWorker, { idNumber: data.idNumber })).toMatchObject({ ok: true, data: { status: "readable", clientId: row.id, name: data.name } });
    const again = input({ idNumber: data.idNumber.toLowerCase() });
    const result = await saveClientCommand.execute(w.a.actors.socialWorker, again);
    expect(result).toMatchObject({ ok: false, code: "CONFLICT", fieldErrors: { duplicateOf: [row.id] } });
    expect(await db.client.count({ where: { name: again.name } })).toBe(0);
    expect(await db.client.count({ where: { idNumberIndex: row.idNumberIndex } })).toBe(1);
  });

  it("a duplicate the actor may not read names only the station", async () => {
    const { data } = await create(w.a.actors.otherWorker);
    const message = `该身份证号已在本区登记（${w.a.stations[0].name}），请联系该站负责社工或转介`;
    const check = await checkIdNumberCommand.execute(w.a.actors.socialWorker, { idNumber: data.idNumber });
    expect(check).toEqual({ ok: true, data: { status: "elsewhere", message } });
    const again = input({ idNumber: data.idNumber });
    const result = await saveClientCommand.execute(w.a.actors.socialWorker, again);
    expect(result).toEqual({ ok: false, code: "CONFLICT", message, fieldErrors: { idNumber: [message] } });
    expect(JSON.stringify(result)).not.toContain(data.name);
    expect(await db.client.count({ where: { name: again.name } })).toBe(0);
    // The lookup is audited without the number.
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "client.check", actorUserId: w.a.users.socialWorker.id }, orderBy: { at: "desc" } });
    expect(JSON.stringify(audit.detail)).not.toContain(data.idNumber);
    expect(audit.detail).toEqual({ result: "elsewhere" });
  });

  it("the same ID number in another district is allowed; the check there sees nothing", async () => {
    const { data } = await create(w.a.actors.socialWorker);
    expect(await checkIdNumberCommand.execute(w.b.actors.socialWorker, { idNumber: data.idNumber })).toMatchObject({ ok: true, data: { status: "none" } });
    const other = input({ idNumber: data.idNumber, communityId: w.b.communities[0].id });
    expect(await saveClientCommand.execute(w.b.actors.socialWorker, other)).toMatchObject({ ok: true });
    expect(await db.client.count({ where: { idNumberIndex: idNumberBlindIndex(data.idNumber) } })).toBe(2);
  });

  it("two registrations of one number at once make one client (unique constraint → same message)", async () => {
    const idNumber = newId();
    const [one, two] = await Promise.all([
      saveClientCommand.execute(w.a.actors.socialWorker, input({ idNumber })),
      saveClientCommand.execute(w.a.actors.otherWorker, input({ idNumber })),
    ]);
    expect([one.ok, two.ok].filter(Boolean)).toHaveLength(1);
    const failed = one.ok ? two : one;
    expect(failed).toMatchObject({ ok: false, fieldErrors: { idNumber: [expect.stringMatching(/该身份证号已(在本区登记|登记为服务对象)/)] } });
    expect(await db.client.count({ where: { idNumberIndex: idNumberBlindIndex(idNumber) } })).toBe(1);
  });

  it("the check is for social workers only and validates the number", async () => {
    expect(await checkIdNumberCommand.execute(w.a.actors.stationHead, { idNumber: newId() })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await checkIdNumberCommand.execute(w.a.actors.socialWorker, { idNumber: "123" })).toMatchObject({ ok: false, fieldErrors: { idNumber: expect.arrayContaining([expect.stringContaining("18 位")]) } });
  });
});

describe("who reads and edits (保密制度)", () => {
  let client: { id: string; householdId: string | null; version: number; name: string; idNumber: string };
  beforeAll(async () => {
    const { data, row } = await create(w.a.actors.socialWorker);
    client = { id: row.id, householdId: row.householdId, version: row.version, name: data.name, idNumber: data.idNumber };
  });

  it("owner and their supervisor read list, page and household; the page view is audited", async () => {
    for (const key of ["socialWorker", "supervisor"] as const) {
      const actor = w.a.actors[key];
      expect((await list(actor, client.name)).rows.map((r) => r.id), key).toEqual([client.id]);
      expect((await list(actor, client.idNumber)).rows.map((r) => r.id), `${key} by ID`).toEqual([client.id]);
      const page = await getClient(actor, client.id);
      expect(page?.client.idNumberMasked, key).toMatch(/^5301\*{10}/);
      expect(page?.canEdit, key).toBe(key === "socialWorker");
      expect(JSON.stringify(page)).not.toContain(client.idNumber);
      expect(JSON.stringify(page)).not.toMatch(/v1:/);
      expect(await db.auditLog.count({ where: { action: "client.view", targetId: client.id, actorUserId: w.a.users[key].id } }), key).toBe(1);
      const household = await getHousehold(actor, client.householdId!);
      expect(household?.clients.map((c) => c.id), key).toEqual([client.id]);
    }
  });

  it("a partial ID number finds nothing (no decrypting search)", async () => {
    expect((await list(w.a.actors.socialWorker, client.idNumber.slice(0, 10))).total).toBe(0);
  });

  it("everyone else: nothing listed, not found, nothing revealed, no view rows", async () => {
    for (const [label, actor] of outsiders()) {
      expect((await list(actor, client.name)).total, label).toBe(0);
      expect((await list(actor, client.idNumber)).total, label).toBe(0);
      expect(await getClient(actor, client.id), label).toBeNull();
      expect(await clientViewers(actor, client.id), label).toBeNull();
      expect(await getHousehold(actor, client.householdId!), label).toBeNull();
      const reveal = await revealClientFieldCommand.execute(actor, { clientId: client.id, field: "idNumber", reason: "核实身份信息" });
      expect(reveal.ok, label).toBe(false);
      expect(JSON.stringify(reveal)).not.toContain(client.idNumber);
    }
    expect(await db.auditLog.count({ where: { targetId: client.id, action: { in: ["client.view", "client.reveal"] }, actorUserId: { notIn: [w.a.users.socialWorker.id, w.a.users.supervisor.id] } } })).toBe(0);
  });

  it("only the owner edits (version checked); changing the ID number recomputes index and mask", async () => {
    const current = await db.client.findUniqueOrThrow({ where: { id: client.id } });
    const newNumber = newId("FEMALE", "1952-07-15");
    const edit = (overrides: Record<string, unknown> = {}) => input({ id: client.id, version: current.version, name: client.name, idNumber: newNumber, ...NO_MEMBERS, ...overrides });
    for (const [label, actor] of [...outsiders(), ["supervisor", w.a.actors.supervisor] as [string, Actor]]) {
      const result = await saveClientCommand.execute(actor, edit({ name: "篡改" }));
      expect(result.ok, label).toBe(false);
    }
    expect(await db.client.count({ where: { name: "篡改" } })).toBe(0);
    expect(await saveClientCommand.execute(w.a.actors.socialWorker, edit({ version: current.version + 5 }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveClientCommand.execute(w.a.actors.socialWorker, edit({ phone: "", address: "", health: "", situation: "" }))).toMatchObject({ ok: true, message: "服务对象信息已保存" });
    const after = await db.client.findUniqueOrThrow({ where: { id: client.id } });
    expect(after).toMatchObject({ version: current.version + 1, idNumberIndex: idNumberBlindIndex(newNumber), idNumberMasked: `${newNumber.slice(0, 4)}**********${newNumber.slice(-4)}` });
    expect(after.birthDate).toEqual(new Date(Date.UTC(1952, 6, 15)));
    // Blank sensitive fields on edit are kept.
    expect(after.phoneEnc).toBe(current.phoneEnc);
    expect(after.situationEnc).toBe(current.situationEnc);
    // Keeping the ID number, the gender must still match it; clearing removes a value.
    const kept = { id: client.id, version: after.version, name: client.name, idNumber: "", ...NO_MEMBERS };
    expect(await saveClientCommand.execute(w.a.actors.socialWorker, input({ ...kept, gender: "MALE" }))).toMatchObject({ ok: false, fieldErrors: { gender: [expect.stringContaining("性别与身份证号不符")] } });
    expect(await saveClientCommand.execute(w.a.actors.socialWorker, input({ ...kept, phone: "", clear: ["phone"] }))).toMatchObject({ ok: true });
    expect(await db.client.findUniqueOrThrow({ where: { id: client.id } })).toMatchObject({ phoneEnc: null, phoneMasked: null, idNumberIndex: idNumberBlindIndex(newNumber) });
    client.idNumber = newNumber;
  });

  it("countClients: counts for client:aggregate holders, nothing for the auditor and system administrator", async () => {
    const full = await countClients(w.a.actors.stationHead);
    const atStation = await db.client.count({ where: { stationId: w.a.stations[0].id } });
    expect(full.total).toBe(atStation);
    expect(full.byCategory.MINIMUM_LIVING).toBeGreaterThan(0);
    expect(Object.values(full.byRisk).reduce((a, b) => a + b, 0)).toBe(atStation);
    expect(JSON.stringify(full)).not.toContain(client.name);
    for (const key of ["bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator"] as const) {
      expect((await countClients(w.a.actors[key])).total, key).toBe(await db.client.count({ where: { districtId: w.a.district.id } }));
    }
    expect((await countClients(w.a.actors.streetStaff)).total).toBe(atStation);
    expect((await countClients(w.a.actors.otherStreetStaff)).total).toBe(0);
    expect((await countClients(w.a.actors.contractorAdmin)).total).toBe(atStation);
    expect((await countClients(w.a.actors.stationHead, { riskLevel: "MEDIUM" })).total).toBe(await db.client.count({ where: { stationId: w.a.stations[0].id, riskLevel: "MEDIUM" } }));
    expect((await countClients(w.a.actors.auditor)).total).toBe(0);
    expect((await countClients(w.systemAdmin)).total).toBe(0);
  });
});

describe("reveal and who viewed", () => {
  it("a reveal returns the value once and writes client.reveal with field and reason; the panel lists views and reveals", async () => {
    const { data, row } = await create(w.a.actors.socialWorker);
    await getClient(w.a.actors.supervisor, row.id);
    const reveal = await revealClientFieldCommand.execute(w.a.actors.supervisor, { clientId: row.id, field: "phone", reason: "电话回访核实" });
    expect(reveal).toMatchObject({ ok: true, data: { value: data.phone } });
    for (const [field, value] of [["idNumber", data.idNumber], ["address", data.address], ["health", data.health], ["situation", data.situation]] as const) {
      expect(await revealClientFieldCommand.execute(w.a.actors.socialWorker, { clientId: row.id, field, reason: "入户前核对" }), field).toMatchObject({ ok: true, data: { value } });
    }
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "client.reveal", targetId: row.id, actorUserId: w.a.users.supervisor.id } });
    expect(audit).toMatchObject({ targetType: "Client", outcome: "SUCCESS", detail: { field: "phone", reason: "电话回访核实" } });
    expect(JSON.stringify(audit.detail)).not.toContain(data.phone);
    // Still masked on the page afterwards.
    expect((await getClient(w.a.actors.supervisor, row.id))?.client.phoneMasked).toBe("139****2345");

    const viewers = await clientViewers(w.a.actors.socialWorker, row.id);
    expect(viewers?.filter((v) => v.action === "client.view").map((v) => v.actorName)).toEqual([w.a.actors.supervisor.name, w.a.actors.supervisor.name]);
    expect(viewers?.find((v) => v.action === "client.reveal" && v.actorName === w.a.actors.supervisor.name)?.detail).toEqual({ field: "phone", reason: "电话回访核实" });
    expect(viewers?.some((v) => v.action === "client.save")).toBe(true);
  });

  it("谁查看过此档案 includes the reads of the client's case files: the supervisor's, a 生命第一 override's", async () => {
    const { row } = await create(w.a.actors.socialWorker);
    const opened = await openCaseCommand.execute(w.a.actors.socialWorker, {
      clientId: row.id, firstContactOn: "2026-11-02", intakeDate: "", source: "SELF", sourceNote: "", situation: "", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "",
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    expect(await getCaseHeader(w.a.actors.supervisor, opened.data!.id)).not.toBeNull();
    expect(await openOverrideCommand.execute(w.a.actors.stationHead, { caseId: opened.data!.id, reason: "服务对象家属来电称其有轻生念头，需立即了解情况" })).toMatchObject({ ok: true });
    expect(await getCaseHeader(w.a.actors.stationHead, opened.data!.id)).not.toBeNull();
    // A second override while the first one runs is refused.
    expect(await openOverrideCommand.execute(w.a.actors.stationHead, { caseId: opened.data!.id, reason: "再次开启紧急查阅以便继续了解情况" })).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    const viewers = await clientViewers(w.a.actors.socialWorker, row.id);
    const caseViews = viewers!.filter((v) => v.action === "case.view").map((v) => v.actorName);
    expect(caseViews).toEqual(expect.arrayContaining([w.a.actors.supervisor.name, w.a.actors.stationHead.name]));
    expect(viewers!.some((v) => v.action === "case.override" && v.actorName === w.a.actors.stationHead.name)).toBe(true);
  });

  it("a missing or short reason is a field error and reveals nothing", async () => {
    const { row } = await create(w.a.actors.socialWorker);
    for (const reason of ["", "看看", "   "]) {
      const result = await revealClientFieldCommand.execute(w.a.actors.socialWorker, { clientId: row.id, field: "idNumber", reason });
      expect(result, reason).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: ["请填写查看原因（至少 4 个字）"] } });
      expect(JSON.stringify(result)).not.toMatch(/\d{17}/);
    }
    expect(await revealClientFieldCommand.execute(w.a.actors.socialWorker, { clientId: row.id, field: "password", reason: "入户前核对" })).toMatchObject({ ok: false, fieldErrors: { field: expect.any(Array) } });
    expect(await db.auditLog.count({ where: { action: "client.reveal", targetId: row.id } })).toBe(0);
  });
});

describe("form options", () => {
  it("a worker gets their station, its street's communities and their households; others get none", async () => {
    const options = await clientFormOptions(w.a.actors.socialWorker);
    expect(options.stations.map((s) => s.id)).toEqual([w.a.stations[0].id]);
    expect(options.communities.map((c) => c.id)).toContain(w.a.communities[0].id);
    expect(options.communities.map((c) => c.id)).not.toContain(w.a.communities[1].id);
    expect(options.households.length).toBeGreaterThan(0);
    expect((await clientFormOptions(w.a.actors.stationHead)).stations).toEqual([]);
    expect((await clientFormOptions(w.a.actors.supervisor)).households).toEqual([]);
  });
});
