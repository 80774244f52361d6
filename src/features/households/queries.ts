import "server-only";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";

/**
 * 一户一档: a household readable through one of its clients. Lists its members and the clients the actor
 * may read; the others only as a count. Every load is an audit row household.view.
 */
export async function getHousehold(actor: Actor, id: string) {
  const household = await db.household.findFirst({
    where: { AND: [{ id }, scope.households(actor)] },
    select: {
      id: true, addressMasked: true, notes: true, createdAt: true, version: true,
      station: { select: { name: true } },
      community: { select: { name: true } },
      members: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, relation: true, age: true, phoneMasked: true, livesTogether: true, employer: true } },
    },
  });
  if (!household) return null;
  const [clients, total, cases, visits] = await Promise.all([
    db.client.findMany({
      where: { AND: [{ householdId: id }, scope.clients(actor)] },
      orderBy: { name: "asc" },
      select: { id: true, name: true, gender: true, birthDate: true, idNumberMasked: true, categories: true, riskLevel: true, owner: { select: { name: true } } },
    }),
    db.client.count({ where: { householdId: id } }),
    // Every record about its members that the actor may read: their case files and the visits to the household.
    db.caseFile.findMany({
      where: { AND: [{ client: { householdId: id } }, scope.caseFiles(actor)] },
      orderBy: { firstContactOn: "desc" },
      select: { id: true, number: true, status: true, firstContactOn: true, closedOn: true, client: { select: { name: true } }, owner: { select: { name: true } } },
    }),
    db.visit.findMany({
      where: { AND: [{ households: { some: { householdId: id } } }, scope.visits(actor)] },
      orderBy: { visitedAt: "desc" },
      take: 50,
      select: { id: true, visitedAt: true, visitType: true, target: true, worker: { select: { name: true } } },
    }),
  ]);
  await writeAudit({ actor, action: "household.view", outcome: "SUCCESS", targetType: "Household", targetId: id });
  return { household, clients, hiddenClients: total - clients.length, cases, visits };
}
