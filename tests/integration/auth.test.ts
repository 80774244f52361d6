import { beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/features/auth/login";
import { changePasswordCommand } from "@/features/auth/commands";
import { saveStreetOfficeCommand } from "@/features/streets/commands";
import { loadActor } from "@/server/actor";
import { db } from "@/server/db";
import { isIdle, IDLE_TIMEOUT_MS } from "@/server/session-config";
import { createUser, uniq } from "../../prisma/seed/factories";
import { purgeAuditLog } from "../../scripts/lib/database";
import { buildWorld, TEST_PASSWORD, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const newUser = async (opts: { mustChangePassword?: boolean } = {}) =>
  createUser(db, { districtId: w.a.district.id, username: `login.${uniq()}`, password: TEST_PASSWORD, memberships: [{ role: "BUREAU_STAFF", bureauId: w.a.bureau.id }], ...opts });

const auditOf = (userId: string) => db.auditLog.findMany({ where: { targetId: userId }, orderBy: { id: "asc" } });

describe("login", () => {
  it("succeeds with the right password, resets the counter and writes an audit row", async () => {
    const user = await newUser();
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 3 } });
    const result = await authenticate({ username: user.username, password: TEST_PASSWORD, ip: "10.0.0.1" });
    expect(result.ok).toBe(true);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(0);
    const rows = await auditOf(user.id);
    expect(rows.at(-1)).toMatchObject({ action: "auth.login", outcome: "SUCCESS", ip: "10.0.0.1", districtId: w.a.district.id });
  });

  it("refuses an unknown user with the same message as a wrong password, and records it", async () => {
    const username = `nobody.${uniq()}`;
    const result = await authenticate({ username, password: "whatever", ip: null });
    expect(result).toEqual({ ok: false, message: "用户名或密码错误。" });
    const row = await db.auditLog.findFirst({ where: { action: "auth.login_failed", detail: { path: ["username"], equals: username } } });
    expect(row?.outcome).toBe("FAILURE");
  });

  it("locks the account for 30 minutes at the 5th consecutive failure, counted in the database", async () => {
    const user = await newUser();
    for (let i = 1; i <= 4; i++) {
      const r = await authenticate({ username: user.username, password: "Wrong@1234", ip: null });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.message).toContain(`再错 ${5 - i} 次`);
    }
    const fifth = await authenticate({ username: user.username, password: "Wrong@1234", ip: null });
    expect(fifth).toEqual({ ok: false, message: "连续 5 次密码错误，账户已锁定 30 分钟。" });
    const locked = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(locked.failedLoginCount).toBe(5);
    const minutes = (locked.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);

    // Even the right password is refused while locked.
    const right = await authenticate({ username: user.username, password: TEST_PASSWORD, ip: null });
    expect(right.ok).toBe(false);
    if (!right.ok) expect(right.message).toContain("账户已锁定");
    // A locked user's existing session no longer yields an actor.
    expect(await loadActor(user.id, { ip: null })).toBeNull();

    const actions = (await auditOf(user.id)).map((r) => r.action);
    expect(actions.filter((a) => a === "auth.login_failed")).toHaveLength(6);
    expect(actions).toContain("auth.locked");
  });

  it("lets the user in again once the lock has expired, starting a fresh count", async () => {
    const user = await newUser();
    await db.user.update({ where: { id: user.id }, data: { failedLoginCount: 5, lockedUntil: new Date(Date.now() - 1000) } });
    const wrong = await authenticate({ username: user.username, password: "Wrong@1234", ip: null });
    if (!wrong.ok) expect(wrong.message).toContain("再错 4 次");
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD, ip: null })).ok).toBe(true);
  });

  it("concurrent wrong passwords are all counted", async () => {
    const user = await newUser();
    await Promise.all([1, 2, 3].map(() => authenticate({ username: user.username, password: "Wrong@1234", ip: null })));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).failedLoginCount).toBe(3);
  });

  it("refuses deactivated users", async () => {
    const user = await newUser();
    await db.user.update({ where: { id: user.id }, data: { isActive: false } });
    expect((await authenticate({ username: user.username, password: TEST_PASSWORD, ip: null })).ok).toBe(false);
    expect(await loadActor(user.id, { ip: null })).toBeNull();
  });
});

describe("sessions", () => {
  it("a session from before a revocation (sessionVersion bump) yields no actor", async () => {
    const user = await newUser();
    expect(await loadActor(user.id, { sessionVersion: 1, ip: null })).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await loadActor(user.id, { sessionVersion: 1, ip: null })).toBeNull();
  });

  it("is idle after 30 minutes without a request", () => {
    const now = Date.now();
    expect(isIdle(now - IDLE_TIMEOUT_MS + 1000, now)).toBe(false);
    expect(isIdle(now - IDLE_TIMEOUT_MS - 1000, now)).toBe(true);
    expect(isIdle(undefined, now)).toBe(true);
  });
});

