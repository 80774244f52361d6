// Builds two complete districts (a and b) with every role, so each test can check that the wrong role,
// the wrong station, the wrong street and the other district are refused and the owner is allowed.
import { db } from "@/server/db";
import { loadActor } from "@/server/actor";
import type { Actor } from "@/server/permissions";
import type { Role } from "@/generated/prisma/enums";
import {
  createBureau, createCommunity, createContractor, createDistrict, createStation, createStreetOffice, createUser, uniq, type MembershipSpec,
} from "../../prisma/seed/factories";

export const TEST_PASSWORD = "Test@12345";

type ActorKey =
  | "bureauAdmin" | "bureauStaff" | "bureauReviewer" | "evaluator" | "auditor"
  | "streetStaff" | "otherStreetStaff"
  | "stationHead" | "deputyHead" | "socialWorker" | "supervisor" | "otherStationHead"
  | "contractorAdmin" | "otherWorker" | "remoteWorker";

async function buildDistrict(label: string) {
  const tag = uniq();
  const district = await createDistrict(db, { name: `${label}区${tag}`, code: `${label}${tag}` });
  const bureau = await createBureau(db, { districtId: district.id, name: `${label}区民政局${tag}` });
  const streets = [
    await createStreetOffice(db, { districtId: district.id, name: `${label}甲${tag}街道` }),
    await createStreetOffice(db, { districtId: district.id, name: `${label}乙${tag}街道` }),
  ];
  const communities = [
    await createCommunity(db, { districtId: district.id, streetOfficeId: streets[0].id, name: `${label}甲社区${tag}` }),
    await createCommunity(db, { districtId: district.id, streetOfficeId: streets[1].id, name: `${label}乙社区${tag}`, kind: "RURAL" }),
  ];
  const contractors = [
    await createContractor(db, { districtId: district.id, name: `${label}甲社工中心${tag}` }),
    await createContractor(db, { districtId: district.id, name: `${label}乙社工中心${tag}` }),
  ];
  const stations = [
    await createStation(db, { districtId: district.id, streetOfficeId: streets[0].id, contractorId: contractors[0].id, name: `${label}甲站${tag}` }),
    await createStation(db, { districtId: district.id, streetOfficeId: streets[1].id, contractorId: contractors[1].id, name: `${label}乙站${tag}` }),
  ];
  const specs: Record<ActorKey, MembershipSpec> = {
    bureauAdmin: { role: "BUREAU_ADMIN", bureauId: bureau.id },
    bureauStaff: { role: "BUREAU_STAFF", bureauId: bureau.id },
    bureauReviewer: { role: "BUREAU_REVIEWER", bureauId: bureau.id },
    evaluator: { role: "EVALUATOR", bureauId: bureau.id },
    auditor: { role: "AUDITOR", bureauId: bureau.id },
    streetStaff: { role: "STREET_STAFF", streetOfficeId: streets[0].id },
    otherStreetStaff: { role: "STREET_STAFF", streetOfficeId: streets[1].id },
    stationHead: { role: "STATION_HEAD", stationId: stations[0].id },
    deputyHead: { role: "DEPUTY_HEAD", stationId: stations[0].id },
    socialWorker: { role: "SOCIAL_WORKER", stationId: stations[0].id },
    supervisor: { role: "SUPERVISOR", stationId: stations[0].id },
    otherStationHead: { role: "STATION_HEAD", stationId: stations[1].id },
    contractorAdmin: { role: "CONTRACTOR_ADMIN", contractorId: contractors[0].id },
    // A second worker at the same station whom the supervisor does not supervise.
    otherWorker: { role: "SOCIAL_WORKER", stationId: stations[0].id },
    // A social worker at the district's other station (the receiving side of a referral).
    remoteWorker: { role: "SOCIAL_WORKER", stationId: stations[1].id },
  };
  const users = {} as Record<ActorKey, { id: string; username: string }>;
  const actors = {} as Record<ActorKey, Actor>;
  for (const [key, spec] of Object.entries(specs) as [ActorKey, MembershipSpec][]) {
    const user = await createUser(db, { districtId: district.id, username: `${key}.${label}.${tag}`, name: `${label}${key}`, password: TEST_PASSWORD, memberships: [spec] });
    users[key] = user;
  }
  // The supervisor supervises socialWorker (not otherWorker) at stations[0].
  await db.supervisorAssignment.create({
    data: { districtId: district.id, stationId: stations[0].id, supervisorId: users.supervisor.id, workerId: users.socialWorker.id },
  });
  // Actors are loaded as on a request: after the rows their grants come from (src/server/actor.ts).
  for (const key of Object.keys(specs) as ActorKey[]) actors[key] = (await actorOf(users[key].id))!;
  return { district, bureau, streets, communities, contractors, stations, users, actors };
}

export type DistrictWorld = Awaited<ReturnType<typeof buildDistrict>>;
export type World = { a: DistrictWorld; b: DistrictWorld; systemAdmin: Actor; systemAdminUser: { id: string; username: string } };

export async function actorOf(userId: string): Promise<Actor | null> {
  return loadActor(userId, { ip: "127.0.0.1" });
}

/**
 * The actor as the next request would load it: after a test changes what their grants come from
 * (a supervisor assignment, an accepted referral), as a new page load would see it.
 */
export async function reload(actor: Actor): Promise<Actor> {
  return (await actorOf(actor.userId))!;
}

export async function buildWorld(): Promise<World> {
  const a = await buildDistrict("甲");
  const b = await buildDistrict("乙");
  const systemAdminUser = await createUser(db, { districtId: null, username: `sys.${uniq()}`, name: "系统管理员", password: TEST_PASSWORD, memberships: [{ role: "SYSTEM_ADMIN" }] });
  return { a, b, systemAdmin: (await actorOf(systemAdminUser.id))!, systemAdminUser };
}

/**
 * Every role once, for tables of "who may do this" (otherWorker and remoteWorker, further SOCIAL_WORKERs, are
 * left out).
 */
export const ALL_ACTOR_KEYS: ActorKey[] = [
  "bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator", "auditor", "streetStaff", "otherStreetStaff",
  "stationHead", "deputyHead", "socialWorker", "supervisor", "otherStationHead", "contractorAdmin",
];
export type { ActorKey, Role };

/**
 * Everyone who must not read a client's file or case (保密制度): every role of the client's district but the
 * owner and the owner's supervisor, the system administrator, and the same roles in another district.
 */
export function fileOutsiders(w: World): [string, Actor][] {
  const keys: ActorKey[] = ["otherWorker", "stationHead", "deputyHead", "streetStaff", "otherStreetStaff", "otherStationHead", "contractorAdmin", "bureauAdmin", "bureauStaff", "bureauReviewer", "evaluator", "auditor"];
  return [
    ...keys.map((k): [string, Actor] => [k, w.a.actors[k]]),
    ["systemAdmin", w.systemAdmin],
    ["b.socialWorker", w.b.actors.socialWorker],
    ["b.supervisor", w.b.actors.supervisor],
  ];
}
