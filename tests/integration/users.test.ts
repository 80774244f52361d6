import { beforeAll, describe, expect, it } from "vitest";
import {
  addMembershipCommand, createUserCommand, removeMembershipCommand, resetPasswordCommand, setUserActiveCommand, unlockUserCommand, updateUserCommand,
} from "@/features/users/commands";
import { getUser, listUsers, membershipUnitOptions, USER_FILTERS, USER_SORTS } from "@/features/users/queries";
import { loadActor } from "@/server/actor";
import { verifyPassword } from "@/server/crypto";
import { db } from "@/server/db";
import { scope } from "@/server/scope";
import type { Actor } from "@/server/permissions";
import type { ActionResult } from "@/server/action";
import { passwordProblems } from "@/lib/validators";
import { parseListParams } from "@/lib/list-params";
import { createUser, uniq, type MembershipSpec } from "../../prisma/seed/factories";
import { actorOf, ALL_ACTOR_KEYS, buildWorld, TEST_PASSWORD, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const NON_ADMIN_KEYS = ALL_ACTOR_KEYS.filter((k) => k !== "bureauAdmin");

/** A fresh account in a district (or a platform account), so tests never disturb the world's actors. */
async function freshUser(district: "a" | "b" | null, memberships: MembershipSpec[] = []) {
  return createUser(db, { districtId: district ? w[district].district.id : null, name: "待管理账号", password: TEST_PASSWORD, memberships });
}

function expectRefused(result: ActionResult<unknown>, code: string) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.code).toBe(code);
}

function expectFieldError(result: ActionResult<unknown>, field: string) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
}

const tempPasswordOf = (result: ActionResult<unknown>) => (result.ok ? (result.data as { temporaryPassword: string }).temporaryPassword : "");

describe("createUserCommand", () => {
  it("the bureau administrator creates an account in their district with a one-time temporary password", async () => {
    const username = `new.${uniq()}`;
    const result = await createUserCommand.execute(w.a.actors.bureauAdmin, { username, name: "新同事", phone: "13900000001" });
    expect(result.ok).toBe(true);
    const password = tempPasswordOf(result);
    expect(passwordProblems(password)).toEqual([]);
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    expect(user.districtId).toBe(w.a.district.id);
    expect(user.mustChangePassword).toBe(true);
    expect(await verifyPassword(user.passwordHash, password)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.save", targetId: user.id } });
    expect(audit.outcome).toBe("SUCCESS");
    expect(JSON.stringify(audit.detail)).not.toContain(password);
  });

  it("a bureau administrator cannot create an account in another district", async () => {
    const username = `new.${uniq()}`;
    expect((await createUserCommand.execute(w.a.actors.bureauAdmin, { username, name: "越权", districtId: w.b.district.id })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { username } })).districtId).toBe(w.a.district.id);
  });

  it("the system administrator chooses the district, or none for a platform account", async () => {
    const inB = `sys.new.${uniq()}`;
    expect((await createUserCommand.execute(w.systemAdmin, { username: inB, name: "乙区账号", districtId: w.b.district.id })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { username: inB } })).districtId).toBe(w.b.district.id);
    const platform = `sys.new.${uniq()}`;
    expect((await createUserCommand.execute(w.systemAdmin, { username: platform, name: "平台账号", districtId: "" })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { username: platform } })).districtId).toBeNull();
    expectFieldError(await createUserCommand.execute(w.systemAdmin, { username: `x.${uniq()}`, name: "无", districtId: "no-such-district" }), "districtId");
  });

  it("every other role is refused and nothing is written", async () => {
    for (const key of NON_ADMIN_KEYS) {
      const username = `deny.${uniq()}`;
      expectRefused(await createUserCommand.execute(w.a.actors[key], { username, name: "越权" }), "FORBIDDEN");
      expect(await db.user.count({ where: { username } })).toBe(0);
    }
  });

  it("a username already in use (in any case) is a field error", async () => {
    const taken = w.b.users.socialWorker.username;
    const before = await db.user.count();
    expectFieldError(await createUserCommand.execute(w.a.actors.bureauAdmin, { username: taken, name: "重复" }), "username");
    expectFieldError(await createUserCommand.execute(w.a.actors.bureauAdmin, { username: taken.toUpperCase(), name: "重复" }), "username");
    expect(await db.user.count()).toBe(before);
  });

  it("bad input is reported on its field", async () => {
    expectFieldError(await createUserCommand.execute(w.a.actors.bureauAdmin, { username: "ab", name: "短" }), "username");
    expectFieldError(await createUserCommand.execute(w.a.actors.bureauAdmin, { username: "张三", name: "中文" }), "username");
    expectFieldError(await createUserCommand.execute(w.a.actors.bureauAdmin, { username: `ok.${uniq()}`, name: "" }), "name");
    expectFieldError(await createUserCommand.execute(w.a.actors.bureauAdmin, { username: `ok.${uniq()}`, name: "电话", phone: "110" }), "phone");
  });
});

