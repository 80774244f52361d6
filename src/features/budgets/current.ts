import "server-only";
// The budget in force: the accepted version with the highest number (version 1 is the declared budget,
// every later accepted version an approved adjustment). The caller has checked access to the contract.
import type { BudgetCategory, DailyRateKind } from "@/generated/prisma/enums";
import { sumFen, toFen, type Fen } from "@/lib/money";
import type { Db, Tx } from "@/server/db";
import { byCode } from "@/features/budgets/lines";

export type BudgetLine = { itemId: string; code: string; category: BudgetCategory; name: string; basis: string | null; rateKind: DailyRateKind | null; dailyRate: Fen | null; amount: Fen };

export type BudgetInForce = {
  versionId: string;
  number: number;
  total: Fen;
  funds: { fundProvincial: Fen; fundLocal: Fen; fundRaised: Fen };
  lines: BudgetLine[];
};

export async function budgetInForce(client: Db | Tx, contractId: string): Promise<BudgetInForce | null> {
  const version = await client.budgetVersion.findFirst({
    where: { contractId, status: "ACCEPTED" },
    orderBy: { number: "desc" },
    select: {
      id: true, number: true, fundProvincial: true, fundLocal: true, fundRaised: true,
      allocations: { select: { basis: true, rateKind: true, dailyRate: true, amount: true, item: { select: { id: true, code: true, category: true, name: true } } } },
    },
  });
  if (!version) return null;
  const lines = version.allocations
    .map((a) => ({ itemId: a.item.id, code: a.item.code, category: a.item.category, name: a.item.name, basis: a.basis, rateKind: a.rateKind, dailyRate: a.dailyRate === null ? null : toFen(a.dailyRate), amount: toFen(a.amount) }))
    .sort(byCode);
  return {
    versionId: version.id,
    number: version.number,
    total: sumFen(lines.map((l) => l.amount)),
    funds: { fundProvincial: toFen(version.fundProvincial), fundLocal: toFen(version.fundLocal), fundRaised: toFen(version.fundRaised) },
    lines,
  };
}
