import { peopleServed, personTimes, SERVICE_COUNT_LABELS, type ServiceCounts } from "@/features/service-counts/counts";

/** The month's service counts (drafted from the station's records), with the totals. */
export function BriefCountsTable({ counts }: { counts: ServiceCounts }) {
  const rows: [string, number][] = [
    ...(Object.keys(SERVICE_COUNT_LABELS) as (keyof ServiceCounts)[]).map((k): [string, number] => [SERVICE_COUNT_LABELS[k], counts[k]]),
    ["服务人数（合计）", peopleServed(counts)],
    ["服务人次（合计）", personTimes(counts)],
  ];
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4" aria-label="本月服务数据">
      {rows.map(([label, value]) => (
        <div key={label} className="rounded border border-slate-200 px-3 py-2" data-count={label}>
          <dt className="text-xs text-slate-500">{label}</dt>
          <dd className="text-lg font-semibold tabular-nums">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
