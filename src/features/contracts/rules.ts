// The contract rules (§4), pure so that forms, commands and unit tests share them: the tranche schedule
// (60–70% within 10 working days of taking effect; 20% after the mid-term evaluation; the rest after the
// final one), the service period, the payment gates and each tranche's standing. Money in integer 分.
import type { ContractStatus, TrancheGate } from "@/generated/prisma/enums";
import { calendarKey } from "@/lib/working-days";
import { formatPercent, formatYuan, percentBasisPoints, percentOf, sumFen, type Fen } from "@/lib/money";

export const TRANCHE_GATES: readonly TrancheGate[] = ["EFFECTIVE", "MIDTERM_PASSED", "FINAL_PASSED"];

/** The first tranche: 60%–70% of the contract amount, both ends included. */
export const FIRST_TRANCHE_MIN_PERCENT = 60;
export const FIRST_TRANCHE_MAX_PERCENT = 70;
/** The second tranche: exactly 20%. */
export const SECOND_TRANCHE_PERCENT = 20;
/** The schedule generated for a new contract: 65% / 20% / the rest. */
export const DEFAULT_FIRST_PERCENT = 65;
/** Each tranche falls due this many working days after its gate's date. */
export const TRANCHE_DUE_WORKING_DAYS = 10;
/** A contract runs normally one year; a three-year cycle is the longest allowed. */
export const MAX_PERIOD_YEARS = 3;

const ORDINALS = ["第一笔", "第二笔", "第三笔"];

/** 1 → 第一笔. */
export function trancheName(seq: number): string {
  return ORDINALS[seq - 1] ?? `第${seq}笔`;
}

export type ScheduleLine = { seq: number; gate: TrancheGate; amount: Fen };

/** The schedule of a new contract: 65% / 20% / the rest (percentOf rounds half up to the 分). */
export function defaultSchedule(total: Fen): ScheduleLine[] {
  const first = percentOf(total, DEFAULT_FIRST_PERCENT);
  const second = percentOf(total, SECOND_TRANCHE_PERCENT);
  return [
    { seq: 1, gate: "EFFECTIVE", amount: first },
    { seq: 2, gate: "MIDTERM_PASSED", amount: second },
    { seq: 3, gate: "FINAL_PASSED", amount: total - first - second },
  ];
}

/** The smallest and largest first tranche the rules allow for this total (in 分, inclusive). */
export function firstTrancheRange(total: Fen): { min: Fen; max: Fen } {
  return { min: Math.ceil((total * FIRST_TRANCHE_MIN_PERCENT) / 100), max: Math.floor((total * FIRST_TRANCHE_MAX_PERCENT) / 100) };
}

export type ScheduleProblem = { index: 0 | 1 | 2; message: string };

/**
 * What is wrong with a schedule of three tranches for a contract of `total` 分 (empty when it is right):
 * the first 60%–70% inclusive, the second exactly 20% (to the 分, as percentOf rounds), the three adding up
 * exactly to the amount. Each problem names the tranche it concerns (the sum: the third, the rest).
 */
export function scheduleProblems(amounts: readonly [Fen, Fen, Fen], total: Fen): ScheduleProblem[] {
  const [first, second] = amounts;
  const problems: ScheduleProblem[] = [];
  if (first * 100 < total * FIRST_TRANCHE_MIN_PERCENT || first * 100 > total * FIRST_TRANCHE_MAX_PERCENT) {
    const { min, max } = firstTrancheRange(total);
    problems.push({
      index: 0,
      message: `第一笔应为项目金额的 ${FIRST_TRANCHE_MIN_PERCENT}%–${FIRST_TRANCHE_MAX_PERCENT}%（${formatYuan(min)}–${formatYuan(max)} 元），现为 ${formatPercent(percentBasisPoints(first, total))}`,
    });
  }
  const expectedSecond = percentOf(total, SECOND_TRANCHE_PERCENT);
  if (second !== expectedSecond) {
    problems.push({ index: 1, message: `第二笔应为项目金额的 ${SECOND_TRANCHE_PERCENT}%，即 ${formatYuan(expectedSecond)} 元` });
  }
  const sum = sumFen(amounts);
  if (sum !== total) {
    const diff = sum - total;
    problems.push({
      index: 2,
      message: `三笔合计 ${formatYuan(sum)} 元，应等于项目金额 ${formatYuan(total)} 元（${diff > 0 ? "多" : "少"} ${formatYuan(Math.abs(diff))} 元）`,
    });
  }
  return problems;
}

