import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, can, type Permission } from "@/server/permissions";
import type { Role } from "@/generated/prisma/enums";
import { homeOf } from "@/lib/navigation";

// The whole table, written out: any change to who may do what must change this test too.
const EXPECTED: Record<Role, Permission[]> = {
  BUREAU_ADMIN: ["self:password", "org:read", "org:manage", "station:edit", "contractor:read", "contractor:manage", "user:read", "user:manage", "staff:read", "staff:manage", "volunteer:read"],
  BUREAU_STAFF: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read"],
  BUREAU_REVIEWER: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read"],
  STREET_STAFF: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read"],
  STATION_HEAD: ["self:password", "org:read", "station:edit", "contractor:read", "staff:read", "staff:manage", "volunteer:read", "volunteer:manage"],
  DEPUTY_HEAD: ["self:password", "org:read", "station:edit", "contractor:read", "staff:read", "staff:manage", "volunteer:read", "volunteer:manage"],
  SOCIAL_WORKER: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read", "volunteer:manage"],
  SUPERVISOR: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read"],
  CONTRACTOR_ADMIN: ["self:password", "org:read", "contractor:read", "staff:read", "staff:manage", "volunteer:read"],
  EVALUATOR: ["self:password", "org:read", "contractor:read", "staff:read"],
  AUDITOR: ["self:password", "audit:read"],
  SYSTEM_ADMIN: ["self:password", "org:read", "user:read", "user:manage", "settings:manage"],
};

const member = (role: Role) => ({ memberships: [{ role, districtId: "d", bureauId: null, streetOfficeId: null, stationId: null, contractorId: null, stationStreetOfficeId: null }] });

describe("permission table", () => {
  for (const role of Object.keys(EXPECTED) as Role[]) {
    it(`${role} holds exactly its permissions`, () => {
      for (const permission of PERMISSIONS) {
        expect(can(member(role), permission), `${role} ${permission}`).toBe(EXPECTED[role].includes(permission));
      }
      expect([...ROLE_PERMISSIONS[role]].sort()).toEqual([...EXPECTED[role]].sort());
    });
  }

  it("三权分立: the system administrator reads no service data and the auditor nothing but the audit log", () => {
    for (const p of ["staff:read", "volunteer:read", "contractor:read", "audit:read"] as Permission[]) expect(can(member("SYSTEM_ADMIN"), p)).toBe(false);
    expect(ROLE_PERMISSIONS.AUDITOR.filter((p) => p !== "self:password")).toEqual(["audit:read"]);
  });

  it("a person with several roles holds the union", () => {
    const both = { memberships: [...member("AUDITOR").memberships, ...member("SOCIAL_WORKER").memberships] };
    expect(can(both, "audit:read")).toBe(true);
    expect(can(both, "volunteer:manage")).toBe(true);
    expect(can(both, "org:manage")).toBe(false);
  });

  it("no membership, no permission", () => {
    expect(PERMISSIONS.some((p) => can({ memberships: [] }, p))).toBe(false);
  });

  it("each kind of user lands on its own home", () => {
    expect(homeOf(["BUREAU_REVIEWER"])).toBe("/bureau");
    expect(homeOf(["STREET_STAFF"])).toBe("/street");
    expect(homeOf(["SUPERVISOR"])).toBe("/station");
    expect(homeOf(["CONTRACTOR_ADMIN"])).toBe("/contractor");
    expect(homeOf(["AUDITOR"])).toBe("/audit");
    expect(homeOf(["SYSTEM_ADMIN"])).toBe("/system");
  });
});
