import "server-only";
// Account administration, one set of commands for the bureau administrator (own district, through
// scope.users) and the system administrator (every district). Rules of 三权分立 live in ./rules.ts.
import { assertVersion, defineCommand } from "@/server/action";
import { hashPassword } from "@/server/crypto";
import type { Tx } from "@/server/db";
import { AppError, fieldError } from "@/server/errors";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { ROLE_LABELS } from "@/lib/labels";
import { canManageAccount, grantableRoles, ROLE_UNIT, roleConflict, SELF_KEPT_ROLES, SEPARATED_ROLES, userAdminReach, type UnitKind } from "./rules";
import { addMembershipSchema, createUserSchema, removeMembershipSchema, setUserActiveSchema, updateUserSchema, userTargetSchema } from "./schemas";
import { generateTemporaryPassword } from "./temp-password";

const USERNAME_TAKEN = "该用户名已被使用";
const SEPARATION_MESSAGE = "三权分立：系统管理员、安全审计员的账号和角色只能由系统管理员管理。";

/** The target account, re-read inside the transaction through the actor's scope. */
async function loadManagedUser(tx: Tx, actor: Actor, id: string) {
  const user = await tx.user.findFirst({ where: { AND: [{ id }, scope.users(actor, "user:manage")] }, include: { memberships: true } });
  if (!user) throw new AppError("NOT_FOUND");
  if (!canManageAccount(userAdminReach(actor), user.memberships.map((m) => m.role))) throw new AppError("FORBIDDEN", SEPARATION_MESSAGE);
  return user;
}

const isLocked = (user: { lockedUntil: Date | null }) => !!user.lockedUntil && user.lockedUntil > new Date();

export const createUserCommand = defineCommand({
  name: "user.save",
  schema: createUserSchema,
  permission: "user:manage",
  uniqueFields: { username: { field: "username", message: USERNAME_TAKEN } },
  run: async ({ input, actor, tx }) => {
    const reach = userAdminReach(actor);
    let districtId: string | null;
    if (reach.system) {
      districtId = input.districtId;
      if (districtId && !(await tx.district.findUnique({ where: { id: districtId }, select: { id: true } }))) throw fieldError("districtId", "所选区（县）不存在");
    } else {
      // A bureau administrator creates accounts of their own district only, whatever the form says.
      districtId = reach.districtIds[0] ?? null;
      if (!districtId) throw new AppError("FORBIDDEN");
    }
    if (await tx.user.findFirst({ where: { username: { equals: input.username, mode: "insensitive" } }, select: { id: true } })) {
      throw fieldError("username", USERNAME_TAKEN);
    }
    const temporaryPassword = generateTemporaryPassword();
    const user = await tx.user.create({
      data: { districtId, username: input.username, name: input.name, phone: input.phone, passwordHash: await hashPassword(temporaryPassword), mustChangePassword: true },
    });
    return {
      target: { type: "User", id: user.id },
      districtId: user.districtId,
      detail: { created: true, username: user.username, districtId },
      data: { id: user.id, temporaryPassword },
      message: "账号已创建",
    };
  },
});

export const updateUserCommand = defineCommand({
  name: "user.save",
  schema: updateUserSchema,
  permission: "user:manage",
  run: async ({ input, actor, tx }) => {
    const user = await loadManagedUser(tx, actor, input.id);
    assertVersion(user, input.version);
    await tx.user.update({ where: { id: user.id }, data: { name: input.name, phone: input.phone, version: { increment: 1 } } });
    return { target: { type: "User", id: user.id }, districtId: user.districtId, detail: { username: user.username }, message: "账号信息已保存" };
  },
});

export const resetPasswordCommand = defineCommand({
  name: "user.reset_password",
  schema: userTargetSchema,
  permission: "user:manage",
  run: async ({ input, actor, tx }) => {
    const user = await loadManagedUser(tx, actor, input.id);
    if (user.id === actor.userId) throw new AppError("FORBIDDEN", "不能在此重置本人密码，请使用“修改密码”。");
    const temporaryPassword = generateTemporaryPassword();
    const wasLocked = isLocked(user);
    await tx.user.update({
      where: { id: user.id },
      data: {
        passwordHash: await hashPassword(temporaryPassword),
        mustChangePassword: true,
        failedLoginCount: 0,
        lockedUntil: null,
        sessionVersion: { increment: 1 },
        version: { increment: 1 },
      },
    });
    return {
      target: { type: "User", id: user.id },
      districtId: user.districtId,
      detail: { username: user.username, unlocked: wasLocked },
      data: { temporaryPassword },
      message: "密码已重置",
    };
  },
});

export const unlockUserCommand = defineCommand({
  name: "user.unlock",
  schema: userTargetSchema,
  permission: "user:manage",
  run: async ({ input, actor, tx }) => {
    const user = await loadManagedUser(tx, actor, input.id);
    const wasLocked = isLocked(user);
    await tx.user.update({ where: { id: user.id }, data: { failedLoginCount: 0, lockedUntil: null, version: { increment: 1 } } });
    return {
      target: { type: "User", id: user.id },
      districtId: user.districtId,
      detail: { username: user.username, wasLocked, failedLoginCount: user.failedLoginCount },
      message: wasLocked ? "账号已解除锁定" : "登录失败次数已清零",
    };
  },
});