/** round(value × numerator / denominator), half up, exact for any amounts (BigInt in between). */
function scaled(value: Fen, numerator: Fen, denominator: Fen): Fen {
  const n = BigInt(value) * BigInt(numerator) * 2n + BigInt(denominator);
  return Number(n / (BigInt(denominator) * 2n));
}

/**
 * The schedule after the contract amount changes from `oldTotal` to `newTotal`: tranches with a payment
 * (`locked`) keep their amount; the first keeps its share of the amount (kept within 60%–70%), the second
 * is 20% and the third the rest. The caller checks the result with scheduleProblems (a locked tranche may
 * no longer fit).
 */
export function rederiveSchedule(current: readonly [Fen, Fen, Fen], oldTotal: Fen, newTotal: Fen, locked: readonly [boolean, boolean, boolean] = [false, false, false]): [Fen, Fen, Fen] {
  let first = current[0];
  if (!locked[0]) {
    const { min, max } = firstTrancheRange(newTotal);
    first = oldTotal > 0 ? scaled(newTotal, current[0], oldTotal) : percentOf(newTotal, DEFAULT_FIRST_PERCENT);
    first = Math.min(max, Math.max(min, first));
  }
  const second = locked[1] ? current[1] : percentOf(newTotal, SECOND_TRANCHE_PERCENT);
  const third = locked[2] ? current[2] : newTotal - first - second;
  return [first, second, third];
}

// ── Service period ──

const DAY_MS = 86_400_000;

/** The same calendar date `years` later (29 February → 28 February), as a UTC-midnight date. */
export function addYears(date: Date, years: number): Date {
  const y = date.getUTCFullYear() + years;
  const m = date.getUTCMonth();
  const d = Math.min(date.getUTCDate(), new Date(Date.UTC(y, m + 1, 0)).getUTCDate());
  return new Date(Date.UTC(y, m, d));
}

/** The last day of a period of `years` years starting on `start` (2026-01-01 → 2026-12-31). */
export function periodEnd(start: Date, years: number): Date {
  return new Date(addYears(start, years).getTime() - DAY_MS);
}

/** Days in [start, end], both counted. */
export function periodDays(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / DAY_MS) + 1;
}

/** A blocking problem with the service period (on the end date's field), or null. */
export function periodProblem(start: Date, end: Date): string | null {
  if (end.getTime() < start.getTime()) return "服务期限结束日期不能早于开始日期";
  if (end.getTime() > periodEnd(start, MAX_PERIOD_YEARS).getTime()) {
    return `服务期限最长 ${MAX_PERIOD_YEARS} 年（至 ${calendarKey(periodEnd(start, MAX_PERIOD_YEARS))}）`;
  }
  return null;
}

/** A reminder (not a refusal) when the period is not exactly one year; null when it is. */
export function periodWarning(start: Date, end: Date): string | null {
  if (periodProblem(start, end)) return null;
  const oneYear = periodEnd(start, 1);
  if (end.getTime() === oneYear.getTime()) return null;
  return `服务期限通常为 1 年（${calendarKey(start)} 至 ${calendarKey(oneYear)}），本项目共 ${periodDays(start, end)} 天，请确认`;
}

// ── Gates, due dates and standing ──

export type GateDates = { signedOn: Date | null; midtermPassedOn: Date | null; finalPassedOn: Date | null };

/** The date a tranche's condition was met (the due date counts from it), or null while it is not. */
export function gateDate(gate: TrancheGate, dates: GateDates): Date | null {
  switch (gate) {
    case "EFFECTIVE": return dates.signedOn;
    case "MIDTERM_PASSED": return dates.midtermPassedOn;
    case "FINAL_PASSED": return dates.finalPassedOn;
  }
}

/** Why a tranche cannot be paid yet ("中期评估尚未通过，不能拨付第二笔"), or null. */
export function paymentGateRefusal(gate: TrancheGate, seq: number, dates: GateDates): string | null {
  if (gateDate(gate, dates)) return null;
  switch (gate) {
    case "EFFECTIVE": return `协议尚未生效（未填写协议生效日期），不能拨付${trancheName(seq)}`;
    case "MIDTERM_PASSED": return `中期评估尚未通过，不能拨付${trancheName(seq)}`;
    case "FINAL_PASSED": return `末期评估尚未通过，不能拨付${trancheName(seq)}`;
  }
}

