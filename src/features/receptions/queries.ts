import "server-only";
import { writeAudit } from "@/server/audit";
// 来访接待登记: the receiving worker reads their own, their supervisor the supervisees' (scope.receptions); the
// station head, the street, the bureau and the contractor see counts only (in the monthly brief).
import type { Prisma } from "@/generated/prisma/client";
import { shanghaiMonthRange } from "@/lib/dates";
import { skipTake, type ListParams } from "@/lib/list-params";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { receptionStationIds } from "./helpers";

export const RECEPTION_SORTS = ["receivedAt", "visitorCount"] as const;
export const RECEPTION_FILTERS = ["month"] as const;

/**
 * The actor's readable receptions: filter by month (Beijing), search by 村（社区） or the receiving worker, sort
 * and page from the URL; with the number of receptions and visitors of the whole selection. No summaries.
 */
export async function listReceptions(actor: Actor, params: ListParams<(typeof RECEPTION_SORTS)[number]>) {
  const filters: Prisma.ReceptionWhereInput[] = [];
  if (params.q) filters.push({ OR: [{ community: { name: { contains: params.q, mode: "insensitive" } } }, { worker: { name: { contains: params.q, mode: "insensitive" } } }] });
  const month = params.filters.month ? shanghaiMonthRange(params.filters.month) : null;
  if (month) filters.push({ receivedAt: { gte: month.from, lt: month.to } });
  const where: Prisma.ReceptionWhereInput = { AND: [scope.receptions(actor, "reception:read"), ...filters] };
  const [rows, totals] = await Promise.all([
    db.reception.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { receivedAt: "desc" }, { id: "asc" }],
      ...skipTake(params),
      select: {
        id: true, receivedAt: true, visitorCount: true, serviceDomain: true, matter: true, outcome: true, workerId: true,
        worker: { select: { name: true } }, community: { select: { name: true } }, station: { select: { name: true } },
      },
    }),
    db.reception.aggregate({ where, _count: { _all: true }, _sum: { visitorCount: true } }),
  ]);
  return { rows, total: totals._count._all, visitors: totals._sum.visitorCount ?? 0 };
}

/** One reception with its summary decrypted, for its worker and their supervisor; null when out of scope. */
export async function getReception(actor: Actor, id: string) {
  const row = await db.reception.findFirst({
    where: { AND: [{ id }, scope.receptions(actor, "reception:read")] },
    include: { worker: { select: { name: true } }, community: { select: { name: true } }, station: { select: { id: true, name: true, streetOfficeId: true } } },
  });
  if (!row) return null;
  const editable = await db.reception.count({ where: { AND: [{ id: row.id }, scope.receptions(actor, "reception:manage")] } });
  const { summaryEnc, ...rest } = row;
  // Reading the summary (it may name a visitor) is recorded, like opening a visit.
  await writeAudit({ actor, action: "reception.view", outcome: "SUCCESS", districtId: row.districtId, targetType: "Reception", targetId: row.id, detail: { stationId: row.stationId } });
  return { reception: { ...rest, summary: decryptField(summaryEnc) ?? "" }, canEdit: editable === 1 };
}

export type ReceptionPage = NonNullable<Awaited<ReturnType<typeof getReception>>>;

/**
 * The form's choices: the stations where the actor receives visitors (a select when there are several) with
 * the communities of each station's street. `stationId` narrows to the edited reception's station. Null when
 * the actor records no receptions there.
 */
export async function receptionFormOptions(actor: Actor, stationId?: string) {
  const ids = receptionStationIds(actor).filter((id) => !stationId || id === stationId);
  const stations = await db.station.findMany({
    where: { AND: [{ id: { in: ids } }, scope.stations(actor, "reception:manage")] },
    orderBy: { name: "asc" },
    select: { id: true, name: true, streetOfficeId: true },
  });
  if (stations.length === 0) return null;
  const communities = await db.community.findMany({
    where: { streetOfficeId: { in: stations.map((s) => s.streetOfficeId) } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, streetOfficeId: true },
  });
  return {
    stations: stations.map((s) => ({ id: s.id, name: s.name, communities: communities.filter((c) => c.streetOfficeId === s.streetOfficeId).map((c) => ({ id: c.id, name: c.name })) })),
  };
}

export type ReceptionFormOptions = NonNullable<Awaited<ReturnType<typeof receptionFormOptions>>>;
