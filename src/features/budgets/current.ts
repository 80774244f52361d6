import "server-only";
// The budget in force: the accepted version with the highest number (version 1 is the declared budget,
// every later accepted version an approved adjustment). The caller has checked access to the contract.
import { sumFen, type Fen } from "@/lib/money";
import type { Db, Tx } from "@/server/db";
import { linesOf, VERSION_LINES_SELECT, type StoredLine } from "./version-lines";

export type BudgetInForce = {
  versionId: string;
  number: number;
  total: Fen;
  funds: { fundProvincial: Fen; fundLocal: Fen; fundRaised: Fen };
  lines: StoredLine[];
};

export async function budgetInForce(client: Db | Tx, contractId: string): Promise<BudgetInForce | null> {
  const version = await client.budgetVersion.findFirst({
    where: { contractId, status: "ACCEPTED" },
    orderBy: { number: "desc" },
    select: { id: true, number: true, ...VERSION_LINES_SELECT },
  });
  if (!version) return null;
  const { lines, funds } = linesOf(version);
  return { versionId: version.id, number: version.number, total: sumFen(lines.map((l) => l.amount)), funds, lines };
}
