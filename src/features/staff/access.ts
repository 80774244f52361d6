import "server-only";
// Who may change which register rows. Built only from the central scope builders: a contractor's
// administrator manages the people its own organisation deployed (contractorId is forced to it), while
// bureau and station managers manage every row of their stations.
import type { Prisma } from "@/generated/prisma/client";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { roleLevel, scope } from "@/server/scope";

/** The actor restricted to its office memberships (bureau, street, station) or to its contractor ones. */
function actorVia(actor: Actor, via: "office" | "contractor"): Actor {
  return { ...actor, memberships: actor.memberships.filter((m) => (roleLevel(m.role) === "contractor") === (via === "contractor")) };
}

/** Organisations whose deployed staff the actor manages as a contractor administrator. */
export function ownContractorIds(actor: Actor): string[] {
  return grantingMemberships(actorVia(actor, "contractor"), "staff:manage").map((m) => m.contractorId!).filter(Boolean);
}

/** Register rows the actor may edit. */
export function manageableStaffProfiles(actor: Actor): Prisma.StaffProfileWhereInput {
  return {
    AND: [
      scope.staffProfiles(actor, "staff:manage"),
      {
        OR: [
          scope.staffProfiles(actorVia(actor, "office"), "staff:manage"),
          { AND: [scope.staffProfiles(actorVia(actor, "contractor"), "staff:manage"), { contractorId: { in: ownContractorIds(actor) } }] },
        ],
      },
    ],
  };
}

/** Stations where the actor chooses the 派驻机构 freely (otherwise it is forced to the station's operator). */
export function stationsManagedAsOffice(actor: Actor): Prisma.StationWhereInput {
  return { AND: [scope.stations(actor, "staff:manage"), scope.stations(actorVia(actor, "office"), "staff:manage")] };
}
