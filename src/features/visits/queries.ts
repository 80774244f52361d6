import "server-only";
import { shanghaiMonthRange } from "@/lib/dates";
import { Prisma } from "@/generated/prisma/client";
import type { CaseStatus, SignRole, VisitType } from "@/generated/prisma/enums";
import { VISIT_TYPE_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { writeAudit } from "@/server/audit";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { documentRole } from "@/features/documents/commands";
import { decryptContent, documentTrails, documentView } from "@/features/documents/queries";
import { fullySigned } from "@/features/documents/rules";
import { workerStationIds } from "./helpers";

export const VISIT_SORTS = ["visitedAt", "householdCount", "createdAt"] as const;
export const VISIT_FILTERS = ["month", "type"] as const;

/** Where a visit stands on its two signature lines (负责社工, 机构（站点）负责人). */
export type VisitSignState = "unsigned" | "workerSigned" | "signed";

function signState(signedBy: SignRole[]): VisitSignState {
  if (fullySigned({ kind: "VISIT", signedBy })) return "signed";
  return signedBy.includes("WORKER") ? "workerSigned" : "unsigned";
}

/**
 * The actor's readable visits (the worker's own, a supervisor's supervisees'; the station head reads none
 * and countersigns from 待签署文书): search by 服务对象 or 地点, filter by month (Beijing) and type, sort and
 * page from the URL. No content.
 */
export async function listVisits(actor: Actor, params: ListParams<(typeof VISIT_SORTS)[number]>) {
  const filters: Prisma.VisitWhereInput[] = [];
  if (params.q) filters.push({ OR: [{ target: { contains: params.q, mode: "insensitive" } }, { place: { contains: params.q, mode: "insensitive" } }] });
  const month = params.filters.month ? shanghaiMonthRange(params.filters.month) : null;
  if (month) filters.push({ visitedAt: { gte: month.from, lt: month.to } });
  if (params.filters.type && params.filters.type in VISIT_TYPE_LABELS) filters.push({ visitType: params.filters.type as VisitType });
  const where: Prisma.VisitWhereInput = { AND: [scope.visits(actor, "visit:read"), ...filters] };
  const [rows, total] = await Promise.all([
    db.visit.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { visitedAt: "desc" }, { id: "asc" }],
      ...skipTake(params),
      select: {
        id: true, visitedAt: true, visitType: true, serviceDomain: true, target: true, place: true, householdCount: true, revision: true,
        worker: { select: { name: true } }, community: { select: { name: true } },
      },
    }),
    db.visit.count({ where }),
  ]);
  const signoffs = await db.documentSignoff.findMany({ where: { documentId: { in: rows.map((r) => r.id) } }, orderBy: { signedAt: "asc" }, select: { documentId: true, role: true } });
  return {
    rows: rows.map((r) => ({ ...r, signState: signState(signoffs.filter((s) => s.documentId === r.id).map((s) => s.role)) })),
    total,
  };
}

/** A kept revision's row, with the special situations' names and descriptions decrypted too. */
function revisionContent(content: Record<string, unknown>): Record<string, unknown> {
  const situations = Array.isArray(content.situations) ? (content.situations as Record<string, unknown>[]).map(decryptContent) : [];
  return { ...content, situations };
}

/** A special situation's linked case: its number and state only for a reader of that case file. */
export type SituationCaseLink =
  | { readable: true; id: string; number: string; status: CaseStatus }
  | { readable: false };

/**
 * The visit page: every field (content decrypted), 探访名单, special situations with their linked cases
 * (the number only when the actor reads that case), the supervisor's opinion, sign-offs, history, kept
 * revisions and the steps offered. Readers: the worker and their supervisor (visit:read); the station head
 * does not read visits. Out of scope is null and writes nothing; every successful load is an audit row
 * visit.view.
 */
