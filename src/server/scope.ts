import "server-only";
// One scope builder per resource: the rows an actor may touch through a given permission, as a Prisma
// `where`. Built only from memberships that hold the permission; with none, a where that matches no row
// (fail closed). Every page, action, export and download filters through these, so out of scope reads
// as "not found".
import type { Prisma } from "@/generated/prisma/client";
import type { Role } from "@/generated/prisma/enums";
import { grantingMemberships, type Actor, type ActorMembership, type Permission } from "./permissions";

const NONE = { id: { in: [] as string[] } };

type Level = "bureau" | "street" | "station" | "contractor" | "system";

const LEVEL: Record<Role, Level> = {
  BUREAU_ADMIN: "bureau",
  BUREAU_STAFF: "bureau",
  BUREAU_REVIEWER: "bureau",
  EVALUATOR: "bureau",
  AUDITOR: "bureau",
  STREET_STAFF: "street",
  STATION_HEAD: "station",
  DEPUTY_HEAD: "station",
  SOCIAL_WORKER: "station",
  SUPERVISOR: "station",
  CONTRACTOR_ADMIN: "contractor",
  SYSTEM_ADMIN: "system",
};

export function roleLevel(role: Role): Level {
  return LEVEL[role];
}

function build<W extends object>(actor: Actor, permission: Permission, clause: (m: ActorMembership, level: Level) => W | null): W {
  const clauses = grantingMemberships(actor, permission)
    .map((m) => clause(m, LEVEL[m.role]))
    .filter((w): w is W => w !== null);
  if (clauses.length === 0) return NONE as W;
  return (clauses.length === 1 ? clauses[0] : { OR: clauses }) as W;
}

const district = (m: ActorMembership) => ({ districtId: m.districtId! });

/**
 * The contracts a membership reaches (§4): the bureau every one of its district; a street office those it
 * bought or that cover its stations; a contractor its own; a station supervisor those covering the station.
 * Budgets, ledgers and reports hang off a contract and are reached through this clause, each under its own
 * permission (a street office holds contract:read and brief:read only).
 */
function contractClause(m: ActorMembership, level: Level): Prisma.ServiceContractWhereInput | null {
  switch (level) {
    case "bureau": return district(m);
    case "street": return { districtId: m.districtId!, OR: [{ buyerStreetOfficeId: m.streetOfficeId! }, { stations: { some: { station: { streetOfficeId: m.streetOfficeId! } } } }] };
    case "contractor": return { contractorId: m.contractorId! };
    case "station": return m.role === "SUPERVISOR" ? { stations: { some: { stationId: m.stationId! } } } : null;
    case "system": return null;
  }
}

const viaContract = (m: ActorMembership, level: Level) => {
  const contract = contractClause(m, level);
  return contract ? { contract } : null;
};