/** How a payment is refused for the amount: more than what remains of the tranche. Null when it fits. */
export function paymentAmountRefusal(amount: Fen, trancheAmount: Fen, paid: Fen): string | null {
  const remaining = trancheAmount - paid;
  if (amount <= 0) return "拨付金额应大于 0";
  if (remaining <= 0) return "该笔已全额拨付";
  if (amount > remaining) return `超过该笔尚未拨付的金额 ${formatYuan(remaining)} 元`;
  return null;
}

export type TrancheStanding = "NOT_READY" | "DUE" | "OVERDUE" | "PARTIAL" | "PAID";

export const TRANCHE_STANDING_LABELS: Record<TrancheStanding, string> = {
  NOT_READY: "未到条件",
  DUE: "待拨付",
  OVERDUE: "逾期未拨付",
  PARTIAL: "部分拨付",
  PAID: "已拨付",
};

/**
 * Where a tranche stands on `today` (a calendar date): paid in full, partly paid, or — unpaid — waiting for its
 * condition, due (until `due` inclusive) or overdue. A draft contract is not in force: nothing is due yet.
 * `overdue` is also set for a partly paid tranche past its due date.
 */
export function trancheStanding(t: { amount: Fen; paid: Fen; due: Date | null; status: ContractStatus; today: Date }): { standing: TrancheStanding; overdue: boolean } {
  const late = t.due !== null && t.status !== "DRAFT" && calendarKey(t.today) > calendarKey(t.due);
  if (t.paid >= t.amount && t.amount > 0) return { standing: "PAID", overdue: false };
  if (t.paid > 0) return { standing: "PARTIAL", overdue: late };
  if (t.due === null || t.status === "DRAFT") return { standing: "NOT_READY", overdue: false };
  return late ? { standing: "OVERDUE", overdue: true } : { standing: "DUE", overdue: false };
}

/** "待拨付（截止 2026-01-12）", "逾期未拨付（截止 …）", "部分拨付" … as the schedule shows it. */
export function standingText(standing: TrancheStanding, due: Date | null, overdue: boolean): string {
  const label = TRANCHE_STANDING_LABELS[standing];
  if ((standing === "DUE" || standing === "OVERDUE") && due) return `${label}（截止 ${calendarKey(due)}）`;
  if (standing === "PARTIAL" && overdue && due) return `${label}（已逾期，截止 ${calendarKey(due)}）`;
  return label;
}

// ── Status ──

/** The status changes the bureau can make: forward only, no way back from 已结项 or 已终止. */
export const STATUS_TRANSITIONS: Record<ContractStatus, readonly ContractStatus[]> = {
  DRAFT: ["ACTIVE", "TERMINATED"],
  ACTIVE: ["COMPLETED", "TERMINATED"],
  COMPLETED: [],
  TERMINATED: [],
};

/** Why the contract cannot move to `to` (Chinese), or null when it can. */
export function statusRefusal(
  c: { status: ContractStatus; signedOn: Date | null; finalPassedOn: Date | null; amount: Fen; schedule: readonly Fen[] },
  to: ContractStatus,
  reason: string | null,
): string | null {
  if (!STATUS_TRANSITIONS[c.status].includes(to)) {
    if (c.status === "COMPLETED" || c.status === "TERMINATED") return "已结项或已终止的服务项目不能再变更状态";
    return "当前状态下不能执行此操作";
  }
  if (to === "ACTIVE") {
    if (!c.signedOn) return "请先填写协议生效日期";
    if (c.schedule.length === 0 || sumFen(c.schedule) !== c.amount) return "拨付计划合计与项目金额不一致，请先调整拨付计划";
  }
  if (to === "COMPLETED" && !c.finalPassedOn) return "末期评估尚未通过，不能结项";
  if (to === "TERMINATED" && !reason) return "请填写终止原因";
  return null;
}

/** Contracts whose data can still change (履行中 or 拟订). */
export function isOpen(status: ContractStatus): boolean {
  return status === "DRAFT" || status === "ACTIVE";
}