export async function getVisit(actor: Actor, id: string) {
  const visit = await db.visit.findFirst({
    where: { AND: [{ id }, scope.visits(actor, "visit:read")] },
    include: {
      worker: { select: { name: true } },
      station: { select: { name: true } },
      community: { select: { name: true } },
      households: { orderBy: { id: "asc" } },
      situations: { orderBy: { id: "asc" } },
    },
  });
  if (!visit) return null;
  const role = documentRole(actor, { stationId: visit.stationId, ownerId: visit.workerId });
  const householdIds = visit.households.map((h) => h.householdId).filter((x): x is string => !!x);
  const caseIds = visit.situations.map((s) => s.caseFileId).filter((x): x is string => !!x);
  const [trails, readableHouseholds, readableCases, opinionBy] = await Promise.all([
    documentTrails([visit.id]),
    householdIds.length ? db.household.findMany({ where: { AND: [{ id: { in: householdIds } }, scope.households(actor)] }, select: { id: true } }) : [],
    caseIds.length ? db.caseFile.findMany({ where: { AND: [{ id: { in: caseIds } }, scope.caseFiles(actor, "case:read")] }, select: { id: true, number: true, status: true } }) : [],
    // Outside scope.auditLogs on purpose: only the name and time of this visit's own visit.opinion rows,
    // and the visit was just loaded through scope.visits, so its reader may see who gave the opinion.
    visit.supervisorOpinionEnc
      ? db.auditLog.findFirst({ where: { action: "visit.opinion", targetType: "Visit", targetId: visit.id, outcome: "SUCCESS" }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { actorName: true, at: true } })
      : null,
  ]);
  const trail = trails.get(visit.id)!;
  const view = documentView("VISIT", visit, { ...trail, revisions: trail.revisions.map((r) => ({ ...r, content: revisionContent(r.content) })) }, role, true);
  await writeAudit({ actor, action: "visit.view", outcome: "SUCCESS", targetType: "Visit", targetId: visit.id, detail: { stationId: visit.stationId } });
  const canReadHousehold = new Set(readableHouseholds.map((h) => h.id));
  const readableCase = new Map(readableCases.map((c) => [c.id, c]));
  const caseLink = (caseFileId: string | null): SituationCaseLink | null => {
    if (!caseFileId) return null;
    const found = readableCase.get(caseFileId);
    return found ? { readable: true, ...found } : { readable: false };
  };
  const headSigned = view.signoffs.some((s) => s.role === "STATION_HEAD");
  return {
    visit: {
      id: visit.id, version: visit.version, revision: visit.revision, stationId: visit.stationId, districtId: visit.districtId,
      stationName: visit.station.name, workerId: visit.workerId, workerName: visit.worker.name,
      target: visit.target, serviceDomain: visit.serviceDomain, visitType: visit.visitType, visitedAt: visit.visitedAt, place: visit.place,
      communityId: visit.communityId, communityName: visit.community?.name ?? null, householdCount: visit.householdCount,
      content: decryptField(visit.contentEnc), supervisorOpinion: decryptField(visit.supervisorOpinionEnc), opinionBy,
      createdAt: visit.createdAt, updatedAt: visit.updatedAt,
      households: visit.households.map((h) => ({ id: h.id, name: h.name, note: h.note, householdId: h.householdId, readable: !!h.householdId && canReadHousehold.has(h.householdId) })),
      situations: visit.situations.map((s) => ({
        id: s.id, names: decryptField(s.namesEnc) ?? "", description: decryptField(s.descriptionEnc) ?? "", followUp: s.followUp, followUpNote: s.followUpNote,
        caseFile: caseLink(s.caseFileId),
      })),
    },
    /** owner (the worker) | supervisor (the worker's). */
    role,
    trail: view,
    signState: signState(view.signoffs.map((s) => s.role)),
    canEdit: view.actions.includes("edit"),
    canOpinion: role === "supervisor" && !headSigned,
    canLink: role === "owner",
  };
}

export type VisitPage = NonNullable<Awaited<ReturnType<typeof getVisit>>>;

