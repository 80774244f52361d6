import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { skipTake, type ListParams } from "@/lib/list-params";
import { listAreaStations } from "@/features/stations/queries";
import { db } from "@/server/db";
import type { Actor, Permission } from "@/server/permissions";
import { scope } from "@/server/scope";

export const VOLUNTEER_SORTS = ["name", "registeredOn", "community"] as const;
export const VOLUNTEER_FILTERS = ["station", "community", "active"] as const;

export async function listVolunteers(actor: Actor, { stationId, params }: { stationId: string; params: ListParams<(typeof VOLUNTEER_SORTS)[number]> }) {
  const filters: Prisma.VolunteerWhereInput[] = [];
  if (params.filters.community) filters.push({ communityId: params.filters.community });
  if (params.filters.active === "1") filters.push({ isActive: true });
  if (params.filters.active === "0") filters.push({ isActive: false });
  if (params.q) filters.push({ OR: [{ name: { contains: params.q } }, { volunteerNumber: { contains: params.q } }, { skills: { contains: params.q } }] });
  const where: Prisma.VolunteerWhereInput = { AND: [scope.volunteers(actor, "volunteer:read"), { stationId }, ...filters] };
  const orderBy: Prisma.VolunteerOrderByWithRelationInput = params.sort === "community" ? { community: { name: params.dir } } : { [params.sort]: params.dir };
  const [rows, total] = await Promise.all([
    db.volunteer.findMany({ where, orderBy: [orderBy, { name: "asc" }, { id: "asc" }], ...skipTake(params), include: { community: { select: { name: true } } } }),
    db.volunteer.count({ where }),
  ]);
  return { rows, total };
}

/** Active registered volunteers of a station, against the standard of 30. */
export function countActiveVolunteers(actor: Actor, stationId: string) {
  return db.volunteer.count({ where: { AND: [scope.volunteers(actor, "volunteer:read"), { stationId, isActive: true }] } });
}

export async function getVolunteer(actor: Actor, id: string) {
  const volunteer = await db.volunteer.findFirst({
    where: { AND: [{ id }, scope.volunteers(actor, "volunteer:read")] },
    include: { station: { select: { id: true, name: true } }, community: { select: { id: true, name: true } } },
  });
  if (!volunteer) return null;
  const editable = await db.volunteer.count({ where: { AND: [{ id }, scope.volunteers(actor, "volunteer:manage")] } });
  return { volunteer, canEdit: editable > 0 };
}

/** Villages/communities of a station's street (the only ones a volunteer there may belong to). */
export function stationCommunities(actor: Actor, streetOfficeId: string, permission: Permission = "volunteer:read") {
  return db.community.findMany({ where: { AND: [scope.communities(actor, permission), { streetOfficeId }] }, orderBy: { name: "asc" }, select: { id: true, name: true, streetOfficeId: true } });
}

/** Form choices: the stations where the actor manages volunteers, with each one's communities. */
export async function volunteerFormOptions(actor: Actor) {
  const stations = await listAreaStations(actor, "station", "volunteer:manage");
  const communities = await db.community.findMany({
    where: { AND: [scope.communities(actor, "volunteer:manage"), { streetOfficeId: { in: stations.map((s) => s.streetOfficeId) } }] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, streetOfficeId: true },
  });
  return { stations, communities };
}
