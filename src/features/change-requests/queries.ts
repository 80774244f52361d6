import "server-only";
// 项目变更申请: the contractor's list and page (drafts included), the bureau's (from submission on), the project
// supervisor's at /station/changes (submitted requests of the contracts covering their station).
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { submissionView } from "@/features/submissions/queries";
import { submissionRefusal } from "@/features/submissions/rules";

/**
 * The change requests the actor reads: drafts only through report:manage (the contractor that drafts them);
 * reviewers and the supervisor read them from submission on.
 */
export function readableChangeRequests(actor: Actor): Prisma.ChangeRequestWhereInput {
  return { OR: [{ AND: [scope.changeRequests(actor, "report:read"), { status: { not: "DRAFT" } }] }, scope.changeRequests(actor, "report:manage")] };
}

const LIST_SELECT = {
  id: true, contractId: true, number: true, status: true, filer: true, submittedAt: true, createdAt: true, updatedAt: true,
  supervisorAt: true, supervisorName: true, bureauAt: true,
} as const;

/** One contract's change requests, newest first. */
export function listChangeRequests(actor: Actor, contractId: string) {
  return db.changeRequest.findMany({
    where: { AND: [{ contractId }, readableChangeRequests(actor)] },
    orderBy: { number: "desc" },
    select: LIST_SELECT,
  });
}

/** The project supervisor's list: submitted (and decided) requests of the contracts covering their station(s). */
export function supervisorChangeRequests(actor: Actor) {
  return db.changeRequest.findMany({
    where: { AND: [scope.changeRequests(actor, "change:opinion"), { status: { not: "DRAFT" } }] },
    orderBy: [{ submittedAt: "desc" }, { id: "asc" }],
    select: { ...LIST_SELECT, contract: { select: { code: true, name: true, contractor: { select: { name: true } } } } },
  });
}

/**
 * One change request with its contract's heading figures and the review panel this person gets; null when out of
 * scope (or a draft for anyone but its contractor). `contractId` pins it to the contract page it is shown under.
 */
export async function getChangeRequest(actor: Actor, id: string, contractId?: string) {
  const row = await db.changeRequest.findFirst({
    where: { AND: [{ id }, contractId ? { contractId } : {}, readableChangeRequests(actor)] },
    include: {
      contract: {
        select: {
          id: true, code: true, name: true, startsOn: true, endsOn: true, contractor: { select: { name: true } },
          stations: { select: { station: { select: { name: true } } }, orderBy: { station: { name: "asc" } } },
        },
      },
    },
  });
  if (!row) return null;
  const view = await submissionView(actor, { kind: "CHANGE_REQUEST", id: row.id, version: row.version, status: row.status, hasOpinion: !!row.supervisorOpinion });
  // Editing is the contractor's, on its own request, while a draft or returned.
  const canEdit = submissionRefusal({ kind: "CHANGE_REQUEST", status: row.status }, "edit", (p) => can(actor, p)) === null
    && (await db.changeRequest.count({ where: { AND: [{ id: row.id }, scope.changeRequests(actor, "report:manage")] } })) === 1;
  return { request: row, contract: row.contract, view, canEdit };
}

export type ChangeRequestPage = NonNullable<Awaited<ReturnType<typeof getChangeRequest>>>;

/** What a new request's form starts from: the contract (when the actor may file for it) and the next number. */
export async function newChangeRequestContext(actor: Actor, contractId: string) {
  const contract = await db.serviceContract.findFirst({
    where: { AND: [{ id: contractId }, scope.contracts(actor, "report:manage")] },
    select: { id: true, status: true },
  });
  if (!contract) return null;
  const last = await db.changeRequest.aggregate({ where: { contractId }, _max: { number: true } });
  return { contract, nextNumber: (last._max.number ?? 0) + 1 };
}