/** The worker's clients at the visit's station, to open a case for a special situation (the owner only). */
export function situationClients(actor: Actor, stationId: string) {
  return db.client.findMany({
    where: { AND: [scope.clients(actor, "client:manage"), { stationId }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 300,
    select: { id: true, name: true, idNumberMasked: true },
  });
}

/** The worker's open case files at the visit's station, to link a special situation to (the owner only). */
export function linkableCases(actor: Actor, stationId: string) {
  return db.caseFile.findMany({
    where: { AND: [scope.caseFiles(actor, "case:manage"), { stationId, status: "OPEN" }] },
    orderBy: { number: "desc" },
    take: 200,
    select: { id: true, number: true, client: { select: { name: true } } },
  });
}

/**
 * The form's choices at one station where the actor records visits — a new visit's (the first of the
 * worker's stations) or the edited visit's: the station, its street's communities, and the station's
 * households the actor reads (labelled by the clients they read and the masked address). On edit, the
 * households the visit already names stay choosable even when no longer in the worker's list. Null when
 * the actor records no visits there.
 */
export async function visitFormOptions(actor: Actor, visit?: { stationId: string; households: { householdId: string | null; name: string }[] }) {
  const ids = workerStationIds(actor).filter((id) => !visit || id === visit.stationId);
  const station = await db.station.findFirst({
    where: { AND: [{ id: { in: ids } }, scope.stations(actor, "visit:manage")] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, streetOfficeId: true },
  });
  if (!station) return null;
  const [communities, households] = await Promise.all([
    db.community.findMany({ where: { streetOfficeId: station.streetOfficeId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.household.findMany({
      where: { AND: [scope.households(actor, "client:read"), { stationId: station.id }] },
      orderBy: { createdAt: "desc" },
      take: 500,
      select: { id: true, addressMasked: true, clients: { where: scope.clients(actor, "client:read"), select: { name: true }, orderBy: { name: "asc" } } },
    }),
  ]);
  const choices = households.map((h) => {
    const names = h.clients.map((c) => c.name).join("、");
    return { id: h.id, name: names, label: `${names}（${h.addressMasked ?? "未填写住址"}）` };
  });
  const offered = new Set(choices.map((c) => c.id));
  for (const h of visit?.households ?? []) {
    if (!h.householdId || offered.has(h.householdId)) continue;
    offered.add(h.householdId);
    choices.push({ id: h.householdId, name: h.name, label: `${h.name}（已关联）` });
  }
  return { station, communities, households: choices };
}

export type VisitCountRow = { stationId: string; stationName: string; month: string; visits: number; households: number };

/**
 * Anonymous counts for reports: visits and households visited (探访总户数) per station and Beijing month,
 * at the stations the actor may aggregate over, for visits in [from, to). No names, no content.
 */
export async function countVisits(actor: Actor, range: { from: Date; to: Date }) {
  const stations = await db.station.findMany({ where: scope.stations(actor, "client:aggregate"), select: { id: true, name: true } });
  if (stations.length === 0) return { rows: [] as VisitCountRow[], total: { visits: 0, households: 0 } };
  const grouped = await db.$queryRaw<{ stationId: string; month: string; visits: number; households: number }[]>`
    SELECT station_id AS "stationId", to_char(visited_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
           count(*)::int AS visits, coalesce(sum(household_count), 0)::int AS households
    FROM visit
    WHERE station_id IN (${Prisma.join(stations.map((s) => s.id))}) AND visited_at >= ${range.from} AND visited_at < ${range.to}
    GROUP BY 1, 2
    ORDER BY 2, 1`;
  const names = new Map(stations.map((s) => [s.id, s.name]));
  const rows: VisitCountRow[] = grouped.map((g) => ({ stationId: g.stationId, stationName: names.get(g.stationId) ?? "", month: g.month, visits: Number(g.visits), households: Number(g.households) }));
  return {
    rows,
    total: { visits: rows.reduce((n, r) => n + r.visits, 0), households: rows.reduce((n, r) => n + r.households, 0) },
  };
}
