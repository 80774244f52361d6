import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import type { CaseHeader } from "@/features/cases/queries";
import { CASE_STATUS_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";
import { decryptField } from "@/server/crypto";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";

export const REGISTER_SORTS = ["number", "firstContactOn"] as const;
export const REGISTER_FILTERS = ["status"] as const;

/**
 * 个案登记 for a station head or deputy: the station's case files through case:override — number, worker,
 * status, first contact, service domain and the intake's crisis risk. No client name, no ID number, no
 * narrative is selected. Each row carries the actor's own unexpired override, if any.
 */
export async function caseRegister(actor: Actor, params: ListParams<(typeof REGISTER_SORTS)[number]>, now = new Date()) {
  const filters: Prisma.CaseFileWhereInput[] = [];
  if (params.q) filters.push({ number: { contains: params.q, mode: "insensitive" } });
  if (params.filters.status && params.filters.status in CASE_STATUS_LABELS) filters.push({ status: params.filters.status as CaseStatus });
  const where: Prisma.CaseFileWhereInput = { AND: [scope.caseFiles(actor, "case:override"), ...filters] };
  const [rows, total] = await Promise.all([
    db.caseFile.findMany({
      where,
      orderBy: [{ [params.sort]: params.dir }, { number: "desc" }, { id: "asc" }],
      ...skipTake(params),
      select: {
        id: true, number: true, status: true, firstContactOn: true, serviceDomain: true,
        station: { select: { name: true } },
        owner: { select: { name: true } },
        intake: { select: { crisisRisk: true } },
        overrides: { where: { userId: actor.userId, expiresAt: { gt: now } }, orderBy: { expiresAt: "desc" }, take: 1, select: { expiresAt: true } },
      },
    }),
    db.caseFile.count({ where }),
  ]);
  return {
    rows: rows.map(({ overrides, intake, ...r }) => ({ ...r, crisisRisk: intake?.crisisRisk ?? null, activeUntil: overrides[0]?.expiresAt ?? null })),
    total,
  };
}

export type RegisterRow = Awaited<ReturnType<typeof caseRegister>>["rows"][number];

const OVERRIDE_SELECT = {
  id: true, userName: true, reasonEnc: true, openedAt: true, expiresAt: true, reviewedAt: true, reviewedByName: true,
  caseFile: { select: { id: true, number: true, owner: { select: { name: true } } } },
} satisfies Prisma.CaseAccessOverrideSelect;

type OverrideRow = Prisma.CaseAccessOverrideGetPayload<{ select: typeof OVERRIDE_SELECT }>;

const view = ({ reasonEnc, caseFile, ...o }: OverrideRow) => ({
  ...o, reason: decryptField(reasonEnc) ?? "", caseId: caseFile.id, caseNumber: caseFile.number, workerName: caseFile.owner.name,
});

export type OverrideView = ReturnType<typeof view>;

/** The overrides of their supervisees' cases that the supervisor has not acknowledged yet, oldest first. */
export async function overrideNotices(actor: Actor) {
  const rows = await db.caseAccessOverride.findMany({
    where: { AND: [{ reviewedAt: null }, scope.accessOverrides(actor, "case:read")] },
    orderBy: [{ openedAt: "asc" }, { id: "asc" }],
    take: 200,
    select: OVERRIDE_SELECT,
  });
  return rows.map(view);
}

/**
 * The /station/overrides page: for a supervisor, the overrides of their supervisees' cases (unacknowledged
 * and the latest acknowledged); for a station head or deputy, the overrides they opened themselves.
 */
export async function overridesPage(actor: Actor) {
  const [unreviewed, reviewed, own] = await Promise.all([
    overrideNotices(actor),
    db.caseAccessOverride.findMany({ where: { AND: [{ reviewedAt: { not: null } }, scope.accessOverrides(actor, "case:read")] }, orderBy: [{ reviewedAt: "desc" }, { id: "asc" }], take: 50, select: OVERRIDE_SELECT }),
    db.caseAccessOverride.findMany({ where: scope.accessOverrides(actor, "case:override"), orderBy: [{ openedAt: "desc" }, { id: "asc" }], take: 50, select: OVERRIDE_SELECT }),
  ]);
  return { unreviewed, reviewed: reviewed.map(view), own: own.map(view) };
}

/**
 * The overrides of one case, for its responsible worker and their supervisor (the case overview). Others
 * (a head reading through an override, a referral's receiver) get none.
 */
export async function caseOverrides(header: CaseHeader) {
  if (header.role !== "owner" && header.role !== "supervisor") return [];
  const rows = await db.caseAccessOverride.findMany({ where: { caseFileId: header.caseFile.id }, orderBy: [{ openedAt: "desc" }, { id: "asc" }], select: OVERRIDE_SELECT });
  return rows.map(view);
}
