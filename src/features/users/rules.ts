// Who may hand out which role at which unit. Pure (no server-only import): the pages use it to offer
// only what the commands would accept; the commands decide.
import type { Role } from "@/generated/prisma/enums";
import { grantingMemberships, type Actor } from "@/server/permissions";

export type UnitKind = "bureau" | "streetOffice" | "station" | "contractor";

/** The org unit a role is held at (matches the membership_unit_matches_role CHECK); null: none. */
export const ROLE_UNIT: Record<Role, UnitKind | null> = {
  BUREAU_ADMIN: "bureau",
  BUREAU_STAFF: "bureau",
  BUREAU_REVIEWER: "bureau",
  EVALUATOR: "bureau",
  AUDITOR: "bureau",
  STREET_STAFF: "streetOffice",
  STATION_HEAD: "station",
  DEPUTY_HEAD: "station",
  SOCIAL_WORKER: "station",
  SUPERVISOR: "station",
  CONTRACTOR_ADMIN: "contractor",
  SYSTEM_ADMIN: null,
};

/**
 * 三权分立: only the system administrator grants or revokes these, only the system administrator
 * manages the accounts that hold them, and whoever holds one holds no other role.
 */
export const SEPARATED_ROLES: readonly Role[] = ["SYSTEM_ADMIN", "AUDITOR"];

/** Roles a person may not revoke from themself (they would lock themself out of this page). */
export const SELF_KEPT_ROLES: readonly Role[] = ["BUREAU_ADMIN", "SYSTEM_ADMIN"];

const ALL_ROLES = Object.keys(ROLE_UNIT) as Role[];

/** How far an actor's account management reaches: every account, or those of some districts. */
export type UserAdminReach = { system: boolean; districtIds: string[] };

export function userAdminReach(actor: Pick<Actor, "memberships">): UserAdminReach {
  const granting = grantingMemberships(actor, "user:manage");
  return {
    system: granting.some((m) => m.role === "SYSTEM_ADMIN"),
    districtIds: [...new Set(granting.map((m) => m.districtId).filter((d): d is string => !!d))],
  };
}

/** Whether the actor may change this account at all (password, status, roles, name). */
export function canManageAccount(reach: UserAdminReach, targetRoles: readonly Role[]): boolean {
  return reach.system || !targetRoles.some((r) => SEPARATED_ROLES.includes(r));
}

/** The roles the actor may grant to an account of this district (null: a deployment-wide account). */
export function grantableRoles(reach: UserAdminReach, userDistrictId: string | null): Role[] {
  if (userDistrictId === null) return reach.system ? ["SYSTEM_ADMIN"] : [];
  return ALL_ROLES.filter((r) => r !== "SYSTEM_ADMIN" && (reach.system || !SEPARATED_ROLES.includes(r)));
}

/** Why a person holding `held` cannot also take `role` (三权分立), or null. */
export function roleConflict(held: readonly Role[], role: Role): string | null {
  const others = held.filter((r) => r !== role);
  if (others.length === 0) return null;
  if (SEPARATED_ROLES.includes(role)) return "三权分立：系统管理员、安全审计员不能兼任其他角色，请为其单独开设账号";
  if (others.some((r) => SEPARATED_ROLES.includes(r))) return "三权分立：该账号为系统管理员或安全审计员账号，不能再授予其他角色";
  return null;
}
