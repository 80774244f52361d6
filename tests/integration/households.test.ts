import { beforeAll, describe, expect, it } from "vitest";
import { revealHouseholdFieldCommand } from "@/features/households/commands";
import { getHousehold } from "@/features/households/queries";
import { countClients, getClient } from "@/features/clients/queries";
import { revealClientFieldCommand } from "@/features/clients/commands";
import { openCaseCommand } from "@/features/cases/commands";
import { db } from "@/server/db";
import { seedDemoClients } from "../../prisma/seed/demo-clients";
import { buildWorld, type ActorKey, type World } from "../support/world";

let w: World;
let households: { id: string }[];
beforeAll(async () => {
  w = await buildWorld();
  const result = await seedDemoClients(db, { districtId: w.a.district.id, stationId: w.a.stations[0].id, workerId: w.a.users.socialWorker.id, communityIds: [w.a.communities[0].id] });
  expect(result).toEqual({ clients: 8, households: 3 });
  households = await db.household.findMany({ where: { stationId: w.a.stations[0].id }, orderBy: { createdAt: "asc" }, select: { id: true } });
});

describe("demo clients", () => {
  it("seeds eight encrypted clients of the worker in three households", async () => {
    const clients = await db.client.findMany({ where: { ownerId: w.a.users.socialWorker.id } });
    expect(clients).toHaveLength(8);
    expect(new Set(clients.map((c) => c.householdId)).size).toBe(3);
    for (const c of clients) {
      expect(c.addressEnc).toMatch(/^v1:/);
      expect(c.situationEnc).toMatch(/^v1:/);
      if (c.idNumberEnc) expect(c.idNumberMasked).toMatch(/^5301\*{10}/);
    }
    expect(clients.filter((c) => !c.idNumberEnc).map((c) => c.name)).toEqual(["孙小龙"]);
    const raw = JSON.stringify(await db.$queryRaw`SELECT * FROM client`, (_k, v) => (typeof v === "bigint" ? String(v) : v));
    expect(raw).not.toContain("彩云路");
    expect(raw).not.toContain("13887100103");
    // The reveal gives back the value that was seeded.
    const zhao = clients.find((c) => c.name === "赵德顺")!;
    expect(await revealClientFieldCommand.execute(w.a.actors.socialWorker, { clientId: zhao.id, field: "phone", reason: "演示数据核对" })).toMatchObject({ ok: true, data: { value: "13887100103" } });
    expect((await countClients(w.a.actors.stationHead)).byRisk.HIGH).toBe(1);
  });
});

