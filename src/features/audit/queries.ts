import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AuditOutcome } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { AUDIT_OUTCOME_LABELS } from "@/lib/labels";
import { parseListParams, skipTake, type ListParams, type SearchParams } from "@/lib/list-params";
import { shanghaiDayRange } from "./date-range";

export const AUDIT_FILTERS = ["from", "to", "action", "outcome"] as const;
export const AUDIT_PAGE_SIZE = 50;

/** Newest first, always; `q` searches the actor (name, or the username a login or account event names). */
export function parseAuditParams(sp: SearchParams): ListParams<"at"> {
  return parseListParams(sp, { sortable: ["at"] as const, defaultSort: "at", defaultDir: "desc", pageSize: AUDIT_PAGE_SIZE, filters: AUDIT_FILTERS });
}

export async function listAuditLogs(actor: Actor, params: ListParams) {
  const { from, to, action, outcome } = params.filters;
  const range = shanghaiDayRange({ from, to });
  const q = params.q;
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      scope.auditLogs(actor, "audit:read"),
      range.gte || range.lt ? { at: { ...(range.gte ? { gte: range.gte } : {}), ...(range.lt ? { lt: range.lt } : {}) } } : {},
      action ? { action } : {},
      outcome && Object.hasOwn(AUDIT_OUTCOME_LABELS, outcome) ? { outcome: outcome as AuditOutcome } : {},
      q ? { OR: [{ actorName: { contains: q } }, { detail: { path: ["username"], string_contains: q } }] } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: [{ at: "desc" }, { id: "desc" }], ...skipTake(params) }),
    db.auditLog.count({ where }),
  ]);
  // BigInt ids become strings: the table keys rows by string id, and BigInt cannot cross to the client.
  return { rows: rows.map((r) => ({ ...r, id: r.id.toString() })), total, errors: range.errors };
}
