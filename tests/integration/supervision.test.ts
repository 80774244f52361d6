import { beforeAll, describe, expect, it } from "vitest";
import { assignSupervisorCommand, removeSupervisorAssignmentCommand } from "@/features/supervision/commands";
import { mySupervisees, stationSupervision, supervisionStations } from "@/features/supervision/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { createUser, uniq, type MembershipSpec } from "../../prisma/seed/factories";
import { actorOf, buildWorld, type ActorKey, type World } from "../support/world";

let w: World;
/** A second supervisor at a's first station. */
let supervisor2: { id: string };
beforeAll(async () => {
  w = await buildWorld();
  supervisor2 = await person([{ role: "SUPERVISOR", stationId: w.a.stations[0].id }]);
});

const MANAGERS: ActorKey[] = ["stationHead", "deputyHead"];
const NON_MANAGERS: ActorKey[] = ["bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator", "auditor", "streetStaff", "otherStreetStaff", "socialWorker", "otherWorker", "supervisor", "contractorAdmin"];

function person(memberships: MembershipSpec[], district = () => w.a) {
  return createUser(db, { districtId: district().district.id, username: `p.${uniq()}`, name: `人员${uniq()}`, memberships });
}

const pairCount = (supervisorId: string, workerId: string) => db.supervisorAssignment.count({ where: { supervisorId, workerId } });

async function expectAssignRefused(actor: Actor, data: Record<string, unknown>, expected: Record<string, unknown>, label: string) {
  const before = await db.supervisorAssignment.count();
  const result = await assignSupervisorCommand.execute(actor, data);
  expect(result, label).toMatchObject({ ok: false, ...expected });
  expect(await db.supervisorAssignment.count(), label).toBe(before);
}

