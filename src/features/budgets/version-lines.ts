import "server-only";
// One stored budget version as the form and the rules see it: lines in 序号 order (the order the editor
// shows, so `lines.N` in a finding names the row the user sees), funds and the contract amount in 分.
// The caller has checked access.
import type { BudgetCategory, DailyRateKind } from "@/generated/prisma/enums";
import { toFen, type Fen } from "@/lib/money";
import type { Db, Tx } from "@/server/db";
import { byCode } from "./lines";

export type StoredLine = { itemId: string; code: string; category: BudgetCategory; name: string; basis: string | null; rateKind: DailyRateKind | null; dailyRate: Fen | null; amount: Fen };

export const VERSION_LINES_SELECT = {
  fundProvincial: true, fundLocal: true, fundRaised: true,
  allocations: { select: { basis: true, rateKind: true, dailyRate: true, amount: true, item: { select: { id: true, code: true, category: true, name: true } } } },
} as const;

type Row = {
  fundProvincial: { toFixed(d: number): string }; fundLocal: { toFixed(d: number): string }; fundRaised: { toFixed(d: number): string };
  allocations: { basis: string | null; rateKind: DailyRateKind | null; dailyRate: { toFixed(d: number): string } | null; amount: { toFixed(d: number): string }; item: { id: string; code: string; category: BudgetCategory; name: string } }[];
};

export function linesOf(row: Row): { lines: StoredLine[]; funds: { fundProvincial: Fen; fundLocal: Fen; fundRaised: Fen } } {
  const lines = row.allocations
    .map((a) => ({ itemId: a.item.id, code: a.item.code, category: a.item.category, name: a.item.name, basis: a.basis, rateKind: a.rateKind, dailyRate: a.dailyRate === null ? null : toFen(a.dailyRate), amount: toFen(a.amount) }))
    .sort(byCode);
  return { lines, funds: { fundProvincial: toFen(row.fundProvincial), fundLocal: toFen(row.fundLocal), fundRaised: toFen(row.fundRaised) } };
}

export async function loadVersionLines(client: Db | Tx, versionId: string) {
  const v = await client.budgetVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { id: true, number: true, reason: true, contractId: true, contract: { select: { amount: true } }, ...VERSION_LINES_SELECT },
  });
  return { number: v.number, reason: v.reason, contractId: v.contractId, contractAmount: toFen(v.contract.amount), ...linesOf(v) };
}