describe("updateUserCommand", () => {
  it("edits name and phone with the version; a stale version conflicts", async () => {
    const user = await freshUser("a");
    expect((await updateUserCommand.execute(w.a.actors.bureauAdmin, { id: user.id, version: user.version, name: "改名", phone: "0871-67480002" })).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.name, after.phone, after.version]).toEqual(["改名", "0871-67480002", user.version + 1]);
    expectRefused(await updateUserCommand.execute(w.a.actors.bureauAdmin, { id: user.id, version: user.version, name: "旧页面" }), "CONFLICT");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("改名");
  });

  it("another district's administrator gets NOT_FOUND; other roles FORBIDDEN; the system administrator may", async () => {
    const user = await freshUser("a");
    expectRefused(await updateUserCommand.execute(w.b.actors.bureauAdmin, { id: user.id, name: "越权" }), "NOT_FOUND");
    for (const key of NON_ADMIN_KEYS) expectRefused(await updateUserCommand.execute(w.a.actors[key], { id: user.id, name: "越权" }), "FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe("待管理账号");
    expect((await updateUserCommand.execute(w.systemAdmin, { id: user.id, name: "系统改名" })).ok).toBe(true);
  });

  it("bad input is a field error", async () => {
    const user = await freshUser("a");
    expectFieldError(await updateUserCommand.execute(w.a.actors.bureauAdmin, { id: user.id, name: "  " }), "name");
    expectFieldError(await updateUserCommand.execute(w.a.actors.bureauAdmin, { id: user.id, name: "好", phone: "abc" }), "phone");
  });
});

describe("resetPasswordCommand", () => {
  it("sets a new temporary password, forces a change, ends sessions and clears a lock", async () => {
    const user = await freshUser("a", [{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }]);
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() + 600_000) } });
    const result = await resetPasswordCommand.execute(w.a.actors.bureauAdmin, { id: user.id });
    expect(result.ok).toBe(true);
    const password = tempPasswordOf(result);
    expect(passwordProblems(password)).toEqual([]);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.mustChangePassword).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect([after.failedLoginCount, after.lockedUntil]).toEqual([0, null]);
    expect(await verifyPassword(after.passwordHash, password)).toBe(true);
    expect(await verifyPassword(after.passwordHash, TEST_PASSWORD)).toBe(false);
    expect(await loadActor(user.id, { sessionVersion: user.sessionVersion, ip: null })).toBeNull();
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "user.reset_password", targetId: user.id } });
    expect(JSON.stringify(audit.detail)).not.toContain(password);
  });

  it("other district NOT_FOUND, other roles FORBIDDEN, own password not here; nothing changes", async () => {
    const user = await freshUser("a");
    expectRefused(await resetPasswordCommand.execute(w.b.actors.bureauAdmin, { id: user.id }), "NOT_FOUND");
    for (const key of NON_ADMIN_KEYS) expectRefused(await resetPasswordCommand.execute(w.a.actors[key], { id: user.id }), "FORBIDDEN");
    expectRefused(await resetPasswordCommand.execute(w.a.actors.bureauAdmin, { id: w.a.users.bureauAdmin.id }), "FORBIDDEN");
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toEqual(user);
  });

  it("三权分立: the auditor's password is reset by the system administrator only", async () => {
    const auditor = await freshUser("a", [{ role: "AUDITOR", bureauId: w.a.bureau.id }]);
    expectRefused(await resetPasswordCommand.execute(w.a.actors.bureauAdmin, { id: auditor.id }), "FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: auditor.id } })).passwordHash).toBe(auditor.passwordHash);
    expect((await resetPasswordCommand.execute(w.systemAdmin, { id: auditor.id })).ok).toBe(true);
  });
});

