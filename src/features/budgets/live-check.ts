// The budget editor's check while typing (pure, runs in the browser): the typed rows as the server would
// read them (blank rows left out, a bad amount counted as 0 until fixed), the finance rules on them, and
// each finding mapped back to the row of the form it concerns.
import type { BudgetCategory, DailyRateKind } from "@/generated/prisma/enums";
import { parseYuan, sumFen, type Fen } from "@/lib/money";
import { rowIsTyped } from "./lines";
import { checkBudget, type BudgetLineInput, type Finding } from "./rules";

export type EditorRow = {
  itemId: string | null;
  code: string;
  category: BudgetCategory;
  name: string;
  basis: string;
  rateKind: DailyRateKind | "";
  dailyRate: string;
  /** 元 as typed ("165000.00"). */
  amount: string;
};

export type EditorFunds = { fundProvincial: string; fundLocal: string; fundRaised: string };

export const FUND_KEYS = ["fundProvincial", "fundLocal", "fundRaised"] as const;

/** Money typed in 元 → 分; null when blank, "invalid" when it is not an amount of at most two decimals. */
export function typedFen(text: string): Fen | null | "invalid" {
  if (text.trim() === "") return null;
  const fen = parseYuan(text);
  return fen === null || fen < 0 ? "invalid" : fen;
}

/** The rules on the rows as typed; findings keyed by the form's row index (lines.N.*). */
export function liveCheck(rows: readonly EditorRow[], funds: EditorFunds, contractAmount: Fen) {
  const typedIndexes: number[] = [];
  const lines: BudgetLineInput[] = [];
  rows.forEach((r, i) => {
    if (!rowIsTyped(r)) return;
    const amount = typedFen(r.amount);
    const rate = typedFen(r.dailyRate);
    typedIndexes.push(i);
    lines.push({ category: r.category, name: r.name.trim(), amount: typeof amount === "number" ? amount : 0, rateKind: r.rateKind || null, dailyRate: typeof rate === "number" ? rate : null });
  });
  const fundFen = (k: (typeof FUND_KEYS)[number]) => {
    const f = typedFen(funds[k]);
    return typeof f === "number" ? f : 0;
  };
  const check = checkBudget({ lines, funds: { fundProvincial: fundFen("fundProvincial"), fundLocal: fundFen("fundLocal"), fundRaised: fundFen("fundRaised") }, contractAmount });
  const byRow = new Map<number, Finding[]>();
  const other: Finding[] = [];
  const findings = check.findings.map((f) => {
    const m = f.field ? /^lines\.(\d+)\.(\w+)$/.exec(f.field) : null;
    return m ? { ...f, field: `lines.${typedIndexes[Number(m[1])]}.${m[2]}` } : f;
  });
  for (const f of findings) {
    const m = f.field ? /^lines\.(\d+)\./.exec(f.field) : null;
    if (m) byRow.set(Number(m[1]), [...(byRow.get(Number(m[1])) ?? []), f]);
    else other.push(f);
  }
  return { check: { ...check, findings }, byRow, other, funded: sumFen(FUND_KEYS.map(fundFen)) };
}

/** What the server would refuse on a row before any rule: a missing or repeated 序号, no name, a bad amount. */
export function inputProblems(rows: readonly EditorRow[], taken: ReadonlySet<string>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const add = (i: number, message: string) => out.set(i, [...(out.get(i) ?? []), message]);
  const firstOf = new Map<string, number>();
  rows.forEach((r, i) => {
    if (!rowIsTyped(r)) return;
    const code = r.code.trim().toUpperCase();
    if (!code) add(i, "请填写序号");
    else if (firstOf.has(code)) add(i, `序号 ${code} 与第 ${firstOf.get(code)! + 1} 行重复`);
    else if (taken.has(code)) add(i, `序号 ${code} 已用于本项目其他版本的预算项，请换一个序号`);
    else firstOf.set(code, i);
    if (!r.name.trim()) add(i, "请填写项目名称");
    const amount = typedFen(r.amount);
    if (amount === null) add(i, "请填写金额");
    if (amount === "invalid") add(i, "金额应为数字（元），最多两位小数，如 12345.60");
    if (typedFen(r.dailyRate) === "invalid") add(i, "标准（元/人/天）应为数字，最多两位小数");
    if (r.rateKind && r.dailyRate.trim() === "") add(i, "选择了劳务标准，请填写标准（元/人/天）");
    if (!r.rateKind && r.dailyRate.trim() !== "") add(i, "请选择该标准对应的劳务标准");
  });
  return out;
}
