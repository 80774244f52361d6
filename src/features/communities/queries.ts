import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CommunityKind } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor, Permission } from "@/server/permissions";
import { scope } from "@/server/scope";
import { COMMUNITY_KIND_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";

export const COMMUNITY_SORTS = ["name", "street", "kind", "createdAt"] as const;
export const COMMUNITY_FILTERS = ["streetOfficeId", "kind"] as const;

const isKind = (v: string | undefined): v is CommunityKind => !!v && v in COMMUNITY_KIND_LABELS;

export async function listCommunities(actor: Actor, params: ListParams<(typeof COMMUNITY_SORTS)[number]>) {
  const { streetOfficeId, kind } = params.filters;
  const where: Prisma.CommunityWhereInput = {
    AND: [
      scope.communities(actor),
      streetOfficeId ? { streetOfficeId } : {},
      isKind(kind) ? { kind } : {},
      params.q ? { OR: [{ name: { contains: params.q } }, { address: { contains: params.q } }] } : {},
    ],
  };
  const orderBy: Prisma.CommunityOrderByWithRelationInput[] =
    params.sort === "street" ? [{ streetOffice: { code: params.dir } }, { streetOffice: { name: params.dir } }] : [{ [params.sort]: params.dir }];
  const [rows, total] = await Promise.all([
    db.community.findMany({
      where,
      orderBy: [...orderBy, { name: "asc" }, { id: "asc" }],
      ...skipTake(params),
      include: {
        streetOffice: { select: { id: true, name: true } },
        _count: { select: { stations: { where: scope.stations(actor) }, volunteers: { where: { isActive: true, station: scope.stations(actor) } } } },
      },
    }),
    db.community.count({ where }),
  ]);
  return { rows, total };
}

export function getCommunity(actor: Actor, id: string) {
  return db.community.findFirst({
    where: { AND: [{ id }, scope.communities(actor)] },
    include: {
      streetOffice: { select: { id: true, name: true } },
      stations: { where: scope.stations(actor), orderBy: { name: "asc" }, select: { id: true, name: true, level: true } },
    },
  });
}

/** For select boxes: communities the actor may use through a permission, with their street. */
export function communityOptions(actor: Actor, permission: Permission = "org:read") {
  return db.community.findMany({
    where: scope.communities(actor, permission),
    orderBy: [{ streetOffice: { code: "asc" } }, { streetOffice: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, streetOfficeId: true },
  });
}
