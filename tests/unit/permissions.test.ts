import { describe, expect, it } from "vitest";
import { PERMISSIONS, ROLE_PERMISSIONS, can, type Permission } from "@/server/permissions";
import type { Role } from "@/generated/prisma/enums";
import { homeOf } from "@/lib/navigation";

// The whole table, written out: any change to who may do what must change this test too.
const EXPECTED: Record<Role, Permission[]> = {
  BUREAU_ADMIN: ["self:password", "org:read", "org:manage", "station:edit", "contractor:read", "contractor:manage", "user:read", "user:manage", "staff:read", "staff:manage", "volunteer:read", "client:aggregate", "contract:read", "budget:read", "ledger:read", "brief:read", "report:read", "declaration:read", "contract:manage", "district:settings"],
  BUREAU_STAFF: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read", "client:aggregate", "contract:read", "budget:read", "ledger:read", "brief:read", "report:read", "declaration:read", "contract:manage", "declaration:manage"],
  BUREAU_REVIEWER: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read", "client:aggregate", "contract:read", "budget:read", "ledger:read", "brief:read", "report:read", "declaration:read", "budget:review", "brief:review", "report:review", "declaration:review"],
  STREET_STAFF: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read", "client:aggregate", "contract:read", "brief:read", "brief:review", "declaration:read", "declaration:manage"],
  STATION_HEAD: ["self:password", "org:read", "station:edit", "contractor:read", "staff:read", "staff:manage", "volunteer:read", "volunteer:manage", "client:aggregate", "supervision:manage", "case:override", "document:countersign"],
  DEPUTY_HEAD: ["self:password", "org:read", "station:edit", "contractor:read", "staff:read", "staff:manage", "volunteer:read", "volunteer:manage", "client:aggregate", "supervision:manage", "case:override", "document:countersign"],
  SOCIAL_WORKER: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read", "volunteer:manage", "client:aggregate", "client:read", "client:manage", "case:read", "case:manage", "visit:read", "visit:manage", "reception:read", "reception:manage"],
  SUPERVISOR: ["self:password", "org:read", "contractor:read", "staff:read", "volunteer:read", "client:aggregate", "client:read", "case:read", "visit:read", "reception:read", "contract:read", "report:read", "change:opinion"],
  CONTRACTOR_ADMIN: ["self:password", "org:read", "contractor:read", "staff:read", "staff:manage", "volunteer:read", "client:aggregate", "contract:read", "budget:read", "ledger:read", "brief:read", "report:read", "declaration:read", "budget:manage", "ledger:manage", "brief:manage", "report:manage", "declaration:manage"],
  EVALUATOR: ["self:password", "org:read", "contractor:read", "staff:read", "client:aggregate"],
  AUDITOR: ["self:password", "audit:read"],
  SYSTEM_ADMIN: ["self:password", "org:read", "user:read", "user:manage", "settings:manage", "calendar:manage"],
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
    for (const p of ["staff:read", "volunteer:read", "contractor:read", "audit:read", "client:read", "client:aggregate"] as Permission[]) expect(can(member("SYSTEM_ADMIN"), p)).toBe(false);
    expect(ROLE_PERMISSIONS.AUDITOR.filter((p) => p !== "self:password")).toEqual(["audit:read"]);
  });

  it("保密制度: only workers and supervisors read client identities; the station head does not", () => {
    const readers = (Object.keys(EXPECTED) as Role[]).filter((r) => can(member(r), "client:read"));
    expect(readers.sort()).toEqual(["SOCIAL_WORKER", "SUPERVISOR"]);
    const caseReaders = (Object.keys(EXPECTED) as Role[]).filter((r) => can(member(r), "case:read"));
    expect(caseReaders.sort()).toEqual(["SOCIAL_WORKER", "SUPERVISOR"]);
  });

  it("审核与申报分离: whoever drafts budgets, briefs and reports cannot approve them", () => {
    for (const [draft, review] of [["budget:manage", "budget:review"], ["brief:manage", "brief:review"], ["report:manage", "report:review"], ["declaration:manage", "declaration:review"]] as [Permission, Permission][]) {
      for (const role of Object.keys(EXPECTED) as Role[]) {
        expect(can(member(role), draft) && can(member(role), review), `${role} ${draft}/${review}`).toBe(false);
      }
    }
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
