import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AnnualInspection, EvaluationGrade } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { ANNUAL_INSPECTION_LABELS, EVALUATION_GRADE_LABELS } from "@/lib/labels";
import { skipTake, type ListParams } from "@/lib/list-params";

export const CONTRACTOR_SORTS = ["name", "creditCode", "registeredOn", "evaluationGrade", "stations", "createdAt"] as const;
export const CONTRACTOR_FILTERS = ["annualInspection", "evaluationGrade"] as const;

const isKey = <T extends string>(labels: Record<T, string>, v: string | undefined): v is T => v !== undefined && Object.hasOwn(labels, v);

export async function listContractors(actor: Actor, params: ListParams<(typeof CONTRACTOR_SORTS)[number]>) {
  const { annualInspection, evaluationGrade } = params.filters;
  const q = params.q;
  const where: Prisma.ContractorWhereInput = {
    AND: [
      scope.contractors(actor),
      q ? { OR: [{ name: { contains: q } }, { creditCode: { contains: q.toUpperCase() } }] } : {},
      isKey<AnnualInspection>(ANNUAL_INSPECTION_LABELS, annualInspection) ? { annualInspection } : {},
      isKey<EvaluationGrade>(EVALUATION_GRADE_LABELS, evaluationGrade) ? { evaluationGrade } : {},
    ],
  };
  const orderBy: Prisma.ContractorOrderByWithRelationInput =
    params.sort === "stations" ? { stations: { _count: params.dir } } : { [params.sort]: params.dir };
  const [rows, total] = await Promise.all([
    db.contractor.findMany({
      where,
      orderBy: [orderBy, { id: "asc" }],
      ...skipTake(params),
      include: { _count: { select: { stations: { where: scope.stations(actor) } } } },
    }),
    db.contractor.count({ where }),
  ]);
  return { rows, total };
}

/** Active people a contractor deploys (派驻), counted within what the actor may read. */
function activeStaffCount(actor: Actor, contractorId: string) {
  return db.staffProfile.count({ where: { AND: [{ contractorId, isActive: true }, scope.staffProfiles(actor)] } });
}

function stationsOf(actor: Actor, contractorId: string) {
  return db.station.findMany({
    where: { AND: [{ contractorId }, scope.stations(actor)] },
    orderBy: [{ level: "asc" }, { name: "asc" }],
    include: { streetOffice: { select: { name: true } } },
  });
}

export async function getContractor(actor: Actor, id: string) {
  const contractor = await db.contractor.findFirst({ where: { AND: [{ id }, scope.contractors(actor)] } });
  if (!contractor) return null;
  const [stations, activeStaff] = await Promise.all([stationsOf(actor, id), activeStaffCount(actor, id)]);
  return { ...contractor, stations, activeStaff };
}

/** The organisations the actor runs as 机构负责人 (the contractor area's home page). */
export async function listOwnContractors(actor: Actor) {
  const ids = actor.memberships.filter((m) => m.role === "CONTRACTOR_ADMIN" && m.contractorId).map((m) => m.contractorId!);
  if (ids.length === 0) return [];
  const contractors = await db.contractor.findMany({ where: { AND: [{ id: { in: ids } }, scope.contractors(actor)] }, orderBy: { name: "asc" } });
  return Promise.all(
    contractors.map(async (c) => {
      const [stations, activeStaff] = await Promise.all([stationsOf(actor, c.id), activeStaffCount(actor, c.id)]);
      return { ...c, stations, activeStaff };
    }),
  );
}
