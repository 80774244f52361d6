// Pure helpers of 来访接待登记 (no server-only imports): the stations where the actor records receptions.
import { grantingMemberships, type Actor } from "@/server/permissions";

/** The stations where the actor receives visitors (their SOCIAL_WORKER memberships that grant reception:manage). */
export function receptionStationIds(actor: Pick<Actor, "memberships">): string[] {
  return [...new Set(grantingMemberships(actor, "reception:manage").filter((m) => m.role === "SOCIAL_WORKER" && m.stationId).map((m) => m.stationId!))];
}

/** Largest group received at once (来访人数). */
export const MAX_VISITORS = 500;
