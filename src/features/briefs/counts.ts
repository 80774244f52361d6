// The brief's counts: frozen into `counts` on submission (ServiceCounts + when they were counted), drafted
// live from the station's records while the brief is editable, and the sentence that can open 日常工作.
import { EMPTY_COUNTS, type ServiceCounts } from "@/features/service-counts/counts";

export type FrozenCounts = ServiceCounts & { countedAt: string };

const KEYS = Object.keys(EMPTY_COUNTS) as (keyof ServiceCounts)[];

/** What `counts` holds for the row (null when nothing was frozen yet or the JSON is not counts). */
export function frozenCounts(json: unknown): FrozenCounts | null {
  if (!json || typeof json !== "object" || Array.isArray(json)) return null;
  const o = json as Record<string, unknown>;
  if (!KEYS.every((k) => typeof o[k] === "number" && Number.isInteger(o[k]))) return null;
  const counts = Object.fromEntries(KEYS.map((k) => [k, o[k] as number])) as ServiceCounts;
  return { ...counts, countedAt: typeof o.countedAt === "string" ? o.countedAt : "" };
}

/** What is frozen on submission. */
export function freezeCounts(counts: ServiceCounts, now: Date): FrozenCounts {
  return { ...Object.fromEntries(KEYS.map((k) => [k, counts[k]])) as ServiceCounts, countedAt: now.toISOString() };
}

/** 日常工作's opening sentence, drafted from the counts ("本月开展探访 12 次，覆盖 40 户；新开个案 2 个 …"). */
export function dailyWorkDraft(c: ServiceCounts): string {
  return (
    `本月开展探访 ${c.visits} 次，覆盖 ${c.householdsVisited} 户；` +
    `新开个案 ${c.newCases} 个，个案服务 ${c.caseSessions} 次（服务 ${c.caseClients} 人），结案 ${c.closures} 个，转介 ${c.referrals} 个；` +
    `来访接待 ${c.receptions} 次，接待 ${c.receptionVisitors} 人。`
  );
}