describe("supervision.save (指定督导)", () => {
  it("roles without supervision:manage are refused (FORBIDDEN), nothing written, denial audited", async () => {
    const data = () => ({ workerId: w.a.users.otherWorker.id, supervisorId: w.a.users.supervisor.id });
    for (const key of NON_MANAGERS) await expectAssignRefused(w.a.actors[key], data(), { code: "FORBIDDEN" }, key);
    await expectAssignRefused(w.systemAdmin, data(), { code: "FORBIDDEN" }, "systemAdmin");
    expect(await db.auditLog.count({ where: { action: "supervision.save", outcome: "DENIED", actorUserId: w.a.users.supervisor.id } })).toBe(1);
  });

  it("another station's head and the other district are not found, nothing written", async () => {
    const data = { workerId: w.a.users.otherWorker.id, supervisorId: w.a.users.supervisor.id };
    await expectAssignRefused(w.a.actors.otherStationHead, data, { code: "NOT_FOUND" }, "otherStationHead");
    for (const key of MANAGERS) await expectAssignRefused(w.b.actors[key], data, { code: "NOT_FOUND" }, `b.${key}`);
    // Naming another station does not help: the station comes from the actor's memberships.
    await expectAssignRefused(w.a.actors.stationHead, { ...data, stationId: w.a.stations[1].id }, { code: "NOT_FOUND" }, "stationId of stations[1]");
    await expectAssignRefused(w.a.actors.stationHead, { ...data, stationId: w.b.stations[0].id }, { code: "NOT_FOUND" }, "stationId of b");
    // A worker of another station or district is not found either.
    const elsewhere = await person([{ role: "SOCIAL_WORKER", stationId: w.a.stations[1].id }]);
    await expectAssignRefused(w.a.actors.stationHead, { workerId: elsewhere.id, supervisorId: w.a.users.supervisor.id }, { code: "NOT_FOUND" }, "worker at stations[1]");
    await expectAssignRefused(w.a.actors.stationHead, { workerId: w.b.users.socialWorker.id, supervisorId: w.a.users.supervisor.id }, { code: "NOT_FOUND" }, "worker of b");
    // Someone at the station who is not a social worker is not a worker to supervise.
    await expectAssignRefused(w.a.actors.stationHead, { workerId: w.a.users.deputyHead.id, supervisorId: w.a.users.supervisor.id }, { code: "NOT_FOUND" }, "deputy as worker");
    await expectAssignRefused(w.a.actors.stationHead, { workerId: "no-such-user", supervisorId: w.a.users.supervisor.id }, { code: "NOT_FOUND" }, "unknown worker");
  });

  it("head and deputy assign a supervisor of their station; station and district come from the memberships", async () => {
    const result = await assignSupervisorCommand.execute(w.a.actors.stationHead, { workerId: w.a.users.otherWorker.id, supervisorId: w.a.users.supervisor.id });
    expect(result).toMatchObject({ ok: true, message: `已指定甲supervisor督导甲otherWorker` });
    const row = await db.supervisorAssignment.findFirstOrThrow({ where: { supervisorId: w.a.users.supervisor.id, workerId: w.a.users.otherWorker.id } });
    expect(row).toMatchObject({ stationId: w.a.stations[0].id, districtId: w.a.district.id });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "supervision.save", targetId: row.id, outcome: "SUCCESS" } });
    expect(audit).toMatchObject({ targetType: "SupervisorAssignment", districtId: w.a.district.id, detail: { stationId: w.a.stations[0].id, workerId: w.a.users.otherWorker.id } });

    // A worker may have more than one supervisor.
    const second = await assignSupervisorCommand.execute(w.a.actors.deputyHead, { stationId: w.a.stations[0].id, workerId: w.a.users.otherWorker.id, supervisorId: supervisor2.id });
    expect(second.ok).toBe(true);
    expect(await db.supervisorAssignment.count({ where: { workerId: w.a.users.otherWorker.id } })).toBe(2);
  });

  it("the supervisor must hold SUPERVISOR at the same station, be active, and not be the worker", async () => {
    const worker = w.a.users.otherWorker.id;
    const otherStationSupervisor = await person([{ role: "SUPERVISOR", stationId: w.a.stations[1].id }]);
    const inactive = await person([{ role: "SUPERVISOR", stationId: w.a.stations[0].id }]);
    await db.user.update({ where: { id: inactive.id }, data: { isActive: false } });
    const notSupervisor = { supervisorId: ["请选择本站在岗的督导"] };
    const cases: [string, string, Record<string, string[]>][] = [
      ["supervisor of stations[1]", otherStationSupervisor.id, notSupervisor],
      ["supervisor of district b", w.b.users.supervisor.id, notSupervisor],
      ["a fellow social worker", w.a.users.socialWorker.id, notSupervisor],
      ["the station head", w.a.users.stationHead.id, notSupervisor],
      ["an inactive supervisor", inactive.id, notSupervisor],
      ["unknown user", "no-such-user", notSupervisor],
      ["the worker themself", worker, { supervisorId: ["社工本人不能担任自己的督导"] }],
    ];
    for (const [label, supervisorId, fieldErrors] of cases) {
      await expectAssignRefused(w.a.actors.stationHead, { workerId: worker, supervisorId }, { code: "VALIDATION", fieldErrors }, label);
    }
  });

  it("a person holding both roles at the station cannot supervise themself", async () => {
    const both = await person([{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }, { role: "SUPERVISOR", stationId: w.a.stations[0].id }]);
    await expectAssignRefused(w.a.actors.deputyHead, { workerId: both.id, supervisorId: both.id }, { code: "VALIDATION", fieldErrors: { supervisorId: ["社工本人不能担任自己的督导"] } }, "self");
    // …but may supervise someone else, and be supervised by someone else.
    expect((await assignSupervisorCommand.execute(w.a.actors.deputyHead, { workerId: w.a.users.socialWorker.id, supervisorId: both.id })).ok).toBe(true);
    expect((await assignSupervisorCommand.execute(w.a.actors.deputyHead, { workerId: both.id, supervisorId: w.a.users.supervisor.id })).ok).toBe(true);
  });

  it("a duplicate is a field error on the supervisor", async () => {
    // The world already assigns supervisor → socialWorker.
    await expectAssignRefused(
      w.a.actors.stationHead,
      { workerId: w.a.users.socialWorker.id, supervisorId: w.a.users.supervisor.id },
      { code: "VALIDATION", fieldErrors: { supervisorId: ["该督导已在督导这名社工"] } },
      "duplicate",
    );
    expect(await pairCount(w.a.users.supervisor.id, w.a.users.socialWorker.id)).toBe(1);
  });

  it("an inactive worker and missing choices are field errors", async () => {
    const inactiveWorker = await person([{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }]);
    await db.user.update({ where: { id: inactiveWorker.id }, data: { isActive: false } });
    await expectAssignRefused(w.a.actors.stationHead, { workerId: inactiveWorker.id, supervisorId: w.a.users.supervisor.id }, { code: "VALIDATION", fieldErrors: { workerId: ["该社工的账号已停用，不能指定督导"] } }, "inactive worker");
    await expectAssignRefused(w.a.actors.stationHead, { workerId: "", supervisorId: "" }, { code: "VALIDATION", fieldErrors: { workerId: ["请选择社工"], supervisorId: ["请选择督导"] } }, "empty");
  });

  it("a head of two stations names the station when the worker works at both", async () => {
    const head = await person([{ role: "STATION_HEAD", stationId: w.a.stations[0].id }, { role: "STATION_HEAD", stationId: w.a.stations[1].id }]);
    const headActor = (await actorOf(head.id))!;
    const worker = await person([{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }, { role: "SOCIAL_WORKER", stationId: w.a.stations[1].id }]);
    const sup1 = await person([{ role: "SUPERVISOR", stationId: w.a.stations[1].id }]);
    await expectAssignRefused(headActor, { workerId: worker.id, supervisorId: sup1.id }, { code: "VALIDATION", fieldErrors: { workerId: ["该社工在您负责的多个社工站任职，请先选择社工站"] } }, "ambiguous");
    // At stations[0] sup1 is not a supervisor; at stations[1] it is.
    await expectAssignRefused(headActor, { stationId: w.a.stations[0].id, workerId: worker.id, supervisorId: sup1.id }, { code: "VALIDATION", fieldErrors: { supervisorId: ["请选择本站在岗的督导"] } }, "wrong station");
    expect((await assignSupervisorCommand.execute(headActor, { stationId: w.a.stations[1].id, workerId: worker.id, supervisorId: sup1.id })).ok).toBe(true);
    expect(await db.supervisorAssignment.findFirst({ where: { workerId: worker.id } })).toMatchObject({ stationId: w.a.stations[1].id });
  });
});

