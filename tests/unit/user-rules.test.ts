import { describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import { canManageAccount, grantableRoles, ROLE_UNIT, roleConflict, userAdminReach } from "@/features/users/rules";
import { roleLevel } from "@/server/scope";

const membership = (role: Role, districtId: string | null = "d1") => ({
  role, districtId, bureauId: null, streetOfficeId: null, stationId: null, contractorId: null, stationStreetOfficeId: null,
});

const BUREAU = userAdminReach({ memberships: [membership("BUREAU_ADMIN")] });
const SYSTEM = userAdminReach({ memberships: [membership("SYSTEM_ADMIN", null)] });

describe("account administration rules", () => {
  it("the unit picker follows the role's level, as the scope builder sees it", () => {
    const expected = { bureau: "bureau", street: "streetOffice", station: "station", contractor: "contractor", system: null } as const;
    for (const role of Object.keys(ROLE_UNIT) as Role[]) expect(ROLE_UNIT[role], role).toBe(expected[roleLevel(role)]);
  });

  it("reach: the bureau administrator their district, the system administrator everything, others nothing", () => {
    expect(BUREAU).toEqual({ system: false, districtIds: ["d1"] });
    expect(SYSTEM).toEqual({ system: true, districtIds: [] });
    expect(userAdminReach({ memberships: [membership("BUREAU_STAFF"), membership("AUDITOR")] })).toEqual({ system: false, districtIds: [] });
  });

  it("三权分立: a bureau administrator grants neither 系统管理员 nor 安全审计员", () => {
    const roles = grantableRoles(BUREAU, "d1");
    expect(roles).not.toContain("SYSTEM_ADMIN");
    expect(roles).not.toContain("AUDITOR");
    expect(roles).toContain("BUREAU_ADMIN");
    expect(roles).toContain("CONTRACTOR_ADMIN");
    expect(grantableRoles(BUREAU, null)).toEqual([]);
  });

  it("the system administrator grants every district role, and 系统管理员 only to platform accounts", () => {
    expect(grantableRoles(SYSTEM, "d1")).toContain("AUDITOR");
    expect(grantableRoles(SYSTEM, "d1")).not.toContain("SYSTEM_ADMIN");
    expect(grantableRoles(SYSTEM, null)).toEqual(["SYSTEM_ADMIN"]);
  });

  it("accounts holding a separated role are managed by the system administrator only", () => {
    expect(canManageAccount(BUREAU, ["SOCIAL_WORKER"])).toBe(true);
    expect(canManageAccount(BUREAU, ["AUDITOR"])).toBe(false);
    expect(canManageAccount(BUREAU, ["SYSTEM_ADMIN"])).toBe(false);
    expect(canManageAccount(SYSTEM, ["AUDITOR"])).toBe(true);
  });

  it("系统管理员 and 安全审计员 hold no other role", () => {
    expect(roleConflict([], "AUDITOR")).toBeNull();
    expect(roleConflict(["SOCIAL_WORKER"], "AUDITOR")).toMatch(/三权分立/);
    expect(roleConflict(["AUDITOR"], "BUREAU_STAFF")).toMatch(/三权分立/);
    expect(roleConflict(["SOCIAL_WORKER"], "SUPERVISOR")).toBeNull();
    expect(roleConflict(["SOCIAL_WORKER"], "SOCIAL_WORKER")).toBeNull();
  });
});
