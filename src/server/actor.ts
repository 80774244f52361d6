import "server-only";
import { db } from "./db";
import type { Actor } from "./permissions";

/** Builds the actor from the database: roles and units are never taken from the token or the request. */
export async function loadActor(userId: string, { sessionVersion, ip }: { sessionVersion?: number; ip: string | null }): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { station: { select: { streetOfficeId: true } } } } },
  });
  if (!user || !user.isActive) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  if (user.lockedUntil && user.lockedUntil > new Date()) return null;
  return {
    userId: user.id,
    username: user.username,
    name: user.name,
    districtId: user.districtId,
    mustChangePassword: user.mustChangePassword,
    ip,
    memberships: user.memberships.map((m) => ({
      role: m.role,
      districtId: m.districtId,
      bureauId: m.bureauId,
      streetOfficeId: m.streetOfficeId,
      stationId: m.stationId,
      contractorId: m.contractorId,
      stationStreetOfficeId: m.station?.streetOfficeId ?? null,
    })),
  };
}
