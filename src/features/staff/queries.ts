import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { CERTIFICATE_LEVEL_LABELS, POST_TYPE_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { areaStations } from "@/features/stations/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { roleLevel, scope } from "@/server/scope";
import { manageableStaffProfiles, stationsManagedAsOffice } from "./access";

export const STAFF_SORTS = ["name", "position", "birthMonth", "certificateLevel", "station", "startedOn"] as const;
export const STAFF_FILTERS = ["street", "station", "postType", "cert", "active"] as const;
export type StaffArea = "station" | "bureau" | "contractor";

/**
 * Narrows a list to the work area the page belongs to (an actor may hold roles in several areas).
 * Always combined with the scope builder, never a replacement for it.
 */
function areaWhere(actor: Actor, area: StaffArea): Prisma.StaffProfileWhereInput {
  if (area !== "contractor") return { station: areaStations(actor, area) };
  // A contractor's people: those it deployed anywhere, and everyone at the stations it runs.
  const ids = actor.memberships.filter((m) => roleLevel(m.role) === "contractor").map((m) => m.contractorId!);
  return { OR: [{ contractorId: { in: ids } }, { station: { contractorId: { in: ids } } }] };
}

function filterWhere(filters: Record<string, string>): Prisma.StaffProfileWhereInput[] {
  const where: Prisma.StaffProfileWhereInput[] = [];
  if (filters.street) where.push({ station: { streetOfficeId: filters.street } });
  if (filters.station) where.push({ stationId: filters.station });
  if (filters.postType && filters.postType in POST_TYPE_LABELS) where.push({ postType: filters.postType as keyof typeof POST_TYPE_LABELS });
  if (filters.cert === "CERTIFIED") where.push({ certificateLevel: { not: "NONE" } });
  else if (filters.cert && filters.cert in CERTIFICATE_LEVEL_LABELS) where.push({ certificateLevel: filters.cert as keyof typeof CERTIFICATE_LEVEL_LABELS });
  if (filters.active === "1") where.push({ isActive: true });
  if (filters.active === "0") where.push({ isActive: false });
  return where;
}

export async function listStaffProfiles(actor: Actor, { area, params }: { area: StaffArea; params: ListParams<(typeof STAFF_SORTS)[number]> }) {
  const q = params.q ? { OR: [{ name: { contains: params.q } }, { school: { contains: params.q } }] } : {};
  const where: Prisma.StaffProfileWhereInput = { AND: [scope.staffProfiles(actor, "staff:read"), areaWhere(actor, area), ...filterWhere(params.filters), q] };
  const orderBy: Prisma.StaffProfileOrderByWithRelationInput[] =
    params.sort === "station" ? [{ station: { name: params.dir } }, { position: "asc" }] : [{ [params.sort]: params.dir }];
  const [rows, total] = await Promise.all([
    db.staffProfile.findMany({
      where,
      orderBy: [...orderBy, { name: "asc" }, { id: "asc" }],
      ...skipTake(params),
      include: { station: { select: { id: true, name: true, streetOffice: { select: { name: true } } } }, contractor: { select: { name: true } } },
    }),
    db.staffProfile.count({ where }),
  ]);
  return { rows, total };
}

/** One register row with whether the actor may edit it (the command checks again). */
export async function getStaffProfile(actor: Actor, id: string) {
  const profile = await db.staffProfile.findFirst({
    where: { AND: [{ id }, scope.staffProfiles(actor, "staff:read")] },
    include: { station: { select: { id: true, name: true } }, contractor: { select: { id: true, name: true } } },
  });
  if (!profile) return null;
  const editable = await db.staffProfile.count({ where: { AND: [{ id }, manageableStaffProfiles(actor)] } });
  return { profile, canEdit: editable > 0 };
}

/** Select boxes of the staff form: stations the actor may file staff at, and 派驻机构 it may name. */
export async function staffFormOptions(actor: Actor, { area }: { area: StaffArea }) {
  const [stations, free, contractors] = await Promise.all([
    db.station.findMany({ where: { AND: [scope.stations(actor, "staff:manage"), areaStations(actor, area)] }, orderBy: [{ level: "asc" }, { name: "asc" }], select: { id: true, name: true, districtId: true, contractor: { select: { name: true } } } }),
    db.station.findMany({ where: stationsManagedAsOffice(actor), select: { id: true } }),
    db.contractor.findMany({ where: scope.contractors(actor, "contractor:read"), orderBy: { name: "asc" }, select: { id: true, name: true, districtId: true } }),
  ]);
  const freeIds = new Set(free.map((s) => s.id));
  return {
    stations: stations.map((s) => ({ id: s.id, name: s.name, operator: s.contractor?.name ?? null, contractorChoosable: freeIds.has(s.id), districtId: s.districtId })),
    contractors,
  };
}

/** Street and station choices for the bureau list's filters. */
export async function staffFilterOptions(actor: Actor) {
  const [streets, stations] = await Promise.all([
    db.streetOffice.findMany({ where: scope.streetOffices(actor, "staff:read"), orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.station.findMany({ where: scope.stations(actor, "staff:read"), orderBy: [{ level: "asc" }, { name: "asc" }], select: { id: true, name: true, streetOfficeId: true } }),
  ]);
  return { streets, stations };
}