describe("forced password change", () => {
  it("a user who must change the password can do nothing else until they have", async () => {
    const user = await createUser(db, { districtId: w.a.district.id, username: `new.${uniq()}`, password: "Initial@2026", mustChangePassword: true, memberships: [{ role: "BUREAU_ADMIN", bureauId: w.a.bureau.id }] });
    const actor = (await loadActor(user.id, { ip: null }))!;
    const blocked = await saveStreetOfficeCommand.execute(actor, { name: `被拒${uniq()}街道` });
    expect(blocked).toMatchObject({ ok: false, code: "FORBIDDEN" });

    const weak = await changePasswordCommand.execute(actor, { currentPassword: "Initial@2026", newPassword: "password", confirmPassword: "password" });
    expect(weak.ok).toBe(false);
    if (!weak.ok) expect(weak.fieldErrors?.newPassword?.[0]).toBe("新密码需包含大写字母、包含数字、包含符号");

    const mismatch = await changePasswordCommand.execute(actor, { currentPassword: "Initial@2026", newPassword: "Better@2026", confirmPassword: "Better@2027" });
    if (!mismatch.ok) expect(mismatch.fieldErrors?.confirmPassword?.[0]).toBe("两次输入的新密码不一致");

    const wrongCurrent = await changePasswordCommand.execute(actor, { currentPassword: "Nope@2026", newPassword: "Better@2026", confirmPassword: "Better@2026" });
    if (!wrongCurrent.ok) expect(wrongCurrent.fieldErrors?.currentPassword?.[0]).toBe("当前密码不正确");
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).mustChangePassword).toBe(true);

    const ok = await changePasswordCommand.execute(actor, { currentPassword: "Initial@2026", newPassword: "Better@2026", confirmPassword: "Better@2026" });
    expect(ok).toMatchObject({ ok: true, redirectTo: "/bureau" });
    const after = (await loadActor(user.id, { ip: null }))!;
    expect(after.mustChangePassword).toBe(false);
    expect((await authenticate({ username: user.username, password: "Better@2026", ip: null })).ok).toBe(true);
    expect((await saveStreetOfficeCommand.execute(after, { name: `允许${uniq()}街道` })).ok).toBe(true);
  });
});

describe("audit log is append-only", () => {
  it("refuses UPDATE, DELETE and TRUNCATE from the application's connection", async () => {
    const row = await db.auditLog.create({ data: { action: "test.append_only", outcome: "SUCCESS" } });
    await expect(db.auditLog.update({ where: { id: row.id }, data: { action: "tampered" } })).rejects.toThrow(/append-only|只能追加/);
    await expect(db.auditLog.delete({ where: { id: row.id } })).rejects.toThrow(/append-only|只能追加/);
    await expect(db.$executeRawUnsafe(`UPDATE audit_log SET outcome = 'FAILURE' WHERE id = ${row.id}`)).rejects.toThrow();
    await expect(db.$executeRawUnsafe("TRUNCATE audit_log")).rejects.toThrow();
    expect((await db.auditLog.findUniqueOrThrow({ where: { id: row.id } })).action).toBe("test.append_only");
  });

  it("allows purging only rows past the 184-day legal minimum", async () => {
    const old = await db.auditLog.create({ data: { action: "test.old", outcome: "SUCCESS", at: new Date(Date.now() - 185 * 86_400_000) } });
    const recent = await db.auditLog.create({ data: { action: "test.recent", outcome: "SUCCESS", at: new Date(Date.now() - 183 * 86_400_000) } });
    await db.auditLog.delete({ where: { id: old.id } });
    await expect(db.auditLog.delete({ where: { id: recent.id } })).rejects.toThrow();
    expect(await db.auditLog.count({ where: { id: { in: [old.id, recent.id] } } })).toBe(1);
  });

  it("the retention purge removes only rows past the configured period", async () => {
    await db.systemSetting.upsert({ where: { key: "auditRetentionDays" }, create: { key: "auditRetentionDays", value: 190 }, update: { value: 190 } });
    const day = 86_400_000;
    const keep = await db.auditLog.create({ data: { action: "test.keep", outcome: "SUCCESS", at: new Date(Date.now() - 189 * day) } });
    const drop = await db.auditLog.create({ data: { action: "test.drop", outcome: "SUCCESS", at: new Date(Date.now() - 191 * day) } });
    expect(await purgeAuditLog(process.env.DATABASE_URL!)).toBeGreaterThanOrEqual(1);
    expect(await db.auditLog.findUnique({ where: { id: keep.id } })).not.toBeNull();
    expect(await db.auditLog.findUnique({ where: { id: drop.id } })).toBeNull();
  });
});
