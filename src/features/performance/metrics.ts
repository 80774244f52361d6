// Counting the linked indicators' actual values (metric-registry.ts lists them): over the declaring unit's
// stations, over the declaration's year up to a day. Counts only — no client identity leaves this module.
// Reuses the service counts the monthly brief and the reports use (src/features/service-counts).
import type { CalendarDayRange } from "@/lib/dates";
import { parseCalendarDate } from "@/lib/dates";
import type { Db, Tx } from "@/server/db";
import { countServiceRecords, peopleServed, personTimes, type ServiceCounts } from "@/features/service-counts/counts";
import { isMetricKey, type MetricKey } from "./metric-registry";

export type DeclaringUnit = { districtId: string; bureauId: string | null; streetOfficeId: string | null; contractorId: string | null };

export type MetricScope = {
  stationIds: string[];
  /** How the page names what is counted: 全区 / 本街道 / 本机构运营的. */
  label: string;
};

/** The stations a declaration's counts cover: the whole district for the bureau, a street office's, a contractor's. */
export async function metricScopeOf(client: Db | Tx, unit: DeclaringUnit): Promise<MetricScope> {
  const where = unit.streetOfficeId
    ? { districtId: unit.districtId, streetOfficeId: unit.streetOfficeId }
    : unit.contractorId
      ? { districtId: unit.districtId, contractorId: unit.contractorId }
      : { districtId: unit.districtId };
  const stations = await client.station.findMany({ where, select: { id: true }, orderBy: { id: "asc" } });
  const label = unit.streetOfficeId ? "本街道的社工站" : unit.contractorId ? "本机构运营的社工站" : "全区社工站";
  return { stationIds: stations.map((s) => s.id), label };
}

function nextDay(day: string): string {
  const d = parseCalendarDate(day)!;
  return new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
}

/** The year's calendar days up to `asOf` (YYYY-MM-DD, included) as [from, to); null when asOf is before the year. */
export function metricRange(year: number, asOf: string): CalendarDayRange | null {
  const from = `${year}-01-01`;
  const last = `${year}-12-31`;
  const end = asOf < last ? asOf : last;
  if (end < from) return null;
  return { from, to: nextDay(end) };
}

/** The day the counts of `year` stop at: `asOf` (a checkpoint's date), or today when that is still ahead. */
export function countingDay(asOf: string, today: string): string {
  return asOf < today ? asOf : today;
}

/** The satisfaction scores' mean × 10 as a percentage with two decimals ("92.50"), rounded half up; null when none. */
export function satisfactionPercent(sum: number, count: number): string | null {
  if (count === 0) return null;
  const hundredths = Math.floor((sum * 1000 * 2 + count) / (count * 2)); // mean × 10 × 100
  return `${Math.trunc(hundredths / 100)}.${String(hundredths % 100).padStart(2, "0")}`;
}

export type MetricValues = Partial<Record<MetricKey, string | null>>;

/**
 * The values of `keys` over the scope's stations within `range` (null range: before the year — period counts are 0).
 * A value is the number as text ("12", "92.50"); null when there is nothing to count it from (no evaluations).
 */
export async function metricValues(client: Db | Tx, scope: MetricScope, range: CalendarDayRange | null, keys: readonly string[]): Promise<MetricValues> {
  const wanted = [...new Set(keys.filter(isMetricKey))];
  const out: MetricValues = {};
  if (wanted.length === 0) return out;
  const ids = scope.stationIds;
  const from = range ? parseCalendarDate(range.from)! : null;
  const to = range ? parseCalendarDate(range.to)! : null;
  const inYear = range ? { gte: from!, lt: to! } : null;
  const needsService = wanted.some((k) => k.startsWith("cases.") || k.startsWith("visits.") || k.startsWith("receptions.") || k.startsWith("service.") || k === "referrals.sent");
  const service: ServiceCounts | null = needsService && range ? await countServiceRecords(client, ids, range) : null;
  const serviceValue = (pick: (c: ServiceCounts) => number) => String(service ? pick(service) : 0);

  for (const key of wanted) {
    switch (key) {
      case "stations.established":
        out[key] = String(inYear && ids.length ? await client.station.count({ where: { id: { in: ids }, establishedOn: inYear } }) : 0);
        break;
      case "stations.total":
        out[key] = String(ids.length ? await client.station.count({ where: { id: { in: ids }, OR: [{ establishedOn: null }, ...(to ? [{ establishedOn: { lt: to } }] : [])] } }) : 0);
        break;
      case "staff.active":
        out[key] = String(ids.length ? await client.staffProfile.count({ where: { stationId: { in: ids }, isActive: true } }) : 0);
        break;
      case "staff.certified":
        out[key] = String(ids.length ? await client.staffProfile.count({ where: { stationId: { in: ids }, isActive: true, certificateLevel: { not: "NONE" } } }) : 0);
        break;
      case "volunteers.registered":
        out[key] = String(inYear && ids.length ? await client.volunteer.count({ where: { stationId: { in: ids }, registeredOn: inYear } }) : 0);
        break;
      case "cases.new": out[key] = serviceValue((c) => c.newCases); break;
      case "cases.clients": out[key] = serviceValue((c) => c.caseClients); break;
      case "cases.sessions": out[key] = serviceValue((c) => c.caseSessions); break;
      case "cases.closed": out[key] = serviceValue((c) => c.closures); break;
      case "referrals.sent": out[key] = serviceValue((c) => c.referrals); break;
      case "visits.count": out[key] = serviceValue((c) => c.visits); break;
      case "visits.households": out[key] = serviceValue((c) => c.householdsVisited); break;
      case "receptions.visitors": out[key] = serviceValue((c) => c.receptionVisitors); break;
      case "service.people": out[key] = serviceValue(peopleServed); break;
      case "service.personTimes": out[key] = serviceValue(personTimes); break;
      case "satisfaction.average":
      case "satisfaction.evaluations": {
        if (out[key] !== undefined) break;
        const agg = inYear && ids.length
          ? await client.caseEvaluation.aggregate({
              where: { caseFile: { stationId: { in: ids } }, evaluatedOn: inYear, satisfaction: { not: null } },
              _sum: { satisfaction: true }, _count: { satisfaction: true },
            })
          : { _sum: { satisfaction: 0 }, _count: { satisfaction: 0 } };
        const n = agg._count.satisfaction;
        out["satisfaction.average"] = satisfactionPercent(agg._sum.satisfaction ?? 0, n);
        out["satisfaction.evaluations"] = String(n);
        break;
      }
    }
  }
  return Object.fromEntries(wanted.map((k) => [k, out[k] ?? null])) as MetricValues;
}

/** The live values of a declaration's linked indicators as of a day (YYYY-MM-DD): indicator id → value. */
export async function linkedValues(
  client: Db | Tx,
  declaration: DeclaringUnit & { year: number },
  indicators: readonly { id: string; metricKey: string | null }[],
  asOf: string,
): Promise<Map<string, string | null>> {
  const linked = indicators.filter((i) => isMetricKey(i.metricKey));
  const out = new Map<string, string | null>();
  if (linked.length === 0) return out;
  const scope = await metricScopeOf(client, declaration);
  const values = await metricValues(client, scope, metricRange(declaration.year, asOf), linked.map((i) => i.metricKey!));
  for (const i of linked) out.set(i.id, values[i.metricKey as MetricKey] ?? null);
  return out;
}
