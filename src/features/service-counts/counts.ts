// What the stations did, counted from their own records — never typed. The monthly brief counts one
// station's month; the mid-term and final reports count a contract's stations over its period. Counts only:
// no client identity leaves this module (contractors and reviewers read aggregates, §7).
// No "server-only" marker: the demo seed (run by tsx, outside Next) counts with it too; it reads the database
// only through the client it is given.
import { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "@/server/db";
import { startOfShanghaiDay, type CalendarDayRange } from "@/lib/dates";

export type ServiceCounts = {
  /** 新开个案（首次接触日期在期间内） */
  newCases: number;
  /** 个案服务次数（过程记录表） */
  caseSessions: number;
  /** 个案服务人数（期间内开案或有过程记录的服务对象，去重） */
  caseClients: number;
  /** 结案（结案表已批准，结案日期在期间内） */
  closures: number;
  /** 转介（期间内发出） */
  referrals: number;
  /** 探访次数（探访记录表） */
  visits: number;
  /** 探访户数（探访总户数之和） */
  householdsVisited: number;
  /** 来访接待次数 */
  receptions: number;
  /** 来访接待人数 */
  receptionVisitors: number;
};

export const SERVICE_COUNT_LABELS: Record<keyof ServiceCounts, string> = {
  newCases: "新开个案",
  caseSessions: "个案服务次数",
  caseClients: "个案服务人数",
  closures: "结案",
  referrals: "转介",
  visits: "探访次数",
  householdsVisited: "探访户数",
  receptions: "来访接待次数",
  receptionVisitors: "来访接待人数",
};

export const EMPTY_COUNTS: ServiceCounts = { newCases: 0, caseSessions: 0, caseClients: 0, closures: 0, referrals: 0, visits: 0, householdsVisited: 0, receptions: 0, receptionVisitors: 0 };

/** 服务人数: people reached — case clients, households visited and visitors received (each as recorded). */
export function peopleServed(c: ServiceCounts): number {
  return c.caseClients + c.householdsVisited + c.receptionVisitors;
}

/** 服务人次: each session, each household visit and each visitor is one person-time. */
export function personTimes(c: ServiceCounts): number {
  return c.caseSessions + c.householdsVisited + c.receptionVisitors;
}

/**
 * The stations' service records in the calendar days [from, to) (a month: calendarMonthRange from src/lib/dates.ts),
 * counted in one round trip; instants are compared by their Beijing calendar day.
 */
export async function countServiceRecords(client: Db | Tx, stationIds: string[], range: CalendarDayRange): Promise<ServiceCounts> {
  if (stationIds.length === 0) return { ...EMPTY_COUNTS };
  const stations = Prisma.join(stationIds);
  const from = Prisma.sql`${range.from}::date`;
  const to = Prisma.sql`${range.to}::date`;
  // Instants are compared with the Beijing day's start, so the (station, time) indexes apply.
  const fromAt = startOfShanghaiDay(range.from);
  const toAt = startOfShanghaiDay(range.to);
  if (!fromAt || !toAt) throw new Error(`invalid range ${range.from}–${range.to}`);
  const during = (column: Prisma.Sql) => Prisma.sql`${column} >= ${fromAt} AND ${column} < ${toAt}`;
  const [row] = await client.$queryRaw<Record<keyof ServiceCounts, bigint | number>[]>`
    SELECT
      (SELECT count(*) FROM case_file WHERE station_id IN (${stations}) AND first_contact_on >= ${from} AND first_contact_on < ${to}) AS "newCases",
      (SELECT count(*) FROM case_session s JOIN case_file c ON c.id = s.case_file_id
        WHERE c.station_id IN (${stations}) AND s.session_date >= ${from} AND s.session_date < ${to}) AS "caseSessions",
      (SELECT count(DISTINCT client_id) FROM (
          SELECT c.client_id FROM case_file c WHERE c.station_id IN (${stations}) AND c.first_contact_on >= ${from} AND c.first_contact_on < ${to}
          UNION ALL
          SELECT c.client_id FROM case_session s JOIN case_file c ON c.id = s.case_file_id
            WHERE c.station_id IN (${stations}) AND s.session_date >= ${from} AND s.session_date < ${to}
        ) served) AS "caseClients",
      (SELECT count(*) FROM case_closure x JOIN case_file c ON c.id = x.case_file_id
        WHERE c.station_id IN (${stations}) AND x.status = 'APPROVED' AND x.closed_on >= ${from} AND x.closed_on < ${to}) AS "closures",
      (SELECT count(*) FROM case_referral r WHERE r.from_station_id IN (${stations}) AND r.sent_at IS NOT NULL
        AND ${during(Prisma.sql`r.sent_at`)}) AS "referrals",
      (SELECT count(*) FROM visit v WHERE v.station_id IN (${stations})
        AND ${during(Prisma.sql`v.visited_at`)}) AS "visits",
      (SELECT coalesce(sum(v.household_count), 0) FROM visit v WHERE v.station_id IN (${stations})
        AND ${during(Prisma.sql`v.visited_at`)}) AS "householdsVisited",
      (SELECT count(*) FROM reception r WHERE r.station_id IN (${stations})
        AND ${during(Prisma.sql`r.received_at`)}) AS "receptions",
      (SELECT coalesce(sum(r.visitor_count), 0) FROM reception r WHERE r.station_id IN (${stations})
        AND ${during(Prisma.sql`r.received_at`)}) AS "receptionVisitors"`;
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, Number(v)])) as ServiceCounts;
}
