import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { skipTake, type ListParams } from "@/lib/list-params";

export const STREET_SORTS = ["code", "name", "stations", "createdAt"] as const;

export async function listStreetOffices(actor: Actor, params: ListParams<(typeof STREET_SORTS)[number]>) {
  const where: Prisma.StreetOfficeWhereInput = {
    AND: [scope.streetOffices(actor), params.q ? { OR: [{ name: { contains: params.q } }, { code: { contains: params.q } }] } : {}],
  };
  const orderBy: Prisma.StreetOfficeOrderByWithRelationInput =
    params.sort === "stations" ? { stations: { _count: params.dir } } : { [params.sort]: params.dir };
  const [rows, total] = await Promise.all([
    db.streetOffice.findMany({ where, orderBy: [orderBy, { id: "asc" }], ...skipTake(params), include: { _count: { select: { stations: true, communities: true } } } }),
    db.streetOffice.count({ where }),
  ]);
  return { rows, total };
}

export function getStreetOffice(actor: Actor, id: string) {
  return db.streetOffice.findFirst({
    where: { AND: [{ id }, scope.streetOffices(actor)] },
    include: {
      stations: { where: scope.stations(actor), orderBy: [{ level: "asc" }, { name: "asc" }], include: { contractor: { select: { name: true } } } },
      communities: { where: scope.communities(actor), orderBy: { name: "asc" } },
    },
  });
}

/** For select boxes: the street offices the actor may use through a permission. */
export function streetOfficeOptions(actor: Actor, permission: Parameters<typeof scope.streetOffices>[1] = "org:read") {
  return db.streetOffice.findMany({ where: scope.streetOffices(actor, permission), orderBy: { name: "asc" }, select: { id: true, name: true } });
}