describe("supervision.remove (解除督导关系)", () => {
  let target: string;
  beforeAll(async () => {
    target = (await db.supervisorAssignment.findFirstOrThrow({ where: { supervisorId: w.a.users.supervisor.id, workerId: w.a.users.socialWorker.id } })).id;
  });

  it("roles without supervision:manage are refused (FORBIDDEN), nothing deleted", async () => {
    for (const key of NON_MANAGERS) {
      expect(await removeSupervisorAssignmentCommand.execute(w.a.actors[key], { id: target }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
    }
    expect(await removeSupervisorAssignmentCommand.execute(w.systemAdmin, { id: target })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await db.supervisorAssignment.count({ where: { id: target } })).toBe(1);
  });

  it("another station's head and the other district are not found, nothing deleted", async () => {
    expect(await removeSupervisorAssignmentCommand.execute(w.a.actors.otherStationHead, { id: target })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    for (const key of MANAGERS) {
      expect(await removeSupervisorAssignmentCommand.execute(w.b.actors[key], { id: target }), `b.${key}`).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await db.supervisorAssignment.count({ where: { id: target } })).toBe(1);
    // And a's head cannot remove b's assignment.
    const bAssignment = await db.supervisorAssignment.findFirstOrThrow({ where: { stationId: w.b.stations[0].id } });
    expect(await removeSupervisorAssignmentCommand.execute(w.a.actors.stationHead, { id: bAssignment.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await db.supervisorAssignment.count({ where: { id: bAssignment.id } })).toBe(1);
  });

  it("bad input is a field error", async () => {
    expect(await removeSupervisorAssignmentCommand.execute(w.a.actors.stationHead, { id: "" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { id: ["请选择督导关系"] } });
  });

  it("the deputy head removes it; removing again is not found", async () => {
    const result = await removeSupervisorAssignmentCommand.execute(w.a.actors.deputyHead, { id: target });
    expect(result).toMatchObject({ ok: true, message: "已解除甲supervisor对甲socialWorker的督导关系" });
    expect(await db.supervisorAssignment.count({ where: { id: target } })).toBe(0);
    expect(await db.auditLog.findFirst({ where: { action: "supervision.remove", targetId: target, outcome: "SUCCESS" } })).toMatchObject({
      detail: { supervisorId: w.a.users.supervisor.id, workerId: w.a.users.socialWorker.id, stationId: w.a.stations[0].id },
    });
    expect(await removeSupervisorAssignmentCommand.execute(w.a.actors.stationHead, { id: target })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("supervision queries", () => {
  it("the page data: the station's workers with their supervisors, for head and deputy only", async () => {
    const data = await stationSupervision(w.a.actors.stationHead, w.a.stations[0].id);
    expect(data).not.toBeNull();
    const other = data!.rows.find((r) => r.worker.id === w.a.users.otherWorker.id)!;
    expect(other.assignments.map((a) => a.supervisor.id).sort()).toEqual([w.a.users.supervisor.id, supervisor2.id].sort());
    expect(data!.supervisorOptions.map((s) => s.id)).toContain(supervisor2.id);
    expect(data!.workerOptions.map((s) => s.id)).toContain(w.a.users.socialWorker.id);
    expect(data!.rows.every((r) => r.worker.id !== w.b.users.socialWorker.id)).toBe(true);
    expect(data!.supervisors.find((s) => s.id === supervisor2.id)?.workerCount).toBe(1);

    expect(await stationSupervision(w.a.actors.otherStationHead, w.a.stations[0].id)).toBeNull();
    expect(await stationSupervision(w.b.actors.stationHead, w.a.stations[0].id)).toBeNull();
    expect(await stationSupervision(w.a.actors.supervisor, w.a.stations[0].id)).toBeNull();
    expect(await stationSupervision(w.a.actors.streetStaff, w.a.stations[0].id)).toBeNull();
    expect((await supervisionStations(w.a.actors.deputyHead)).map((s) => s.id)).toEqual([w.a.stations[0].id]);
    expect(await supervisionStations(w.a.actors.bureauAdmin)).toEqual([]);
  });

  it("a former worker with an assignment is still listed, so it can be removed", async () => {
    const leaver = await person([{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }]);
    expect((await assignSupervisorCommand.execute(w.a.actors.stationHead, { workerId: leaver.id, supervisorId: supervisor2.id })).ok).toBe(true);
    await db.membership.deleteMany({ where: { userId: leaver.id } });
    const data = await stationSupervision(w.a.actors.stationHead, w.a.stations[0].id);
    expect(data!.rows.find((r) => r.worker.id === leaver.id)).toMatchObject({ worker: { current: false }, assignments: [{ supervisor: { id: supervisor2.id } }] });
    expect(data!.workerOptions.map((o) => o.id)).not.toContain(leaver.id);
  });

  it("我督导的社工: a supervisor's own assignments; null for anyone who is not a supervisor", async () => {
    const mine = await mySupervisees((await actorOf(supervisor2.id))!);
    expect(mine!.map((a) => a.worker.id)).toContain(w.a.users.otherWorker.id);
    expect(mine!.every((a) => a.station.id === w.a.stations[0].id)).toBe(true);
    expect(await mySupervisees(w.b.actors.supervisor)).toHaveLength(1);
    expect(await mySupervisees(w.a.actors.stationHead)).toBeNull();
    expect(await mySupervisees(w.a.actors.socialWorker)).toBeNull();
  });
});
