import "server-only";
import { writeAudit } from "@/server/audit";
import { verifyAgainstDummy, verifyPassword } from "@/server/crypto";
import { db } from "@/server/db";
import { LOCKOUT_MINUTES, LOCKOUT_THRESHOLD } from "@/server/session-config";
import { formatDateTime } from "@/lib/dates";

export type LoginResult =
  | { ok: true; userId: string; sessionVersion: number }
  | { ok: false; message: string };

const WRONG = "用户名或密码错误。";

/**
 * Checks a username and password. Failures are counted in the database (not memory), so every app
 * instance sees the same count: the 5th consecutive failure locks the account for 30 minutes.
 */
export async function authenticate({ username, password, ip }: { username: string; password: string; ip: string | null }): Promise<LoginResult> {
  const name = username.trim();
  const user = await db.user.findUnique({ where: { username: name } });
  if (!user || !user.isActive) {
    await verifyAgainstDummy(password);
    await writeAudit({ action: "auth.login_failed", outcome: "FAILURE", ip, districtId: user?.districtId, detail: { username: name, reason: user ? "inactive" : "unknown_user" } });
    return { ok: false, message: WRONG };
  }
  const now = new Date();
  if (user.lockedUntil && user.lockedUntil > now) {
    await writeAudit({ action: "auth.login_failed", outcome: "DENIED", ip, districtId: user.districtId, targetType: "User", targetId: user.id, detail: { username: name, reason: "locked" } });
    return { ok: false, message: `账户已锁定，请于 ${formatDateTime(user.lockedUntil)} 后再试，或联系管理员解锁。` };
  }
  const valid = await verifyPassword(user.passwordHash, password);
  if (valid) {
    await db.$transaction(async (tx) => {
      await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
      await writeAudit({ action: "auth.login", outcome: "SUCCESS", ip, districtId: user.districtId, targetType: "User", targetId: user.id, detail: { username: name } }, tx);
    });
    return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
  }
  // Count under a row lock so concurrent attempts cannot both read the same count.
  return db.$transaction(async (tx) => {
    const [row] = await tx.$queryRaw<{ failed_login_count: number; locked_until: Date | null }[]>`
      SELECT failed_login_count, locked_until FROM app_user WHERE id = ${user.id} FOR UPDATE`;
    const expiredLock = row.locked_until !== null && row.locked_until <= now;
    const failures = (expiredLock ? 0 : row.failed_login_count) + 1;
    const lock = failures >= LOCKOUT_THRESHOLD;
    const lockedUntil = lock ? new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) : null;
    await tx.user.update({
      where: { id: user.id },
      data: { failedLoginCount: failures, lockedUntil, ...(lock ? { sessionVersion: { increment: 1 } } : {}) },
    });
    const base = { ip, districtId: user.districtId, targetType: "User", targetId: user.id };
    await writeAudit({ ...base, action: "auth.login_failed", outcome: "FAILURE", detail: { username: name, failures } }, tx);
    if (lock) {
      await writeAudit({ ...base, action: "auth.locked", outcome: "SUCCESS", detail: { username: name, until: lockedUntil!.toISOString() } }, tx);
      return { ok: false as const, message: `连续 ${LOCKOUT_THRESHOLD} 次密码错误，账户已锁定 ${LOCKOUT_MINUTES} 分钟。` };
    }
    const left = LOCKOUT_THRESHOLD - failures;
    return { ok: false as const, message: `${WRONG}再错 ${left} 次账户将被锁定 ${LOCKOUT_MINUTES} 分钟。` };
  });
}
