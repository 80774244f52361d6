import "server-only";
// What is due and how it stands: the contractor's months per contract station, a contract's briefs, the
// stations × months grid of the bureau and the street office, and one brief with its counts (live while
// editable, frozen once submitted) and review steps. Reviewers never see a draft.
import type { Prisma } from "@/generated/prisma/client";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { calendarMonthRange, monthOfCalendarDate, monthsBetween, shanghaiMonthOf } from "@/lib/dates";
import { countServiceRecords, type ServiceCounts } from "@/features/service-counts/counts";
import { briefDueDay } from "@/features/district-settings/queries";
import { submissionView } from "@/features/submissions/queries";
import { submissionRefusal } from "@/features/submissions/rules";
import { frozenCounts } from "./counts";
import { BRIEF_CONTRACT_STATUSES, briefDueOn, briefStanding, countStandings, monthBegun, type BriefStanding } from "./standing";

/** The briefs this person sees: in scope for brief:read, and drafts only where they draft them (brief:manage). */
export function visibleBriefs(actor: Actor): Prisma.MonthlyBriefWhereInput {
  return { AND: [scope.monthlyBriefs(actor, "brief:read"), { OR: [{ status: { not: "DRAFT" } }, scope.monthlyBriefs(actor, "brief:manage")] }] };
}

/**
 * The contract stations whose briefs this person follows: the contracts they reach, and of those the stations
 * they read briefs of (a street office: its own stations, even of a contract it bought for several streets).
 */
function followedContractStations(actor: Actor): Prisma.ContractStationWhereInput {
  return {
    contract: { AND: [scope.contracts(actor, "brief:read"), { status: { in: [...BRIEF_CONTRACT_STATUSES] } }] },
    OR: [{ station: scope.stations(actor, "brief:read") }, { contract: scope.contracts(actor, "brief:manage") }],
  };
}

const BRIEF_REF = { id: true, contractId: true, stationId: true, month: true, status: true, dueOn: true, firstSubmittedAt: true, submittedAt: true, acceptedAt: true } as const;

export type BriefRef = { id: string; contractId: string; stationId: string; month: string; status: SubmissionStatus; dueOn: Date; firstSubmittedAt: Date | null; submittedAt: Date | null; acceptedAt: Date | null };

export type BriefMonth = {
  month: string;
  contractId: string;
  stationId: string;
  /** The row's due date, or the one the current setting gives for a month without a row. */
  dueOn: Date;
  standing: BriefStanding;
  brief: BriefRef | null;
  /** This person may draft it now (起草). */
  canDraft: boolean;
};

type ContractStationRow = {
  contract: { id: string; districtId: string; code: string; name: string; status: string; startsOn: Date; endsOn: Date };
  station: { id: string; name: string; streetOffice: { id: string; name: string } };
};

const CONTRACT_STATION_SELECT = {
  contract: { select: { id: true, districtId: true, code: true, name: true, status: true, startsOn: true, endsOn: true } },
  station: { select: { id: true, name: true, streetOffice: { select: { id: true, name: true } } } },
} as const;

async function briefsOf(actor: Actor, pairs: ContractStationRow[], months?: { from: string; to: string }): Promise<Map<string, BriefRef>> {
  if (pairs.length === 0) return new Map();
  const rows = await db.monthlyBrief.findMany({
    where: {
      AND: [
        visibleBriefs(actor),
        { contractId: { in: [...new Set(pairs.map((p) => p.contract.id))] }, stationId: { in: [...new Set(pairs.map((p) => p.station.id))] } },
        months ? { month: { gte: months.from, lte: months.to } } : {},
      ],
    },
    select: BRIEF_REF,
  });
  return new Map(rows.map((r) => [key(r.contractId, r.stationId, r.month), r]));
}

const key = (contractId: string, stationId: string, month: string) => `${contractId}|${stationId}|${month}`;

/** Each district's due day (the current setting), for the months without a row. */
async function dueDays(pairs: ContractStationRow[]): Promise<Map<string, number>> {
  const ids = [...new Set(pairs.map((p) => p.contract.districtId))];
  return new Map(await Promise.all(ids.map(async (id) => [id, await briefDueDay(id)] as const)));
}