export const scope = {
  streetOffices: (actor: Actor, permission: Permission = "org:read") =>
    build<Prisma.StreetOfficeWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "street": return { id: m.streetOfficeId! };
        case "station": return { id: m.stationStreetOfficeId! };
        case "contractor": return { districtId: m.districtId!, stations: { some: { contractorId: m.contractorId! } } };
        case "system": return {};
      }
    }),

  stations: (actor: Actor, permission: Permission = "org:read") =>
    build<Prisma.StationWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "street": return { streetOfficeId: m.streetOfficeId! };
        case "station": return { id: m.stationId! };
        case "contractor": return { contractorId: m.contractorId! };
        case "system": return {};
      }
    }),

  communities: (actor: Actor, permission: Permission = "org:read") =>
    build<Prisma.CommunityWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "street": return { streetOfficeId: m.streetOfficeId! };
        case "station": return { streetOfficeId: m.stationStreetOfficeId! };
        case "contractor": return { districtId: m.districtId!, streetOffice: { stations: { some: { contractorId: m.contractorId! } } } };
        case "system": return {};
      }
    }),

  contractors: (actor: Actor, permission: Permission = "contractor:read") =>
    build<Prisma.ContractorWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "street": return { stations: { some: { streetOfficeId: m.streetOfficeId! } } };
        case "station": return { stations: { some: { id: m.stationId! } } };
        case "contractor": return { id: m.contractorId! };
        case "system": return null;
      }
    }),

  users: (actor: Actor, permission: Permission = "user:read") =>
    build<Prisma.UserWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "system": return {};
        default: return null;
      }
    }),

  staffProfiles: (actor: Actor, permission: Permission = "staff:read") =>
    build<Prisma.StaffProfileWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "street": return { station: { streetOfficeId: m.streetOfficeId! } };
        case "station": return { stationId: m.stationId! };
        case "contractor": return { OR: [{ contractorId: m.contractorId! }, { station: { contractorId: m.contractorId! } }] };
        case "system": return null;
      }
    }),

  volunteers: (actor: Actor, permission: Permission = "volunteer:read") =>
    build<Prisma.VolunteerWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "street": return { station: { streetOfficeId: m.streetOfficeId! } };
        case "station": return { stationId: m.stationId! };
        case "contractor": return { station: { contractorId: m.contractorId! } };
        case "system": return null;
      }
    }),

  /**
   * Client identities and files (§7 保密制度): a worker reads the clients they are responsible for and
   * those of a case they own (a referral they accepted opens one at their station); a supervisor those of
   * the workers they supervise at that station. Nobody else reads identities; every other role sees
   * counts only (see client:aggregate).
   */
  clients: (actor: Actor, permission: Permission = "client:read") =>
    build<Prisma.ClientWhereInput>(actor, permission, (m) => {
      const station = m.stationId!;
      switch (m.role) {
        case "SOCIAL_WORKER": {
          const own = { stationId: station, ownerId: actor.userId };
          // Reading also reaches the client of a referral the worker accepted (through the case opened at their
          // station); managing the client record stays with its own station's responsible worker.
          const referred = actor.grants.referredClientIds[station] ?? [];
          return permission === "client:read" && referred.length ? { OR: [own, { id: { in: referred } }] } : own;
        }
        case "SUPERVISOR": {
          const own = { stationId: station, ownerId: { in: actor.grants.supervisees[station] ?? [] } };
          const referred = actor.grants.superviseeReferredClientIds[station] ?? [];
          return permission === "client:read" && referred.length ? { OR: [own, { id: { in: referred } }] } : own;
        }
        default: return null;
      }
    }),

  /** A household is readable through a member who is a readable client (一户一档). */
  households: (actor: Actor, permission: Permission = "client:read") => {
    const clients = scope.clients(actor, permission);
    return { clients: { some: clients } } satisfies Prisma.HouseholdWhereInput;
  },

  /**
   * Case files (§7). case:read — the responsible worker's own at their station, the files a worker
   * received by an accepted referral (what was shared), for a supervisor those of the workers they
   * supervise at that station, and for a station head a file opened by their own unexpired life-safety
   * override (生命第一). case:manage — the owner's own. case:override and document:countersign — the
   * station's register (numbers, workers, states; the pages select no names and no narratives).
   */
  caseFiles: (actor: Actor, permission: Permission = "case:read", now = new Date()) => {
    const own = build<Prisma.CaseFileWhereInput>(actor, permission, (m) => {
      const station = m.stationId!;
      switch (m.role) {
        case "SOCIAL_WORKER": {
          const mine = { stationId: station, ownerId: actor.userId };
          const referred = actor.grants.referredCaseIds[station] ?? [];
          return permission === "case:read" && referred.length ? { OR: [mine, { id: { in: referred } }] } : mine;
        }
        case "SUPERVISOR": return { stationId: station, ownerId: { in: actor.grants.supervisees[station] ?? [] } };
        case "STATION_HEAD":
        case "DEPUTY_HEAD": return { stationId: station };
        default: return null;
      }
    });
    if (permission !== "case:read") return own;
    const overridden = build<Prisma.CaseFileWhereInput>(actor, "case:override", (m) => ({
      stationId: m.stationId!, overrides: { some: { userId: actor.userId, expiresAt: { gt: now } } },
    }));
    return { OR: [own, overridden] } satisfies Prisma.CaseFileWhereInput;
  },

  /**
   * Referrals addressed to the actor (the receiving side): those sent to them at a station where they work
   * as a social worker. The sender reaches their own referrals through the case (scope.caseFiles).
   */
  referralsReceived: (actor: Actor, permission: Permission = "case:manage") =>
    build<Prisma.CaseReferralWhereInput>(actor, permission, (m) => (m.role === "SOCIAL_WORKER" ? { toWorkerId: actor.userId, toStationId: m.stationId! } : null)),

  /**
   * Life-safety overrides (生命第一). case:read — a supervisor reviews those of the cases of the workers they
   * supervise at that station. case:override — a station head or deputy sees the ones they opened there.
   */
  accessOverrides: (actor: Actor, permission: Permission = "case:read") =>
    build<Prisma.CaseAccessOverrideWhereInput>(actor, permission, (m) => {
      switch (m.role) {
        case "SUPERVISOR": return { stationId: m.stationId!, caseFile: { ownerId: { in: actor.grants.supervisees[m.stationId!] ?? [] } } };
        case "STATION_HEAD":
        case "DEPUTY_HEAD": return { stationId: m.stationId!, userId: actor.userId };
        default: return null;
      }
    }),

  /**
   * Visits (探访记录表): visit:read — the worker's own at their station and a supervisor's supervisees'.
   * document:countersign — the station head's list of the station's visits to countersign (the page selects
   * no names and no content). Above the station: counts only.
   */
  visits: (actor: Actor, permission: Permission = "visit:read") =>
    build<Prisma.VisitWhereInput>(actor, permission, (m) => {
      switch (m.role) {
        case "SOCIAL_WORKER": return { stationId: m.stationId!, workerId: actor.userId };
        case "SUPERVISOR": return { stationId: m.stationId!, workerId: { in: actor.grants.supervisees[m.stationId!] ?? [] } };
        case "STATION_HEAD":
        case "DEPUTY_HEAD": return { stationId: m.stationId! };
        default: return null;
      }
    }),

  /** 来访接待登记: the receiving worker's own, and their supervisor's (a summary may name a visitor). */
  receptions: (actor: Actor, permission: Permission = "reception:read") =>
    build<Prisma.ReceptionWhereInput>(actor, permission, (m) => {
      switch (m.role) {
        case "SOCIAL_WORKER": return { stationId: m.stationId!, workerId: actor.userId };
        case "SUPERVISOR": return { stationId: m.stationId!, workerId: { in: actor.grants.supervisees[m.stationId!] ?? [] } };
        default: return null;
      }
    }),

  contracts: (actor: Actor, permission: Permission = "contract:read") =>
    build<Prisma.ServiceContractWhereInput>(actor, permission, contractClause),

  budgetVersions: (actor: Actor, permission: Permission = "budget:read") =>
    build<Prisma.BudgetVersionWhereInput>(actor, permission, viaContract),

  budgetItems: (actor: Actor, permission: Permission = "budget:read") =>
    build<Prisma.BudgetItemWhereInput>(actor, permission, viaContract),

  expenses: (actor: Actor, permission: Permission = "ledger:read") =>
    build<Prisma.ExpenseWhereInput>(actor, permission, viaContract),

  /** 月度工作简报: a street office reads its stations' briefs, whoever bought the contract. */
  monthlyBriefs: (actor: Actor, permission: Permission = "brief:read") =>
    build<Prisma.MonthlyBriefWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        case "bureau": return district(m);
        case "street": return { districtId: m.districtId!, station: { streetOfficeId: m.streetOfficeId! } };
        case "contractor": return { contract: { contractorId: m.contractorId! } };
        default: return null;
      }
    }),

  projectReports: (actor: Actor, permission: Permission = "report:read") =>
    build<Prisma.ProjectReportWhereInput>(actor, permission, viaContract),

  changeRequests: (actor: Actor, permission: Permission = "report:read") =>
    build<Prisma.ChangeRequestWhereInput>(actor, permission, viaContract),

  /** 绩效目标申报表: the bureau reads its district's; a street office or a contractor those it declared. */
  declarations: (actor: Actor, permission: Permission = "declaration:read") =>
    build<Prisma.PerformanceDeclarationWhereInput>(actor, permission, (m, level) => {
      switch (level) {
        // The bureau reads every declaration of its district but changes only those it declared itself.
        case "bureau": return permission === "declaration:manage" ? { districtId: m.districtId!, bureauId: m.bureauId! } : district(m);
        case "street": return { districtId: m.districtId!, streetOfficeId: m.streetOfficeId! };
        case "contractor": return { districtId: m.districtId!, contractorId: m.contractorId! };
        default: return null;
      }
    }),

  supervisorAssignments: (actor: Actor, permission: Permission = "supervision:manage") =>
    build<Prisma.SupervisorAssignmentWhereInput>(actor, permission, (m, level) => (level === "station" ? { stationId: m.stationId! } : null)),

  auditLogs: (actor: Actor, permission: Permission = "audit:read") =>
    build<Prisma.AuditLogWhereInput>(actor, permission, (m, level) => (level === "bureau" ? { districtId: m.districtId! } : null)),
};
