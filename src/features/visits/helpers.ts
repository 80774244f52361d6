// Pure helpers of the 探访记录表 (no server-only imports): the date-and-time field in Beijing time and the
// stations where the actor records visits. Shared by the schema, the commands, the queries, the pages and the
// tests. (Months — the list's month filter, the Beijing month of an instant — are src/lib/dates.ts's.)
import { formatDate, formatTime } from "@/lib/dates";
import { grantingMemberships, type Actor } from "@/server/permissions";

/** The stations where the actor records visits (their SOCIAL_WORKER memberships that grant visit:manage). */
export function workerStationIds(actor: Pick<Actor, "memberships">): string[] {
  return grantingMemberships(actor, "visit:manage").filter((m) => m.role === "SOCIAL_WORKER" && m.stationId).map((m) => m.stationId!);
}

/** The value of a datetime-local input for an instant, in Beijing time: 2026-11-20T14:30. */
export function toDateTimeInput(date: Date | null | undefined): string {
  return date ? `${formatDate(date)}T${formatTime(date)}` : "";
}

/** 2026-11-20 14:30 (Beijing time, without seconds). */
export function formatVisitTime(date: Date | null | undefined): string {
  return date ? `${formatDate(date)} ${formatTime(date)}` : "";
}