describe("unlockUserCommand", () => {
  it("clears the lock and the failure count", async () => {
    const user = await freshUser("a", [{ role: "BUREAU_STAFF", bureauId: w.a.bureau.id }]);
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() + 600_000) } });
    expect(await actorOf(user.id)).toBeNull();
    expectRefused(await unlockUserCommand.execute(w.b.actors.bureauAdmin, { id: user.id }), "NOT_FOUND");
    expectRefused(await unlockUserCommand.execute(w.a.actors.bureauStaff, { id: user.id }), "FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(5);
    expect((await unlockUserCommand.execute(w.a.actors.bureauAdmin, { id: user.id })).ok).toBe(true);
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect([after.failedLoginCount, after.lockedUntil]).toEqual([0, null]);
    expect(await actorOf(user.id)).not.toBeNull();
    expect(await db.auditLog.count({ where: { action: "user.unlock", outcome: "SUCCESS", targetId: user.id } })).toBe(1);
  });
});

describe("setUserActiveCommand", () => {
  it("deactivating ends the sessions; activating restores the account", async () => {
    const user = await freshUser("a", [{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }]);
    expect((await setUserActiveCommand.execute(w.a.actors.bureauAdmin, { id: user.id, active: false })).ok).toBe(true);
    const off = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(off.isActive).toBe(false);
    expect(off.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await actorOf(user.id)).toBeNull();
    expect((await setUserActiveCommand.execute(w.a.actors.bureauAdmin, { id: user.id, active: "true" })).ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).isActive).toBe(true);
    expect(await loadActor(user.id, { sessionVersion: user.sessionVersion, ip: null })).toBeNull();
  });

  it("nobody deactivates themself", async () => {
    expectRefused(await setUserActiveCommand.execute(w.a.actors.bureauAdmin, { id: w.a.users.bureauAdmin.id, active: false }), "FORBIDDEN");
    expectRefused(await setUserActiveCommand.execute(w.systemAdmin, { id: w.systemAdminUser.id, active: false }), "FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: w.a.users.bureauAdmin.id } })).isActive).toBe(true);
  });

  it("other district NOT_FOUND, other roles FORBIDDEN, separated accounts by the system administrator only", async () => {
    const user = await freshUser("a");
    expectRefused(await setUserActiveCommand.execute(w.b.actors.bureauAdmin, { id: user.id, active: false }), "NOT_FOUND");
    for (const key of NON_ADMIN_KEYS) expectRefused(await setUserActiveCommand.execute(w.a.actors[key], { id: user.id, active: false }), "FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).isActive).toBe(true);

    const platform = await freshUser(null, [{ role: "SYSTEM_ADMIN" }]);
    expectRefused(await setUserActiveCommand.execute(w.a.actors.bureauAdmin, { id: platform.id, active: false }), "NOT_FOUND");
    const auditor = await freshUser("a", [{ role: "AUDITOR", bureauId: w.a.bureau.id }]);
    expectRefused(await setUserActiveCommand.execute(w.a.actors.bureauAdmin, { id: auditor.id, active: false }), "FORBIDDEN");
    expect((await setUserActiveCommand.execute(w.systemAdmin, { id: auditor.id, active: false })).ok).toBe(true);
  });
});

describe("addMembershipCommand: the unit follows the role and lies in the actor's district", () => {
  const grant = (actor: Actor, userId: string, role: string, unitId?: string) => addMembershipCommand.execute(actor, { userId, role, unitId: unitId ?? "" });

  it("grants a role at each kind of unit of the own district", async () => {
    const user = await freshUser("a");
    const a = w.a;
    for (const [role, unitId, column] of [
      ["BUREAU_STAFF", a.bureau.id, "bureauId"],
      ["STREET_STAFF", a.streets[1].id, "streetOfficeId"],
      ["SUPERVISOR", a.stations[1].id, "stationId"],
      ["CONTRACTOR_ADMIN", a.contractors[1].id, "contractorId"],
    ] as const) {
      const result = await grant(a.actors.bureauAdmin, user.id, role, unitId);
      expect(result.ok, role).toBe(true);
      const row = await db.membership.findFirstOrThrow({ where: { userId: user.id, role } });
      expect(row[column]).toBe(unitId);
      expect(row.districtId).toBe(a.district.id);
    }
    const actor = (await actorOf(user.id))!;
    expect(actor.memberships.map((m) => m.role).sort()).toEqual(["BUREAU_STAFF", "CONTRACTOR_ADMIN", "STREET_STAFF", "SUPERVISOR"]);
    expect(await db.auditLog.count({ where: { action: "membership.add", outcome: "SUCCESS", detail: { path: ["userId"], equals: user.id } } })).toBe(4);
  });

  it("a unit of another district is not found and nothing is written", async () => {
    const user = await freshUser("a");
    const b = w.b;
    for (const [role, unitId] of [
      ["BUREAU_STAFF", b.bureau.id],
      ["STREET_STAFF", b.streets[0].id],
      ["STATION_HEAD", b.stations[0].id],
      ["CONTRACTOR_ADMIN", b.contractors[0].id],
    ] as const) {
      expectRefused(await grant(w.a.actors.bureauAdmin, user.id, role, unitId), "NOT_FOUND");
      expectRefused(await grant(w.systemAdmin, user.id, role, unitId), "NOT_FOUND");
    }
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a unit of the wrong kind for the role is not found", async () => {
    const user = await freshUser("a");
    expectRefused(await grant(w.a.actors.bureauAdmin, user.id, "STATION_HEAD", w.a.streets[0].id), "NOT_FOUND");
    expectRefused(await grant(w.a.actors.bureauAdmin, user.id, "STREET_STAFF", w.a.stations[0].id), "NOT_FOUND");
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("an account of another district is not found; other roles are refused", async () => {
    const user = await freshUser("b");
    expectRefused(await grant(w.a.actors.bureauAdmin, user.id, "BUREAU_STAFF", w.b.bureau.id), "NOT_FOUND");
    expectRefused(await grant(w.a.actors.bureauAdmin, user.id, "BUREAU_STAFF", w.a.bureau.id), "NOT_FOUND");
    for (const key of NON_ADMIN_KEYS) expectRefused(await grant(w.b.actors[key], user.id, "BUREAU_STAFF", w.b.bureau.id), "FORBIDDEN");
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
  });

  it("bad input: no role, no unit, a duplicate", async () => {
    const user = await freshUser("a");
    expectFieldError(await grant(w.a.actors.bureauAdmin, user.id, ""), "role");
    expectFieldError(await grant(w.a.actors.bureauAdmin, user.id, "KING"), "role");
    expectFieldError(await grant(w.a.actors.bureauAdmin, user.id, "SOCIAL_WORKER"), "unitId");
    expect((await grant(w.a.actors.bureauAdmin, user.id, "SOCIAL_WORKER", w.a.stations[0].id)).ok).toBe(true);
    expectFieldError(await grant(w.a.actors.bureauAdmin, user.id, "SOCIAL_WORKER", w.a.stations[0].id), "unitId");
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(1);
  });

  it("三权分立: only the system administrator grants 系统管理员 and 安全审计员", async () => {
    const user = await freshUser("a");
    expectRefused(await grant(w.a.actors.bureauAdmin, user.id, "AUDITOR", w.a.bureau.id), "FORBIDDEN");
    expectRefused(await grant(w.a.actors.bureauAdmin, user.id, "SYSTEM_ADMIN"), "FORBIDDEN");
    expect(await db.membership.count({ where: { userId: user.id } })).toBe(0);
    expect((await grant(w.systemAdmin, user.id, "AUDITOR", w.a.bureau.id)).ok).toBe(true);
    expect((await actorOf(user.id))!.memberships.map((m) => m.role)).toEqual(["AUDITOR"]);
  });

  it("三权分立: 系统管理员 and 安全审计员 hold no other role", async () => {
    const worker = await freshUser("a", [{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }]);
    expectFieldError(await grant(w.systemAdmin, worker.id, "AUDITOR", w.a.bureau.id), "role");
    const auditor = await freshUser("a", [{ role: "AUDITOR", bureauId: w.a.bureau.id }]);
    expectFieldError(await grant(w.systemAdmin, auditor.id, "BUREAU_STAFF", w.a.bureau.id), "role");
    expectRefused(await grant(w.a.actors.bureauAdmin, auditor.id, "BUREAU_STAFF", w.a.bureau.id), "FORBIDDEN");
    expect(await db.membership.count({ where: { userId: auditor.id } })).toBe(1);
  });

  it("系统管理员 is a platform role: granted to platform accounts only, without a unit", async () => {
    const district = await freshUser("a");
    expectFieldError(await grant(w.systemAdmin, district.id, "SYSTEM_ADMIN"), "role");
    const platform = await freshUser(null);
    expectFieldError(await grant(w.systemAdmin, platform.id, "BUREAU_STAFF", w.a.bureau.id), "role");
    expect((await grant(w.systemAdmin, platform.id, "SYSTEM_ADMIN", w.a.bureau.id)).ok).toBe(true);
    const row = await db.membership.findFirstOrThrow({ where: { userId: platform.id } });
    expect([row.role, row.districtId, row.bureauId]).toEqual(["SYSTEM_ADMIN", null, null]);
  });
});

describe("removeMembershipCommand", () => {
  it("the bureau administrator removes a role in their district; it takes effect at once", async () => {
    const user = await freshUser("a", [{ role: "SOCIAL_WORKER", stationId: w.a.stations[0].id }]);
    const m = await db.membership.findFirstOrThrow({ where: { userId: user.id } });
    expectRefused(await removeMembershipCommand.execute(w.b.actors.bureauAdmin, { id: m.id }), "NOT_FOUND");
    for (const key of NON_ADMIN_KEYS) expectRefused(await removeMembershipCommand.execute(w.a.actors[key], { id: m.id }), "FORBIDDEN");
    expect(await db.membership.count({ where: { id: m.id } })).toBe(1);
    expect((await removeMembershipCommand.execute(w.a.actors.bureauAdmin, { id: m.id })).ok).toBe(true);
    expect((await actorOf(user.id))!.memberships).toEqual([]);
    expect(await db.auditLog.count({ where: { action: "membership.remove", outcome: "SUCCESS", targetId: m.id } })).toBe(1);
  });

  it("nobody removes their own administrator role", async () => {
    const own = await db.membership.findFirstOrThrow({ where: { userId: w.a.users.bureauAdmin.id, role: "BUREAU_ADMIN" } });
    expectRefused(await removeMembershipCommand.execute(w.a.actors.bureauAdmin, { id: own.id }), "FORBIDDEN");
    const sys = await db.membership.findFirstOrThrow({ where: { userId: w.systemAdminUser.id } });
    expectRefused(await removeMembershipCommand.execute(w.systemAdmin, { id: sys.id }), "FORBIDDEN");
    expect(await db.membership.count({ where: { id: { in: [own.id, sys.id] } } })).toBe(2);
  });

  it("a bureau administrator may remove another administrator's role, not the auditor's", async () => {
    const other = await freshUser("a", [{ role: "BUREAU_ADMIN", bureauId: w.a.bureau.id }]);
    const m = await db.membership.findFirstOrThrow({ where: { userId: other.id } });
    expect((await removeMembershipCommand.execute(w.a.actors.bureauAdmin, { id: m.id })).ok).toBe(true);

    const auditor = await freshUser("a", [{ role: "AUDITOR", bureauId: w.a.bureau.id }]);
    const am = await db.membership.findFirstOrThrow({ where: { userId: auditor.id } });
    expectRefused(await removeMembershipCommand.execute(w.a.actors.bureauAdmin, { id: am.id }), "FORBIDDEN");
    expect(await db.membership.count({ where: { id: am.id } })).toBe(1);
    expect((await removeMembershipCommand.execute(w.systemAdmin, { id: am.id })).ok).toBe(true);
  });
});

describe("user queries", () => {
  const params = (sp: Record<string, string> = {}) => parseListParams(sp, { sortable: USER_SORTS, defaultSort: "username", filters: USER_FILTERS, pageSize: 500 });

  it("the bureau administrator lists their own district's accounts only", async () => {
    const { rows, total } = await listUsers(w.a.actors.bureauAdmin, params());
    expect(total).toBeGreaterThanOrEqual(13);
    const ids = new Set(rows.map((r) => r.id));
    expect(ids.has(w.a.users.socialWorker.id)).toBe(true);
    expect(ids.has(w.b.users.socialWorker.id)).toBe(false);
    expect(ids.has(w.systemAdminUser.id)).toBe(false);
  });

  it("the system administrator lists every district and platform accounts", async () => {
    const ids = new Set((await listUsers(w.systemAdmin, params())).rows.map((r) => r.id));
    expect([w.a.users.socialWorker.id, w.b.users.socialWorker.id, w.systemAdminUser.id].every((id) => ids.has(id))).toBe(true);
    const onlyB = await listUsers(w.systemAdmin, params({ districtId: w.b.district.id }));
    expect(onlyB.rows.every((r) => r.district?.name === w.b.district.name)).toBe(true);
  });

  it("nobody else lists accounts", async () => {
    for (const key of NON_ADMIN_KEYS) expect((await listUsers(w.a.actors[key], params())).total, key).toBe(0);
  });

  it("searches username and name, filters by role and lock status", async () => {
    const target = w.a.users.supervisor;
    expect((await listUsers(w.a.actors.bureauAdmin, params({ q: target.username.toUpperCase() }))).rows.map((r) => r.id)).toEqual([target.id]);
    const supervisors = await listUsers(w.a.actors.bureauAdmin, params({ role: "SUPERVISOR" }));
    expect(supervisors.rows.every((r) => r.memberships.some((m) => m.role === "SUPERVISOR"))).toBe(true);
    expect(supervisors.rows.map((r) => r.id)).toContain(target.id);

    const locked = await freshUser("a");
    await db.user.update({ where: { id: locked.id }, data: { lockedUntil: new Date(Date.now() + 600_000), failedLoginCount: 5 } });
    const lockedRows = await listUsers(w.a.actors.bureauAdmin, params({ status: "locked" }));
    expect(lockedRows.rows.map((r) => r.id)).toContain(locked.id);
    expect(lockedRows.rows.map((r) => r.id)).not.toContain(target.id);
  });

  it("an account of another district reads as not found, with no unit options", async () => {
    expect(await getUser(w.b.actors.bureauAdmin, w.a.users.socialWorker.id)).toBeNull();
    expect(await getUser(w.a.actors.socialWorker, w.a.users.socialWorker.id)).toBeNull();
    expect((await getUser(w.a.actors.bureauAdmin, w.a.users.socialWorker.id))?.memberships[0].station?.name).toBe(w.a.stations[0].name);
    expect(await membershipUnitOptions(w.b.actors.bureauAdmin, w.a.users.socialWorker.id)).toEqual({ bureau: [], streetOffice: [], station: [], contractor: [] });
  });

  it("unit options are the account's own district's units", async () => {
    const options = await membershipUnitOptions(w.a.actors.bureauAdmin, w.a.users.socialWorker.id);
    expect(options.bureau.map((o) => o.value)).toEqual([w.a.bureau.id]);
    expect(options.station.map((o) => o.value).sort()).toEqual(w.a.stations.map((s) => s.id).sort());
    expect(options.contractor.map((o) => o.value).sort()).toEqual(w.a.contractors.map((c) => c.id).sort());
    expect(options.streetOffice.map((o) => o.value).sort()).toEqual(w.a.streets.map((s) => s.id).sort());
  });
});

describe("the district's auditor sees what the system administrator does to its accounts", () => {
  it("records the account's district on the audit row", async () => {
    const user = await freshUser("a");
    expect((await unlockUserCommand.execute(w.systemAdmin, { id: user.id })).ok).toBe(true);
    const row = await db.auditLog.findFirstOrThrow({ where: { action: "user.unlock", targetId: user.id } });
    expect(row).toMatchObject({ districtId: w.a.district.id, actorUserId: w.systemAdmin.userId, outcome: "SUCCESS" });
    const seen = await db.auditLog.count({ where: { AND: [{ id: row.id }, scope.auditLogs(w.a.actors.auditor)] } });
    expect(seen).toBe(1);
    const notSeen = await db.auditLog.count({ where: { AND: [{ id: row.id }, scope.auditLogs(w.b.actors.auditor)] } });
    expect(notSeen).toBe(0);
  });
});