function monthOf(pair: ContractStationRow, month: string, brief: BriefRef | undefined, now: Date, manage: boolean, dueDay: number): BriefMonth {
  const dueOn = brief?.dueOn ?? briefDueOn(month, dueDay);
  return {
    month, contractId: pair.contract.id, stationId: pair.station.id, dueOn,
    standing: briefStanding(brief ?? null, now, dueOn),
    brief: brief ?? null,
    canDraft: !brief && manage && monthBegun(month, now),
  };
}

/** Every month of a contract station, from the contract's start month to its end month. */
function contractMonths(pair: ContractStationRow): string[] {
  return monthsBetween(monthOfCalendarDate(pair.contract.startsOn), monthOfCalendarDate(pair.contract.endsOn));
}

export type BriefSchedule = {
  contract: { id: string; code: string; name: string; status: string };
  station: { id: string; name: string; streetName: string };
  months: BriefMonth[];
};

async function schedules(actor: Actor, where: Prisma.ContractStationWhereInput, now: Date): Promise<BriefSchedule[]> {
  const pairs = await db.contractStation.findMany({
    where: { AND: [followedContractStations(actor), where] },
    select: CONTRACT_STATION_SELECT,
    orderBy: [{ contract: { code: "asc" } }, { station: { name: "asc" } }],
  });
  const [briefs, days] = await Promise.all([briefsOf(actor, pairs), dueDays(pairs)]);
  const manage = can(actor, "brief:manage");
  return pairs.map((pair) => ({
    contract: { id: pair.contract.id, code: pair.contract.code, name: pair.contract.name, status: pair.contract.status },
    station: { id: pair.station.id, name: pair.station.name, streetName: pair.station.streetOffice.name },
    months: contractMonths(pair).map((month) => monthOf(pair, month, briefs.get(key(pair.contract.id, pair.station.id, month)), now, manage, days.get(pair.contract.districtId)!)),
  }));
}

/** The contractor's briefs: per contract station, every month of the contract with its standing. */
export async function contractorBriefSchedules(actor: Actor, now = new Date()): Promise<BriefSchedule[]> {
  return schedules(actor, {}, now);
}

/** One contract's briefs (the contract's 月度工作简报 tab), per station the person follows. */
export async function contractBriefSchedules(actor: Actor, contractId: string, now = new Date()): Promise<BriefSchedule[]> {
  return schedules(actor, { contractId }, now);
}

// ───────────── the stations × months grid ─────────────

export type GridCell = BriefMonth & { contractCode: string };

export type BriefGrid = {
  year: number;
  years: number[];
  streets: { id: string; name: string }[];
  streetOfficeId: string | null;
  rows: { station: { id: string; name: string; streetName: string }; cells: (GridCell | null)[] }[];
  legend: Record<BriefStanding, number>;
};

/**
 * The bureau's (its district) or the street office's (its stations) grid for one year: a row per station with a
 * contract that year, a column per month; a month no contract of the station covers is empty.
 */
