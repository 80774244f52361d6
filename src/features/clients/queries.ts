import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ClientCategory, RiskLevel } from "@/generated/prisma/enums";
import { CLIENT_CATEGORY_LABELS, RISK_LEVEL_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { writeAudit } from "@/server/audit";
import { idNumberBlindIndex } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { looksLikeIdNumber } from "./helpers";

export const CLIENT_SORTS = ["name", "birthDate", "riskLevel", "createdAt"] as const;
export const CLIENT_FILTERS = ["category", "risk"] as const;

/** What lists and pages show: masked values only, never the encrypted columns. */
const CLIENT_PUBLIC = {
  id: true, name: true, gender: true, birthDate: true, idNumberMasked: true, phoneMasked: true, addressMasked: true, imContact: true,
  categories: true, riskLevel: true, serviceDomain: true, policiesReceived: true, version: true, createdAt: true, updatedAt: true,
  stationId: true, householdId: true, communityId: true, ownerId: true,
  owner: { select: { name: true } },
  station: { select: { name: true } },
  community: { select: { name: true } },
} satisfies Prisma.ClientSelect;

/** The actor's readable clients: search by name, or by a full ID number through the blind index. */
export async function listClients(actor: Actor, params: ListParams<(typeof CLIENT_SORTS)[number]>) {
  const filters: Prisma.ClientWhereInput[] = [];
  if (params.q) {
    filters.push(looksLikeIdNumber(params.q) ? { idNumberIndex: idNumberBlindIndex(params.q) } : { name: { contains: params.q } });
  }
  if (params.filters.category && params.filters.category in CLIENT_CATEGORY_LABELS) filters.push({ categories: { has: params.filters.category as ClientCategory } });
  if (params.filters.risk && params.filters.risk in RISK_LEVEL_LABELS) filters.push({ riskLevel: params.filters.risk as RiskLevel });
  const where: Prisma.ClientWhereInput = { AND: [scope.clients(actor), ...filters] };
  const [rows, total] = await Promise.all([
    db.client.findMany({ where, orderBy: [{ [params.sort]: params.dir }, { name: "asc" }, { id: "asc" }], ...skipTake(params), select: CLIENT_PUBLIC }),
    db.client.count({ where }),
  ]);
  return { rows, total };
}

/**
 * The client page: masked values, and whether the actor may edit (the responsible worker). Every
 * successful load is an audit row client.view; out of scope is null and writes nothing.
 */
export async function getClient(actor: Actor, id: string) {
  const client = await db.client.findFirst({
    where: { AND: [{ id }, scope.clients(actor)] },
    select: { ...CLIENT_PUBLIC, healthEnc: true, situationEnc: true, household: { select: { id: true, addressMasked: true } } },
  });
  if (!client) return null;
  const { healthEnc, situationEnc, ...rest } = client;
  const canEdit = (await db.client.count({ where: { AND: [{ id }, scope.clients(actor, "client:manage")] } })) > 0;
  await writeAudit({ actor, action: "client.view", outcome: "SUCCESS", targetType: "Client", targetId: client.id });
  return { client: { ...rest, hasHealth: !!healthEnc, hasSituation: !!situationEnc }, canEdit };
}

export const VIEWER_ACTIONS = ["client.view", "client.reveal", "client.save"] as const;
/** Reads of the client's case files count too: views (incl. 生命第一 and referral receivers), prints, exports. */
export const CASE_VIEWER_ACTIONS = ["case.view", "case.override", "case.print", "case.export_docx"] as const;

/** 谁查看过此档案: the audit rows about a client and its case files, for those who may read it (else null). */
export async function clientViewers(actor: Actor, clientId: string, take = 100) {
  const readable = await db.client.count({ where: { AND: [{ id: clientId }, scope.clients(actor)] } });
  if (!readable) return null;
  // Every case of the client, not only the ones the actor reads: who looked at this person is the question.
  const caseIds = (await db.caseFile.findMany({ where: { clientId }, select: { id: true } })).map((c) => c.id);
  return db.auditLog.findMany({
    where: {
      outcome: "SUCCESS",
      OR: [
        { targetType: "Client", targetId: clientId, action: { in: [...VIEWER_ACTIONS] } },
        ...(caseIds.length ? [{ targetType: "CaseFile", targetId: { in: caseIds }, action: { in: [...CASE_VIEWER_ACTIONS] } }] : []),
      ],
    },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take,
    select: { id: true, at: true, actorName: true, actorRoles: true, action: true, detail: true },
  });
}

/** Anonymous counts of clients at the stations the actor may aggregate over; no names, no identities. */
export async function countClients(actor: Actor, where: Prisma.ClientWhereInput = {}) {
  const base: Prisma.ClientWhereInput = { AND: [{ station: scope.stations(actor, "client:aggregate") }, where] };
  const categories = Object.keys(CLIENT_CATEGORY_LABELS) as ClientCategory[];
  const [total, risk, perCategory] = await Promise.all([
    db.client.count({ where: base }),
    db.client.groupBy({ by: ["riskLevel"], where: base, _count: { _all: true } }),
    Promise.all(categories.map((c) => db.client.count({ where: { AND: [base, { categories: { has: c } }] } }))),
  ]);
  const byRisk = Object.fromEntries((Object.keys(RISK_LEVEL_LABELS) as RiskLevel[]).map((r) => [r, 0])) as Record<RiskLevel, number>;
  for (const row of risk) byRisk[row.riskLevel] = row._count._all;
  const byCategory = Object.fromEntries(categories.map((c, i) => [c, perCategory[i]])) as Record<ClientCategory, number>;
  return { total, byCategory, byRisk };
}

/** Form choices: the stations where the actor registers clients, their streets' communities, their households. */
export async function clientFormOptions(actor: Actor) {
  const ids = actor.memberships.filter((m) => m.role === "SOCIAL_WORKER" && m.stationId).map((m) => m.stationId!);
  const stations = await db.station.findMany({
    where: { AND: [{ id: { in: ids } }, scope.stations(actor, "client:manage")] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, streetOfficeId: true },
  });
  const [communities, households] = await Promise.all([
    db.community.findMany({ where: { streetOfficeId: { in: stations.map((s) => s.streetOfficeId) } }, orderBy: { name: "asc" }, select: { id: true, name: true, streetOfficeId: true } }),
    db.household.findMany({
      where: { AND: [scope.households(actor, "client:manage"), { stationId: { in: stations.map((s) => s.id) } }] },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, stationId: true, addressMasked: true, clients: { where: scope.clients(actor, "client:manage"), select: { name: true }, orderBy: { name: "asc" } } },
    }),
  ]);
  return {
    stations,
    communities,
    households: households.map((h) => ({ id: h.id, stationId: h.stationId, label: `${h.clients.map((c) => c.name).join("、")}（${h.addressMasked ?? "未填写住址"}）` })),
  };
}