export const setUserActiveCommand = defineCommand({
  name: "user.set_active",
  schema: setUserActiveSchema,
  permission: "user:manage",
  run: async ({ input, actor, tx }) => {
    const user = await loadManagedUser(tx, actor, input.id);
    if (!input.active && user.id === actor.userId) throw new AppError("FORBIDDEN", "不能停用本人账号。");
    // A new session version ends every session the person still has open.
    await tx.user.update({ where: { id: user.id }, data: { isActive: input.active, sessionVersion: { increment: 1 }, version: { increment: 1 } } });
    return {
      target: { type: "User", id: user.id },
      districtId: user.districtId,
      detail: { username: user.username, active: input.active },
      message: input.active ? "账号已启用" : "账号已停用，其登录会话已失效",
    };
  },
});

/** The unit a membership names, only if it lies in the given district. */
function findUnit(tx: Tx, kind: UnitKind, id: string, districtId: string) {
  const args = { where: { id, districtId }, select: { id: true, name: true } };
  switch (kind) {
    case "bureau": return tx.bureau.findFirst(args);
    case "streetOffice": return tx.streetOffice.findFirst(args);
    case "station": return tx.station.findFirst(args);
    case "contractor": return tx.contractor.findFirst(args);
  }
}

const UNIT_COLUMN = { bureau: "bureauId", streetOffice: "streetOfficeId", station: "stationId", contractor: "contractorId" } as const;

export const addMembershipCommand = defineCommand({
  name: "membership.add",
  schema: addMembershipSchema,
  permission: "user:manage",
  run: async ({ input, actor, tx }) => {
    const reach = userAdminReach(actor);
    if (!reach.system && SEPARATED_ROLES.includes(input.role)) throw new AppError("FORBIDDEN", SEPARATION_MESSAGE);
    const user = await loadManagedUser(tx, actor, input.userId);
    if (!grantableRoles(reach, user.districtId).includes(input.role)) {
      throw fieldError("role", user.districtId ? "系统管理员角色只能授予平台账号（不属于任何区县）" : "平台账号只能授予系统管理员角色");
    }
    const conflict = roleConflict(user.memberships.map((m) => m.role), input.role);
    if (conflict) throw fieldError("role", conflict);

    const kind = ROLE_UNIT[input.role];
    let unit: { id: string; name: string } | null = null;
    if (kind) {
      if (!input.unitId) throw fieldError("unitId", "请选择所在单位");
      // The unit must lie in the account's district, which scope.users has already tied to the actor's.
      unit = await findUnit(tx, kind, input.unitId, user.districtId!);
      if (!unit) throw new AppError("NOT_FOUND");
    }
    const units = { bureauId: null, streetOfficeId: null, stationId: null, contractorId: null, ...(kind && unit ? { [UNIT_COLUMN[kind]]: unit.id } : {}) };
    if (await tx.membership.findFirst({ where: { userId: user.id, role: input.role, ...units }, select: { id: true } })) {
      throw fieldError(kind ? "unitId" : "role", `该账号已在此单位担任${ROLE_LABELS[input.role]}`);
    }
    const membership = await tx.membership.create({ data: { userId: user.id, role: input.role, districtId: kind ? user.districtId : null, ...units } });
    return {
      target: { type: "Membership", id: membership.id },
      districtId: user.districtId,
      detail: { userId: user.id, username: user.username, role: input.role, unitType: kind, unitId: unit?.id ?? null, unitName: unit?.name ?? null },
      message: `已授予${ROLE_LABELS[input.role]}角色`,
    };
  },
});

export const removeMembershipCommand = defineCommand({
  name: "membership.remove",
  schema: removeMembershipSchema,
  permission: "user:manage",
  run: async ({ input, actor, tx }) => {
    const membership = await tx.membership.findFirst({ where: { AND: [{ id: input.id }, { user: scope.users(actor, "user:manage") }] } });
    if (!membership) throw new AppError("NOT_FOUND");
    const user = await loadManagedUser(tx, actor, membership.userId);
    if (membership.userId === actor.userId && SELF_KEPT_ROLES.includes(membership.role)) {
      throw new AppError("FORBIDDEN", `不能撤销本人的${ROLE_LABELS[membership.role]}角色。`);
    }
    await tx.membership.delete({ where: { id: membership.id } });
    const { bureauId, streetOfficeId, stationId, contractorId } = membership;
    return {
      target: { type: "Membership", id: membership.id },
      districtId: user.districtId,
      detail: { userId: user.id, username: user.username, role: membership.role, bureauId, streetOfficeId, stationId, contractorId },
      message: `已撤销${ROLE_LABELS[membership.role]}角色`,
    };
  },
});
