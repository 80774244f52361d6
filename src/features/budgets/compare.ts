// 预算调整: one budget version against the one it adjusts — per line old / new / Δ, and the 调整幅度
// (sum of |Δ| / 2 / previous total: what moved between lines, as a share of the budget it adjusts), with
// the evaluation's consequence (seed 004 评估考核指标: 调整范围在10%-20%之间，扣1-3分；调整超过30%，扣5-7分).
// Pure, money in 分.
import { byCode } from "@/features/budgets/lines";
import type { BudgetCategory } from "@/generated/prisma/enums";
import { percentBasisPoints, sumFen, type Fen } from "@/lib/money";

export type ComparableLine = { itemId: string; code: string; category: BudgetCategory; name: string; amount: Fen };

export type ComparedLine = {
  itemId: string;
  code: string;
  category: BudgetCategory;
  name: string;
  /** Null: the line is new in the later version (or no longer in it). */
  before: Fen | null;
  after: Fen | null;
  delta: Fen;
};

export type ShiftBand = "NONE" | "DEDUCT_1_3" | "BETWEEN" | "DEDUCT_5_7";

export const SHIFT_BAND_TEXT: Record<ShiftBand, string> = {
  NONE: "调整幅度未达 10%，评估不因预算调整扣分",
  DEDUCT_1_3: "调整幅度在 10%–20% 之间，项目评估（财务管理）扣 1–3 分",
  BETWEEN: "调整幅度超过 20%、未超过 30%：评估指标未列明扣分，由评估方酌定（10%–20% 扣 1–3 分，超过 30% 扣 5–7 分）",
  DEDUCT_5_7: "调整幅度超过 30%，项目评估（财务管理）扣 5–7 分",
};

/** The band of a shift of `absDelta / 2` over `previousTotal`, decided in integers (10% and 20% inclusive; over 30%). */
export function shiftBand(absDelta: Fen, previousTotal: Fen): ShiftBand {
  if (previousTotal <= 0) return "NONE";
  // shift = absDelta / (2 × previousTotal); compare shift × 100 with the percent.
  const scaled = absDelta * 100;
  const whole = 2 * previousTotal;
  if (scaled < whole * 10) return "NONE";
  if (scaled <= whole * 20) return "DEDUCT_1_3";
  if (scaled <= whole * 30) return "BETWEEN";
  return "DEDUCT_5_7";
}

export type BudgetComparison = {
  lines: ComparedLine[];
  totals: { before: Fen; after: Fen; delta: Fen };
  /** Sum of |Δ| over the lines. */
  absDelta: Fen;
  /** What moved between lines: sum of |Δ| / 2 (rounded half up to the 分, for display). */
  moved: Fen;
  /** 调整幅度 in basis points of the previous total; null when it had none. */
  shift: number | null;
  band: ShiftBand;
};

export function compareBudgets(before: readonly ComparableLine[], after: readonly ComparableLine[]): BudgetComparison {
  const map = new Map<string, ComparedLine>();
  for (const l of before) map.set(l.itemId, { itemId: l.itemId, code: l.code, category: l.category, name: l.name, before: l.amount, after: null, delta: -l.amount });
  for (const l of after) {
    const prev = map.get(l.itemId);
    map.set(l.itemId, { itemId: l.itemId, code: l.code, category: l.category, name: l.name, before: prev?.before ?? null, after: l.amount, delta: l.amount - (prev?.before ?? 0) });
  }
  const lines = [...map.values()].sort(byCode);
  const totalBefore = sumFen(before.map((l) => l.amount));
  const totalAfter = sumFen(after.map((l) => l.amount));
  const absDelta = sumFen(lines.map((l) => Math.abs(l.delta)));
  return {
    lines,
    totals: { before: totalBefore, after: totalAfter, delta: totalAfter - totalBefore },
    absDelta,
    moved: Math.floor((absDelta + 1) / 2),
    shift: percentBasisPoints(absDelta, 2 * totalBefore),
    band: shiftBand(absDelta, totalBefore),
  };
}
