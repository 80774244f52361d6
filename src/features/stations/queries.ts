import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OperationMode, StationLevel } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor, Permission } from "@/server/permissions";
import { roleLevel, scope } from "@/server/scope";
import { OPERATION_MODE_LABELS, STATION_LEVEL_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import type { Area } from "@/lib/navigation";
import {
  checkStationName, evaluateStaffing, PROFESSIONAL_EDUCATION, standardStationName, TRANSACTIONAL_EDUCATION,
  type EducationShortfall, type NameCheck, type StaffingResult,
} from "./rules";

export const STATION_SORTS = ["name", "level", "street", "contractor", "establishedOn", "createdAt"] as const;
export const STATION_FILTERS = ["streetOfficeId", "level", "operationMode", "contractorId"] as const;
/** Filter value for "no contractor" in the station list. */
export const NO_CONTRACTOR = "none";

const isLevel = (v: string | undefined): v is StationLevel => !!v && v in STATION_LEVEL_LABELS;
const isMode = (v: string | undefined): v is OperationMode => !!v && v in OPERATION_MODE_LABELS;

/**
 * The stations one area of the app is about: a person holding both a bureau and a station role sees
 * only their own station under /station. Combined with scope, never instead of it.
 */
export function areaStations(actor: Actor, area: Area): Prisma.StationWhereInput {
  const ms = actor.memberships;
  const ids = (pick: (m: (typeof ms)[number]) => string | null, level: ReturnType<typeof roleLevel>) =>
    ms.filter((m) => roleLevel(m.role) === level).map(pick).filter((v): v is string => !!v);
  switch (area) {
    case "bureau": return { districtId: { in: ids((m) => m.districtId, "bureau") } };
    case "street": return { streetOfficeId: { in: ids((m) => m.streetOfficeId, "street") } };
    case "station": return { id: { in: ids((m) => m.stationId, "station") } };
    case "contractor": return { contractorId: { in: ids((m) => m.contractorId, "contractor") } };
    default: return { id: { in: [] } };
  }
}

export async function listStations(actor: Actor, params: ListParams<(typeof STATION_SORTS)[number]>) {
  const { streetOfficeId, level, operationMode, contractorId } = params.filters;
  const where: Prisma.StationWhereInput = {
    AND: [
      scope.stations(actor),
      streetOfficeId ? { streetOfficeId } : {},
      isLevel(level) ? { level } : {},
      isMode(operationMode) ? { operationMode } : {},
      contractorId ? { contractorId: contractorId === NO_CONTRACTOR ? null : contractorId } : {},
      params.q ? { OR: [{ name: { contains: params.q } }, { address: { contains: params.q } }] } : {},
    ],
  };
  const orderBy: Prisma.StationOrderByWithRelationInput[] =
    params.sort === "street" ? [{ streetOffice: { code: params.dir } }, { streetOffice: { name: params.dir } }, { level: "asc" }]
    : params.sort === "contractor" ? [{ contractor: { name: params.dir } }]
    : [{ [params.sort]: params.dir }];
  const [rows, total] = await Promise.all([
    db.station.findMany({
      where,
      orderBy: [...orderBy, { name: "asc" }, { id: "asc" }],
      ...skipTake(params),
      include: {
        streetOffice: { select: { id: true, name: true } },
        community: { select: { id: true, name: true } },
        contractor: { select: { id: true, name: true } },
      },
    }),
    db.station.count({ where }),
  ]);
  return { rows, total };
}

export type StationCompliance = {
  id: string;
  name: string;
  level: StationLevel;
  streetOfficeId: string;
  streetName: string;
  contractorName: string | null;
  staffing: StaffingResult;
  nameCheck: NameCheck;
};

/**
 * The staffing standard for every station matching `where` (within scope), from five queries in all
 * however many stations there are: the stations, staff per position, certified staff per employer,
 * the staff whose education falls short, and active volunteers per station.
 */
export async function listStationCompliance(actor: Actor, where: Prisma.StationWhereInput = {}): Promise<StationCompliance[]> {
  const stations = await db.station.findMany({
    where: { AND: [scope.stations(actor), where] },
    orderBy: [{ streetOffice: { code: "asc" } }, { streetOffice: { name: "asc" } }, { level: "asc" }, { name: "asc" }],
    select: {
      id: true, name: true, level: true, contractorId: true, streetOfficeId: true,
      streetOffice: { select: { name: true } },
      district: { select: { name: true, cityName: true } },
      contractor: { select: { name: true } },
    },
  });
  if (stations.length === 0) return [];
  const ids = stations.map((s) => s.id);
  const staffWhere: Prisma.StaffProfileWhereInput = { AND: [scope.staffProfiles(actor), { stationId: { in: ids }, isActive: true }] };
  const [positions, certified, shortfalls, volunteers] = await Promise.all([
    db.staffProfile.groupBy({ by: ["stationId", "position"], where: staffWhere, _count: { _all: true } }),
    db.staffProfile.groupBy({
      by: ["stationId", "contractorId"],
      where: { AND: [staffWhere, { certificateLevel: { not: "NONE" }, contractorId: { not: null } }] },
      _count: { _all: true },
    }),
    db.staffProfile.findMany({
      where: {
        AND: [staffWhere, {
          OR: [
            { postType: "PROFESSIONAL", education: { notIn: [...PROFESSIONAL_EDUCATION] } },
            { postType: "TRANSACTIONAL", education: { notIn: [...TRANSACTIONAL_EDUCATION] } },
          ],
        }],
      },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { stationId: true, name: true, postType: true, education: true },
    }),
    // Volunteer numbers are an aggregate of the station: counted within station scope, so a viewer who
    // may read the station but not the volunteer register (第三方评估) still sees the standard.
    db.volunteer.groupBy({ by: ["stationId"], where: { stationId: { in: ids }, isActive: true, station: scope.stations(actor) }, _count: { _all: true } }),
  ]);

  const positionCount = new Map(positions.map((p) => [`${p.stationId}:${p.position}`, p._count._all]));
  const certifiedCount = new Map(certified.map((c) => [`${c.stationId}:${c.contractorId}`, c._count._all]));
  const volunteerCount = new Map(volunteers.map((v) => [v.stationId, v._count._all]));
  const shortfallsOf = new Map<string, EducationShortfall[]>();
  for (const { stationId, ...s } of shortfalls) shortfallsOf.set(stationId, [...(shortfallsOf.get(stationId) ?? []), s]);

  return stations.map((s) => ({
    id: s.id,
    name: s.name,
    level: s.level,
    streetOfficeId: s.streetOfficeId,
    streetName: s.streetOffice.name,
    contractorName: s.contractor?.name ?? null,
    staffing: evaluateStaffing({
      level: s.level,
      contractorId: s.contractorId,
      heads: positionCount.get(`${s.id}:HEAD`) ?? 0,
      deputies: positionCount.get(`${s.id}:DEPUTY`) ?? 0,
      staff: positionCount.get(`${s.id}:STAFF`) ?? 0,
      activeVolunteers: volunteerCount.get(s.id) ?? 0,
      contractorCertified: s.contractorId ? (certifiedCount.get(`${s.id}:${s.contractorId}`) ?? 0) : 0,
      educationShortfalls: shortfallsOf.get(s.id) ?? [],
    }),
    nameCheck: checkStationName({ level: s.level, name: s.name, cityName: s.district.cityName, districtName: s.district.name, streetName: s.streetOffice.name }),
  }));
}

/** Everything the station overview shows, or null when the station is out of scope (or of the area). */
export async function getStationOverview(actor: Actor, id: string, area: Area) {
  const where: Prisma.StationWhereInput = { AND: [{ id }, scope.stations(actor), areaStations(actor, area)] };
  const station = await db.station.findFirst({
    where,
    include: {
      district: { select: { name: true, cityName: true } },
      streetOffice: { select: { id: true, name: true } },
      community: { select: { id: true, name: true } },
      contractor: { select: { id: true, name: true } },
    },
  });
  if (!station) return null;
  const [[compliance], staff, communities] = await Promise.all([
    listStationCompliance(actor, { id: station.id }),
    db.staffProfile.findMany({
      where: { AND: [scope.staffProfiles(actor), { stationId: station.id, isActive: true }] },
      orderBy: [{ position: "asc" }, { name: "asc" }],
      select: { id: true, name: true, position: true, postType: true, education: true, certificateLevel: true, employer: true, jobTitle: true },
    }),
    db.community.findMany({
      where: { AND: [scope.communities(actor), { streetOfficeId: station.streetOfficeId }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, kind: true },
    }),
  ]);
  return { station, compliance, staff, communities };
}
export type StationOverviewData = NonNullable<Awaited<ReturnType<typeof getStationOverview>>>;

/** The stations the actor works at in one area (for the station picker). */
export function listAreaStations(actor: Actor, area: Area, permission: Permission = "org:read") {
  return db.station.findMany({
    where: { AND: [scope.stations(actor, permission), areaStations(actor, area)] },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    select: { id: true, name: true, version: true, address: true, openingHours: true, phone: true, streetOfficeId: true, contractorId: true },
  });
}

/** The station an area page shows: ?station=<id> among the actor's stations in that area, else the first. */
export async function currentAreaStation(actor: Actor, area: Area, permission: Permission, requested?: string) {
  const stations = await listAreaStations(actor, area, permission);
  return { station: stations.find((s) => s.id === requested) ?? stations[0] ?? null, stations };
}

/** A station as the edit form needs it. */
export function getStationForEdit(actor: Actor, id: string) {
  return db.station.findFirst({ where: { AND: [{ id }, scope.stations(actor, "org:manage")] } });
}

/** Select options for the station form, each street with the standard name of its township station. */
export async function stationFormOptions(actor: Actor) {
  const [streets, communities, contractors] = await Promise.all([
    db.streetOffice.findMany({
      where: scope.streetOffices(actor, "org:manage"),
      orderBy: [{ code: "asc" }, { name: "asc" }],
      select: { id: true, name: true, district: { select: { name: true, cityName: true } } },
    }),
    db.community.findMany({ where: scope.communities(actor, "org:manage"), orderBy: { name: "asc" }, select: { id: true, name: true, streetOfficeId: true } }),
    db.contractor.findMany({ where: scope.contractors(actor, "org:manage"), orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    streets: streets.map((s) => ({ id: s.id, name: s.name, standardName: standardStationName({ cityName: s.district.cityName, districtName: s.district.name, streetName: s.name }) })),
    communities,
    contractors,
  };
}

/** Filters of the station list: the streets and contractors in scope. */
export async function stationFilterOptions(actor: Actor) {
  const [streets, contractors] = await Promise.all([
    db.streetOffice.findMany({ where: scope.streetOffices(actor), orderBy: [{ code: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.contractor.findMany({ where: scope.contractors(actor), orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { streets, contractors };
}

/** The district overview: counts, compliance of every station, stations by street, contractors. */
export async function getDistrictOverview(actor: Actor) {
  const stationWhere: Prisma.StationWhereInput = { AND: [scope.stations(actor), areaStations(actor, "bureau")] };
  const staffWhere: Prisma.StaffProfileWhereInput = { AND: [scope.staffProfiles(actor), { isActive: true, station: stationWhere }] };
  const [streets, levels, contractors, activeStaff, certifiedStaff, activeVolunteers, communities, compliance] = await Promise.all([
    db.streetOffice.findMany({
      where: scope.streetOffices(actor),
      orderBy: [{ code: "asc" }, { name: "asc" }],
      select: { id: true, name: true },
    }),
    db.station.groupBy({ by: ["level"], where: stationWhere, _count: { _all: true } }),
    db.contractor.findMany({
      where: scope.contractors(actor),
      orderBy: { name: "asc" },
      select: { id: true, name: true, evaluationGrade: true, annualInspection: true, _count: { select: { stations: { where: stationWhere } } } },
    }),
    db.staffProfile.count({ where: staffWhere }),
    db.staffProfile.count({ where: { AND: [staffWhere, { certificateLevel: { not: "NONE" } }] } }),
    db.volunteer.count({ where: { isActive: true, station: stationWhere } }),
    db.community.groupBy({ by: ["streetOfficeId"], where: scope.communities(actor), _count: { _all: true } }),
    listStationCompliance(actor, areaStations(actor, "bureau")),
  ]);
  const levelCount = (level: StationLevel) => levels.find((l) => l.level === level)?._count._all ?? 0;
  const communityCount = new Map(communities.map((c) => [c.streetOfficeId, c._count._all]));
  const byStreet = streets.map((street) => {
    const stations = compliance.filter((c) => c.streetOfficeId === street.id);
    return {
      ...street,
      communities: communityCount.get(street.id) ?? 0,
      township: stations.filter((s) => s.level === "TOWNSHIP"),
      rooms: stations.filter((s) => s.level === "COMMUNITY"),
    };
  });
  return {
    stats: {
      streets: streets.length,
      townshipStations: levelCount("TOWNSHIP"),
      communityRooms: levelCount("COMMUNITY"),
      contractors: contractors.length,
      activeStaff,
      certifiedStaff,
      activeVolunteers,
    },
    compliance,
    byStreet,
    contractors,
  };
}