export async function briefGrid(actor: Actor, opts: { year?: number; streetOfficeId?: string | null } = {}, now = new Date()): Promise<BriefGrid> {
  const pairs = await db.contractStation.findMany({ where: followedContractStations(actor), select: CONTRACT_STATION_SELECT, orderBy: [{ contract: { startsOn: "asc" } }] });
  const thisYear = Number(shanghaiMonthOf(now).slice(0, 4));
  const yearSet = new Set<number>([thisYear]);
  for (const p of pairs) for (let y = p.contract.startsOn.getUTCFullYear(); y <= p.contract.endsOn.getUTCFullYear(); y++) yearSet.add(y);
  const years = [...yearSet].sort((a, b) => b - a);
  const year = opts.year && yearSet.has(opts.year) ? opts.year : thisYear;
  const first = `${year}-01`;
  const last = `${year}-12`;
  const months = monthsBetween(first, last);
  const inYear = pairs.filter((p) => monthOfCalendarDate(p.contract.startsOn) <= last && monthOfCalendarDate(p.contract.endsOn) >= first);
  const streets = [...new Map(inYear.map((p) => [p.station.streetOffice.id, p.station.streetOffice])).values()].sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const streetOfficeId = opts.streetOfficeId && streets.some((s) => s.id === opts.streetOfficeId) ? opts.streetOfficeId : null;
  const shown = streetOfficeId ? inYear.filter((p) => p.station.streetOffice.id === streetOfficeId) : inYear;
  const [briefs, days] = await Promise.all([briefsOf(actor, shown, { from: first, to: last }), dueDays(shown)]);
  const manage = can(actor, "brief:manage");

  const byStation = new Map<string, ContractStationRow[]>();
  for (const p of shown) byStation.set(p.station.id, [...(byStation.get(p.station.id) ?? []), p]);
  const rows = [...byStation.values()]
    .map((stationPairs) => {
      const station = stationPairs[0].station;
      const cells = months.map((month): GridCell | null => {
        const covering = stationPairs.filter((p) => contractMonths(p).includes(month));
        if (covering.length === 0) return null;
        // Two contracts of one station in one month (a hand-over): the one with a brief, else the earlier.
        const pair = covering.find((p) => briefs.has(key(p.contract.id, station.id, month))) ?? covering[0];
        return { ...monthOf(pair, month, briefs.get(key(pair.contract.id, station.id, month)), now, manage, days.get(pair.contract.districtId)!), contractCode: pair.contract.code };
      });
      return { station: { id: station.id, name: station.name, streetName: station.streetOffice.name }, cells };
    })
    .sort((a, b) => a.station.streetName.localeCompare(b.station.streetName, "zh-CN") || a.station.name.localeCompare(b.station.name, "zh-CN"));
  const legend = countStandings(rows.flatMap((r) => r.cells.filter((c): c is GridCell => c !== null).map((c) => c.standing)));
  return { year, years, streets, streetOfficeId, rows, legend };
}

// ───────────── one brief ─────────────

/** The brief as this person sees it (drafts only for the contractor), with the district and street for the title. */
export async function findBrief(actor: Actor, id: string) {
  return db.monthlyBrief.findFirst({
    where: { AND: [{ id }, visibleBriefs(actor)] },
    select: {
      ...BRIEF_REF, districtId: true, version: true, counts: true, dailyWork: true, highlights: true, nextMonthPlan: true, createdAt: true, updatedAt: true,
      contract: { select: { id: true, code: true, name: true, contractor: { select: { name: true } } } },
      station: { select: { id: true, name: true, district: { select: { name: true } }, streetOffice: { select: { name: true } } } },
    },
  });
}

export type BriefRow = NonNullable<Awaited<ReturnType<typeof findBrief>>>;

/**
 * The counts to show and print: while the contractor may still edit it, counted live from the station's records
 * of the month (what submitting will freeze); once submitted, what was frozen.
 */
export async function briefCounts(actor: Actor, brief: Pick<BriefRow, "status" | "counts" | "stationId" | "month">): Promise<{ counts: ServiceCounts; live: boolean; countedAt: Date | null }> {
  const frozen = frozenCounts(brief.counts);
  const editable = submissionRefusal({ kind: "MONTHLY_BRIEF", status: brief.status }, "edit", (p) => can(actor, p)) === null;
  if (frozen && !editable) {
    const { countedAt, ...counts } = frozen;
    return { counts, live: false, countedAt: countedAt ? new Date(countedAt) : null };
  }
  return { counts: await countServiceRecords(db, [brief.stationId], calendarMonthRange(brief.month)), live: true, countedAt: null };
}

/** Everything the brief page shows: the row, its counts, its standing, what this person may do, the history. */
export async function getBriefPage(actor: Actor, id: string, now = new Date()) {
  const brief = await findBrief(actor, id);
  if (!brief) return null;
  const [counts, view] = await Promise.all([
    briefCounts(actor, brief),
    submissionView(actor, { kind: "MONTHLY_BRIEF", id: brief.id, version: brief.version, status: brief.status }),
  ]);
  return { brief, ...counts, standing: briefStanding(brief, now, brief.dueOn), editable: view.actions.includes("edit"), view };
}

export type BriefPageData = NonNullable<Awaited<ReturnType<typeof getBriefPage>>>;
