import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { ROLE_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { userAdminReach } from "./rules";

export const USER_SORTS = ["username", "name", "lastLoginAt", "createdAt"] as const;
export const USER_FILTERS = ["role", "status", "districtId"] as const;

export const USER_STATUS_FILTERS = {
  active: "正常",
  locked: "已锁定",
  mustChange: "待修改初始密码",
  inactive: "已停用",
} as const;
export type UserStatusFilter = keyof typeof USER_STATUS_FILTERS;

const membershipInclude = {
  orderBy: { createdAt: "asc" },
  include: {
    bureau: { select: { name: true } },
    streetOffice: { select: { name: true } },
    station: { select: { name: true } },
    contractor: { select: { name: true } },
  },
} satisfies Prisma.User$membershipsArgs;

function statusWhere(status: string | undefined, now: Date): Prisma.UserWhereInput {
  switch (status) {
    case "active": return { isActive: true, OR: [{ lockedUntil: null }, { lockedUntil: { lte: now } }] };
    case "locked": return { lockedUntil: { gt: now } };
    case "mustChange": return { mustChangePassword: true };
    case "inactive": return { isActive: false };
    default: return {};
  }
}

export async function listUsers(actor: Actor, params: ListParams<(typeof USER_SORTS)[number]>) {
  const { role, status, districtId } = params.filters;
  const q = params.q;
  const where: Prisma.UserWhereInput = {
    AND: [
      scope.users(actor, "user:manage"),
      q ? { OR: [{ username: { contains: q, mode: "insensitive" } }, { name: { contains: q } }] } : {},
      role && Object.hasOwn(ROLE_LABELS, role) ? { memberships: { some: { role: role as Role } } } : {},
      statusWhere(status, new Date()),
      districtId ? { districtId: districtId === "none" ? null : districtId } : {},
    ],
  };
  const orderBy: Prisma.UserOrderByWithRelationInput =
    params.sort === "lastLoginAt" ? { lastLoginAt: { sort: params.dir, nulls: "last" } } : { [params.sort]: params.dir };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [orderBy, { id: "asc" }],
      ...skipTake(params),
      select: {
        id: true, username: true, name: true, phone: true, isActive: true, mustChangePassword: true, lockedUntil: true, lastLoginAt: true, createdAt: true,
        district: { select: { name: true } },
        memberships: membershipInclude,
      },
    }),
    db.user.count({ where }),
  ]);
  return { rows, total };
}

export function getUser(actor: Actor, id: string) {
  return db.user.findFirst({
    where: { AND: [{ id }, scope.users(actor, "user:manage")] },
    select: {
      id: true, username: true, name: true, phone: true, districtId: true, isActive: true, mustChangePassword: true, failedLoginCount: true,
      lockedUntil: true, lastLoginAt: true, passwordChangedAt: true, version: true, createdAt: true,
      district: { select: { name: true } },
      memberships: membershipInclude,
    },
  });
}

export type UnitOption = { value: string; label: string };
export type UnitOptions = { bureau: UnitOption[]; streetOffice: UnitOption[]; station: UnitOption[]; contractor: UnitOption[] };

/** The units a role can be granted at for this account: those of the account's own district. */
export async function membershipUnitOptions(actor: Actor, userId: string): Promise<UnitOptions> {
  const user = await db.user.findFirst({ where: { AND: [{ id: userId }, scope.users(actor, "user:manage")] }, select: { districtId: true } });
  const empty: UnitOptions = { bureau: [], streetOffice: [], station: [], contractor: [] };
  if (!user?.districtId) return empty;
  const where = { districtId: user.districtId };
  const select = { id: true, name: true } as const;
  const [bureaus, streetOffices, stations, contractors] = await Promise.all([
    db.bureau.findMany({ where, select, orderBy: { name: "asc" } }),
    db.streetOffice.findMany({ where, select, orderBy: { name: "asc" } }),
    db.station.findMany({ where, select, orderBy: [{ level: "asc" }, { name: "asc" }] }),
    db.contractor.findMany({ where, select, orderBy: { name: "asc" } }),
  ]);
  const toOptions = (rows: { id: string; name: string }[]) => rows.map((r) => ({ value: r.id, label: r.name }));
  return { bureau: toOptions(bureaus), streetOffice: toOptions(streetOffices), station: toOptions(stations), contractor: toOptions(contractors) };
}

/** Districts the actor may create accounts in (every district for the system administrator). */
export function districtOptions(actor: Actor) {
  const reach = userAdminReach(actor);
  return db.district.findMany({
    where: reach.system ? {} : { id: { in: reach.districtIds } },
    orderBy: [{ cityName: "asc" }, { name: "asc" }],
    select: { id: true, name: true, cityName: true },
  });
}
