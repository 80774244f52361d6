import "server-only";
// The head of every contract page (overview, budget, ledger, reports, change requests): the contract as
// the actor reaches it through contract:read, or null (→ notFound()).
import { db } from "@/server/db";
import { toFen } from "@/lib/money";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";

export async function getContractHeader(actor: Actor, id: string) {
  const row = await db.serviceContract.findFirst({
    where: { AND: [{ id }, scope.contracts(actor)] },
    select: {
      id: true, districtId: true, code: true, name: true, status: true, startsOn: true, endsOn: true, amount: true, buyerKind: true,
      contractor: { select: { id: true, name: true } },
      buyerStreet: { select: { name: true } },
      stations: { select: { station: { select: { id: true, name: true } } }, orderBy: { station: { name: "asc" } } },
    },
  });
  if (!row) return null;
  return {
    ...row,
    amountFen: toFen(row.amount),
    stations: row.stations.map((s) => s.station),
    /** Which tabs this person can open. */
    tabs: { budget: can(actor, "budget:read"), ledger: can(actor, "ledger:read"), reports: can(actor, "report:read"), changes: can(actor, "report:read"), briefs: can(actor, "brief:read") },
  };
}

export type ContractHeader = NonNullable<Awaited<ReturnType<typeof getContractHeader>>>;
