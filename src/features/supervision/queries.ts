import "server-only";
import { db } from "@/server/db";
import { grantingMemberships, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";

const person = { id: true, name: true, username: true, isActive: true } as const;

/** The stations whose supervision the actor manages (head or deputy there). */
export function supervisionStations(actor: Actor) {
  const ids = grantingMemberships(actor, "supervision:manage").flatMap((m) => (m.stationId ? [m.stationId] : []));
  return db.station.findMany({
    where: { AND: [{ id: { in: ids } }, scope.stations(actor, "supervision:manage")] },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** ?station=<id> among those stations, else the first. */
export async function currentSupervisionStation(actor: Actor, requested?: string) {
  const stations = await supervisionStations(actor);
  return { station: stations.find((s) => s.id === requested) ?? stations[0] ?? null, stations };
}

/**
 * A station's social workers with their supervisors, and its supervisors with how many workers each
 * supervises. Workers who no longer hold SOCIAL_WORKER there but still have an assignment are listed too,
 * so the assignment can be removed. Null when the actor does not manage the station.
 */
export async function stationSupervision(actor: Actor, stationId: string) {
  const station = await db.station.findFirst({ where: { AND: [{ id: stationId }, scope.stations(actor, "supervision:manage")] }, select: { id: true, name: true } });
  if (!station) return null;
  const [workers, supervisors, assignments] = await Promise.all([
    db.user.findMany({ where: { memberships: { some: { role: "SOCIAL_WORKER", stationId } } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: person }),
    db.user.findMany({ where: { memberships: { some: { role: "SUPERVISOR", stationId } } }, orderBy: [{ name: "asc" }, { id: "asc" }], select: person }),
    db.supervisorAssignment.findMany({
      where: { AND: [scope.supervisorAssignments(actor, "supervision:manage"), { stationId }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, createdAt: true, workerId: true, supervisorId: true, worker: { select: person }, supervisor: { select: person } },
    }),
  ]);
  const workerIds = new Set(workers.map((w) => w.id));
  const supervisorIds = new Set(supervisors.map((s) => s.id));
  const former = [...new Map(assignments.filter((a) => !workerIds.has(a.workerId)).map((a) => [a.workerId, a.worker])).values()];
  const rows = [...workers.map((w) => ({ ...w, current: true })), ...former.map((w) => ({ ...w, current: false }))].map((w) => ({
    worker: w,
    assignments: assignments
      .filter((a) => a.workerId === w.id)
      .map((a) => ({ id: a.id, createdAt: a.createdAt, supervisor: a.supervisor, supervisorCurrent: supervisorIds.has(a.supervisorId) })),
  }));
  return {
    station,
    rows,
    supervisors: supervisors.map((s) => ({ ...s, workerCount: assignments.filter((a) => a.supervisorId === s.id).length })),
    /** Form choices: active workers and active supervisors of the station. */
    workerOptions: workers.filter((w) => w.isActive),
    supervisorOptions: supervisors.filter((s) => s.isActive),
  };
}

/** 我督导的社工: the actor's own assignments at the stations where they hold SUPERVISOR; null if they hold none. */
export async function mySupervisees(actor: Actor) {
  const stationIds = actor.memberships.filter((m) => m.role === "SUPERVISOR" && m.stationId).map((m) => m.stationId!);
  if (stationIds.length === 0) return null;
  return db.supervisorAssignment.findMany({
    where: { supervisorId: actor.userId, stationId: { in: stationIds } },
    orderBy: [{ station: { name: "asc" } }, { worker: { name: "asc" } }, { id: "asc" }],
    select: { id: true, createdAt: true, station: { select: { id: true, name: true } }, worker: { select: person } },
  });
}
