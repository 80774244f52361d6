import { beforeAll, describe, expect, it } from "vitest";
import { saveClientCommand } from "@/features/clients/commands";
import { revealHouseholdFieldCommand } from "@/features/households/commands";
import { canEditHousehold, getHouseholdForEdit, saveHouseholdCommand } from "@/features/households/edit";
import { getHousehold } from "@/features/households/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { uniq } from "../../prisma/seed/factories";
import { buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const ADDRESS = "昆明市呈贡区龙城街道龙街社区彩云路 12 号 3 栋 101 室";

/** A client of the actor in a new household with two members (phones encrypted). */
async function household(actor: Actor = w.a.actors.socialWorker) {
  const name = `家庭对象${uniq()}`;
  const r = await saveClientCommand.execute(actor, {
    name, gender: "MALE", categories: ["ADVANCED_AGE"], riskLevel: "LOW", serviceDomain: "ELDERLY", householdAddress: ADDRESS,
    "members.0.name": "赵建明", "members.0.relation": "儿子", "members.0.age": "52", "members.0.phone": "13887100101", "members.0.employer": "某电子厂",
    "members.1.name": "赵丽", "members.1.relation": "女儿", "members.1.age": "48", "members.1.phone": "13887100102",
  });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  const client = await db.client.findFirstOrThrow({ where: { name } });
  return db.household.findUniqueOrThrow({ where: { id: client.householdId! }, include: { members: { orderBy: { createdAt: "asc" } } } });
}

const reload = (id: string) => db.household.findUniqueOrThrow({ where: { id }, include: { members: { orderBy: { createdAt: "asc" } } } });

/** The form as loaded: every member row with its id (phones blank = unchanged). */
function form(h: Awaited<ReturnType<typeof reload>>, overrides: Record<string, unknown> = {}) {
  const rows = Object.fromEntries(h.members.flatMap((m, i) => [
    [`members.${i}.id`, m.id], [`members.${i}.name`, m.name], [`members.${i}.relation`, m.relation], [`members.${i}.age`, m.age === null ? "" : String(m.age)],
    [`members.${i}.phone`, ""], [`members.${i}.employer`, m.employer ?? ""], ...(m.livesTogether ? [[`members.${i}.livesTogether`, "on"]] : []),
  ]));
  return { id: h.id, version: h.version, address: "", communityId: h.communityId ?? "", notes: h.notes ?? "", ...rows, ...overrides };
}

describe("编辑家庭档案", () => {
  it("the responsible worker edits address, community, notes and members; sensitive values stay encrypted with masked copies", async () => {
    const worker = w.a.actors.socialWorker;
    let h = await household();
    expect(await canEditHousehold(worker, h.id)).toBe(true);
    const page = await getHouseholdForEdit(worker, h.id);
    expect(page!.household).toMatchObject({ addressMasked: "昆明市呈贡区****" });
    expect(page!.communities.map((c) => c.id)).toEqual([w.a.communities[0].id]);
    expect(JSON.stringify(page)).not.toMatch(/v1:|13887100101|彩云路/);
    expect(await db.auditLog.count({ where: { action: "household.view", targetId: h.id, actorUserId: w.a.users.socialWorker.id, detail: { path: ["edit"], equals: true } } })).toBe(1);

    const [son, daughter] = h.members;
    const r = await saveHouseholdCommand.execute(worker, form(h, {
      address: "昆明市呈贡区龙城街道三台社区三台村 45 号", communityId: w.a.communities[0].id, notes: "老人独居，子女每月回家一次",
      "members.0.name": "赵建民", "members.0.phone": "",
      "members.1.phone": "0871-67480000",
      "members.2.name": "赵小宝", "members.2.relation": "孙子", "members.2.age": "10", "members.2.phone": "13887100999", "members.2.livesTogether": "on",
    }));
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, redirectTo: `/station/households/${h.id}` });
    h = await reload(h.id);
    expect(h).toMatchObject({ version: 2, communityId: w.a.communities[0].id, notes: "老人独居，子女每月回家一次", addressMasked: "昆明市呈贡区****" });
    expect(h.addressEnc).toMatch(/^v1:/);
    expect(h.members.map((m) => [m.id === son.id ? "son" : m.id === daughter.id ? "daughter" : "new", m.name, m.relation, m.age, m.phoneMasked, m.livesTogether])).toEqual([
      ["son", "赵建民", "儿子", 52, "138****0101", false],
      ["daughter", "赵丽", "女儿", 48, "087******0000", false],
      ["new", "赵小宝", "孙子", 10, "138****0999", true],
    ]);
    for (const m of h.members) expect(m.phoneEnc).toMatch(/^v1:/);
    expect(h.members[2].districtId).toBe(w.a.district.id);
    const raw = JSON.stringify([await db.$queryRaw`SELECT * FROM household WHERE id = ${h.id}`, await db.$queryRaw`SELECT * FROM household_member WHERE household_id = ${h.id}`]);
    for (const secret of ["三台村", "13887100101", "67480000", "13887100999"]) expect(raw).not.toContain(secret);
    // The kept phone and the new address are what was typed.
    expect(await revealHouseholdFieldCommand.execute(worker, { householdId: h.id, field: "memberPhone", memberId: son.id, reason: "核对电话号码" })).toMatchObject({ ok: true, data: { value: "13887100101" } });
    expect(await revealHouseholdFieldCommand.execute(worker, { householdId: h.id, field: "address", reason: "核对家庭住址" })).toMatchObject({ ok: true, data: { value: "昆明市呈贡区龙城街道三台社区三台村 45 号" } });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "household.save", targetId: h.id, outcome: "SUCCESS" } });
    expect(audit.detail).toEqual({ stationId: w.a.stations[0].id, address: "changed", members: { added: 1, updated: 2, removed: 0 } });

    // Clear a phone, remove a member, clear the address and the community.
    const r2 = await saveHouseholdCommand.execute(worker, form(h, { "members.0.clearPhone": "on", removeMembers: [daughter.id], clearAddress: "on", communityId: "", notes: "" }));
    expect(r2, JSON.stringify(r2)).toMatchObject({ ok: true });
    h = await reload(h.id);
    expect(h).toMatchObject({ version: 3, addressEnc: null, addressMasked: null, communityId: null, notes: null });
    expect(h.members.map((m) => [m.name, m.phoneEnc, m.phoneMasked])).toEqual([["赵建民", null, null], ["赵小宝", expect.stringMatching(/^v1:/), "138****0999"]]);
    expect((await getHousehold(worker, h.id))!.household.members.map((m) => m.name)).toEqual(["赵建民", "赵小宝"]);
  });

  it("refuses a stale version, members of another household, another street's community and invalid rows", async () => {
    const worker = w.a.actors.socialWorker;
    const h = await household();
    const other = await household();
    expect(await saveHouseholdCommand.execute(worker, form(h, { notes: "第一次" }))).toMatchObject({ ok: true });
    expect(await saveHouseholdCommand.execute(worker, form(h, { notes: "旧版本" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    const fresh = await reload(h.id);
    expect(fresh.notes).toBe("第一次");
    expect(await saveHouseholdCommand.execute(worker, form(fresh, { "members.0.id": other.members[0].id }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveHouseholdCommand.execute(worker, form(fresh, { removeMembers: other.members[0].id }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await saveHouseholdCommand.execute(worker, form(fresh, { communityId: w.a.communities[1].id }))).toMatchObject({ ok: false, fieldErrors: { communityId: ["请选择本站所在街道（乡镇）的村（社区）"] } });
    const bad = await saveHouseholdCommand.execute(worker, form(fresh, { "members.0.name": "", "members.1.phone": "12345", "members.2.name": "新成员", "members.2.age": "200" }));
    expect(!bad.ok && bad.fieldErrors).toEqual({
      "members.0.name": ["请填写成员姓名"],
      "members.1.phone": ["成员联系电话应为 11 位手机号或带区号的固定电话（如 0871-12345678）"],
      "members.2.relation": ["请填写与服务对象关系"],
      "members.2.age": ["年龄应在 0–130 之间"],
    });
    expect(await reload(h.id)).toMatchObject({ version: fresh.version, notes: "第一次" });
    expect((await reload(other.id)).members).toHaveLength(2);
  });

  it("only who manages a client of the household may edit it; everybody else is refused and nothing changes", async () => {
    const h = await household();
    const outsiders: [string, Actor][] = [
      ["supervisor", w.a.actors.supervisor], ["otherWorker", w.a.actors.otherWorker], ["stationHead", w.a.actors.stationHead], ["deputyHead", w.a.actors.deputyHead],
      ["otherStationHead", w.a.actors.otherStationHead], ["streetStaff", w.a.actors.streetStaff], ["contractorAdmin", w.a.actors.contractorAdmin],
      ["bureauAdmin", w.a.actors.bureauAdmin], ["auditor", w.a.actors.auditor], ["systemAdmin", w.systemAdmin],
      ["b.socialWorker", w.b.actors.socialWorker], ["b.stationHead", w.b.actors.stationHead],
    ];
    for (const [key, actor] of outsiders) {
      const r = await saveHouseholdCommand.execute(actor, form(h, { notes: `越权${key}`, address: "越权地址" }));
      expect(!r.ok && ["NOT_FOUND", "FORBIDDEN"].includes(r.code), key).toBe(true);
      expect(await canEditHousehold(actor, h.id), key).toBe(false);
      expect(await getHouseholdForEdit(actor, h.id), key).toBeNull();
    }
    expect(await reload(h.id)).toMatchObject({ version: 1, notes: null });
    expect(await db.auditLog.count({ where: { action: "household.save", outcome: "DENIED", actorUserId: w.a.users.otherWorker.id } })).toBeGreaterThan(0);

    // The supervisor reads the household but does not edit it.
    expect(await getHousehold(w.a.actors.supervisor, h.id)).not.toBeNull();

    // otherWorker becomes responsible for a client of this household: now they may edit it.
    const name = `同户另一人${uniq()}`;
    expect(await saveClientCommand.execute(w.a.actors.otherWorker, { name, gender: "FEMALE", categories: ["ADVANCED_AGE"], riskLevel: "LOW", serviceDomain: "ELDERLY", "members.0.name": "" })).toMatchObject({ ok: true });
    await db.client.updateMany({ where: { name }, data: { householdId: h.id } });
    expect(await canEditHousehold(w.a.actors.otherWorker, h.id)).toBe(true);
    expect(await saveHouseholdCommand.execute(w.a.actors.otherWorker, form(h, { notes: "同户社工补充" }))).toMatchObject({ ok: true });
    expect(await reload(h.id)).toMatchObject({ version: 2, notes: "同户社工补充" });
  });
});