describe("household page (一户一档)", () => {
  it("owner and supervisor see members and the readable clients; others in the household only as a count", async () => {
    const [first] = households;
    const clients = await db.client.findMany({ where: { householdId: first.id }, orderBy: { name: "asc" } });
    expect(clients).toHaveLength(2);
    await db.client.update({ where: { id: clients[0].id }, data: { ownerId: w.a.users.otherWorker.id } });

    for (const key of ["socialWorker", "supervisor"] as const) {
      const page = await getHousehold(w.a.actors[key], first.id);
      expect(page?.clients.map((c) => c.id), key).toEqual([clients[1].id]);
      expect(page?.hiddenClients, key).toBe(1);
      expect(page?.household.members.map((m) => m.name), key).toEqual(["赵建明", "赵丽"]);
      expect(page?.household.addressMasked, key).toBe("昆明市呈贡区****");
      expect(JSON.stringify(page)).not.toContain(clients[0].name);
      expect(JSON.stringify(page)).not.toMatch(/v1:/);
      expect(await db.auditLog.count({ where: { action: "household.view", targetId: first.id, actorUserId: w.a.users[key].id } }), key).toBe(1);
    }
    // otherWorker reads the household through their own client, and sees the other one only as a count.
    const theirs = await getHousehold(w.a.actors.otherWorker, first.id);
    expect(theirs?.clients.map((c) => c.id)).toEqual([clients[0].id]);
    expect(theirs?.hiddenClients).toBe(1);
    expect(await getClient(w.a.actors.otherWorker, clients[1].id)).toBeNull();
    await db.client.update({ where: { id: clients[0].id }, data: { ownerId: w.a.users.socialWorker.id } });
  });

  it("gathers the members' case files and the visits to the household, each only for those who may read them", async () => {
    const [first] = households;
    const clients = await db.client.findMany({ where: { householdId: first.id }, orderBy: { name: "asc" } });
    const opened = await openCaseCommand.execute(w.a.actors.socialWorker, {
      clientId: clients[1].id, firstContactOn: "2026-11-02", intakeDate: "", source: "SELF", sourceNote: "", situation: "", servicesBefore: "", crisisRisk: "NONE", crisisIntervention: "",
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const visit = await db.visit.create({
      data: {
        districtId: w.a.district.id, stationId: w.a.stations[0].id, workerId: w.a.users.socialWorker.id, createdById: w.a.users.socialWorker.id, target: "高龄老人",
        serviceDomain: "ELDERLY", visitType: "HOME", visitedAt: new Date("2026-11-10T02:00:00Z"), place: "家中", householdCount: 1,
        households: { create: [{ householdId: first.id, name: clients[1].name }] },
      },
    });
    for (const key of ["socialWorker", "supervisor"] as const) {
      const page = await getHousehold(w.a.actors[key], first.id);
      expect(page?.cases.map((c) => c.id), key).toEqual([opened.data!.id]);
      expect(page?.visits.map((v) => v.id), key).toEqual([visit.id]);
    }
    // Another worker who reads the household through their own client sees neither.
    await db.client.update({ where: { id: clients[0].id }, data: { ownerId: w.a.users.otherWorker.id } });
    const theirs = await getHousehold(w.a.actors.otherWorker, first.id);
    expect(theirs?.cases).toEqual([]);
    expect(theirs?.visits).toEqual([]);
    await db.client.update({ where: { id: clients[0].id }, data: { ownerId: w.a.users.socialWorker.id } });
  });

  it("address and member phone reveal need a reason and are audited as household.view", async () => {
    const [, second] = households;
    const member = await db.householdMember.findFirstOrThrow({ where: { householdId: second.id, name: "孙国强" } });
    expect(await revealHouseholdFieldCommand.execute(w.a.actors.supervisor, { householdId: second.id, field: "address", reason: "安排入户探访" })).toMatchObject({ ok: true, data: { value: "昆明市呈贡区龙城街道三台社区三台村 45 号" } });
    expect(await revealHouseholdFieldCommand.execute(w.a.actors.socialWorker, { householdId: second.id, field: "memberPhone", memberId: member.id, reason: "联系监护人" })).toMatchObject({ ok: true, data: { value: "13887100201" } });
    expect(await revealHouseholdFieldCommand.execute(w.a.actors.socialWorker, { householdId: second.id, field: "address", reason: "看" })).toMatchObject({ ok: false, fieldErrors: { reason: ["请填写查看原因（至少 4 个字）"] } });
    const rows = await db.auditLog.findMany({ where: { action: "household.view", targetId: second.id, detail: { path: ["reveal"], equals: true } }, orderBy: { at: "asc" } });
    expect(rows.map((r) => r.detail)).toEqual([
      { reveal: true, field: "address", reason: "安排入户探访" },
      { reveal: true, field: "memberPhone", memberId: member.id, reason: "联系监护人" },
    ]);
    // A member of another household is not found through this one.
    const elsewhere = await db.householdMember.findFirstOrThrow({ where: { householdId: households[0].id } });
    expect(await revealHouseholdFieldCommand.execute(w.a.actors.socialWorker, { householdId: second.id, field: "memberPhone", memberId: elsewhere.id, reason: "联系监护人" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("nobody else reads a household or reveals from it", async () => {
    const keys: ActorKey[] = ["otherWorker", "stationHead", "deputyHead", "streetStaff", "contractorAdmin", "bureauAdmin", "bureauStaff", "evaluator", "auditor"];
    const [, second] = households;
    const actors = [...keys.map((k) => [k, w.a.actors[k]] as const), ["systemAdmin", w.systemAdmin] as const, ["b.socialWorker", w.b.actors.socialWorker] as const];
    for (const [label, actor] of actors) {
      expect(await getHousehold(actor, second.id), label).toBeNull();
      const result = await revealHouseholdFieldCommand.execute(actor, { householdId: second.id, field: "address", reason: "想看一下地址" });
      expect(result.ok, label).toBe(false);
      expect(JSON.stringify(result), label).not.toContain("三台村");
    }
    expect(await db.auditLog.count({ where: { action: "household.view", targetId: second.id, outcome: "SUCCESS", actorUserId: { notIn: [w.a.users.socialWorker.id, w.a.users.supervisor.id] } } })).toBe(0);
  });
});
