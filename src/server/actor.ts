import "server-only";
import { db } from "./db";
import type { Actor, ActorGrants } from "./permissions";

const byStation = (rows: { stationId: string | null; id: string }[]) => {
  const out: Record<string, string[]> = {};
  for (const r of rows) if (r.stationId) (out[r.stationId] ??= []).push(r.id);
  return out;
};

/** The row-based grants of the actor's station memberships (see ActorGrants). */
async function loadGrants(userId: string, memberships: { role: string; stationId: string | null }[]): Promise<ActorGrants> {
  const at = (role: string) => memberships.filter((m) => m.role === role && m.stationId).map((m) => m.stationId!);
  const supervising = at("SUPERVISOR");
  const working = at("SOCIAL_WORKER");
  const [assignments, referred] = await Promise.all([
    supervising.length ? db.supervisorAssignment.findMany({ where: { supervisorId: userId, stationId: { in: supervising } }, select: { stationId: true, workerId: true } }) : [],
    working.length
      ? db.caseReferral.findMany({ where: { toWorkerId: userId, toStationId: { in: working }, status: "ACCEPTED" }, select: { toStationId: true, caseFileId: true, caseFile: { select: { clientId: true } } } })
      : [],
  ]);
  const supervisees = byStation(assignments.map((a) => ({ stationId: a.stationId, id: a.workerId })));
  const superviseeReferred = supervising.length && assignments.length
    ? await db.caseReferral.findMany({
      where: { status: "ACCEPTED", OR: Object.entries(supervisees).map(([stationId, workerIds]) => ({ toStationId: stationId, toWorkerId: { in: workerIds } })) },
      select: { toStationId: true, caseFile: { select: { clientId: true } } },
    })
    : [];
  return {
    supervisees,
    referredCaseIds: byStation(referred.map((r) => ({ stationId: r.toStationId, id: r.caseFileId }))),
    referredClientIds: byStation(referred.map((r) => ({ stationId: r.toStationId, id: r.caseFile.clientId }))),
    superviseeReferredClientIds: byStation(superviseeReferred.map((r) => ({ stationId: r.toStationId, id: r.caseFile.clientId }))),
  };
}

/** Builds the actor from the database: roles and units are never taken from the token or the request. */
export async function loadActor(userId: string, { sessionVersion, ip }: { sessionVersion?: number; ip: string | null }): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    include: { memberships: { include: { station: { select: { streetOfficeId: true } } } } },
  });
  if (!user || !user.isActive) return null;
  if (sessionVersion !== undefined && user.sessionVersion !== sessionVersion) return null;
  if (user.lockedUntil && user.lockedUntil > new Date()) return null;
  const grants = await loadGrants(user.id, user.memberships);
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
    grants,
  };
}
