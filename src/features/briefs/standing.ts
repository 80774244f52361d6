// Which monthly briefs are due and how each stands (§4: "late and missing briefs are tracked"). Pure, so
// the grid, the contractor's table, the demo data and the unit tests share one definition:
// - a brief is due for every station of a contract, each month from the contract's start month to its end
//   month, on day `briefDueDay` of the following month (clamped to that month's last day);
// - the due day ends at 24:00 Beijing time: a first submission up to 23:59:59 on the due day is on time,
//   from 00:00 the next day it is late; a brief never submitted is missing from that moment on.
// Month maths ("YYYY-MM": addMonths, monthsBetween, monthLabel …) is src/lib/dates.ts's.
import type { ContractStatus, SubmissionStatus } from "@/generated/prisma/enums";
import { addMonths, shanghaiMonthOf, shanghaiMonthRange, startOfShanghaiDay } from "@/lib/dates";
import type { BRIEF_STANDING_LABELS } from "@/lib/labels";

export type BriefStanding = keyof typeof BRIEF_STANDING_LABELS;

/** The grid's order (and the legend's). */
export const BRIEF_STANDINGS: readonly BriefStanding[] = ["ACCEPTED", "SUBMITTED", "LATE", "RETURNED", "DRAFT", "MISSING", "NOT_DUE"];

/** Contracts whose briefs are due: in force, or completed (a brief still owed for its last months). */
export const BRIEF_CONTRACT_STATUSES: readonly ContractStatus[] = ["ACTIVE", "COMPLETED"];

/** The due date (calendar date, UTC midnight) of a month's brief: day `dueDay` of the following month. */
export function briefDueOn(month: string, dueDay: number): Date {
  const [y, m] = addMonths(month, 1).split("-").map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1, Math.min(Math.max(1, Math.floor(dueDay)), last)));
}

/** The instant the due day ends (00:00 Beijing time the next day). */
export function dueDayEnd(dueOn: Date): Date {
  return startOfShanghaiDay(new Date(dueOn.getTime() + 86_400_000).toISOString().slice(0, 10))!;
}

/** The month has begun in Beijing time (a brief can be drafted). */
export function monthBegun(month: string, now: Date): boolean {
  return month <= shanghaiMonthOf(now);
}

/** The month is over in Beijing time (from 00:00 on the 1st of the next month a brief can be submitted). */
export function monthEnded(month: string, now: Date): boolean {
  return now.getTime() >= shanghaiMonthRange(month)!.to.getTime();
}

/** What the standing needs of a brief row (none: nothing drafted). */
export type BriefRowState = { status: SubmissionStatus; firstSubmittedAt: Date | null };

/** The first submission came after the due day ended. */
export function submittedLate(firstSubmittedAt: Date, dueOn: Date): boolean {
  return firstSubmittedAt.getTime() >= dueDayEnd(dueOn).getTime();
}

/**
 * How a month's brief stands at `now`:
 * - never submitted: MISSING once the due day has ended; before that DRAFT when drafted, else NOT_DUE;
 * - RETURNED while it waits for the contractor's correction;
 * - LATE when the first submission came after the due day (whether now waiting or accepted);
 * - otherwise SUBMITTED or ACCEPTED.
 */
export function briefStanding(row: BriefRowState | null, now: Date, dueOn: Date): BriefStanding {
  if (!row || !row.firstSubmittedAt) {
    if (now.getTime() >= dueDayEnd(dueOn).getTime()) return "MISSING";
    return row ? "DRAFT" : "NOT_DUE";
  }
  if (row.status === "RETURNED" || row.status === "REJECTED") return "RETURNED";
  if (submittedLate(row.firstSubmittedAt, dueOn)) return "LATE";
  return row.status === "ACCEPTED" ? "ACCEPTED" : "SUBMITTED";
}

/** A count per standing (the grid's legend), every standing present. */
export function countStandings(standings: Iterable<BriefStanding>): Record<BriefStanding, number> {
  const out = Object.fromEntries(BRIEF_STANDINGS.map((s) => [s, 0])) as Record<BriefStanding, number>;
  for (const s of standings) out[s] += 1;
  return out;
}
