import "server-only";
import type { AuditOutcome } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./permissions";
import { db, type Tx } from "./db";

export type AuditEntry = {
  actor?: Pick<Actor, "userId" | "name" | "districtId" | "memberships" | "ip"> | null;
  action: string;
  outcome: AuditOutcome;
  targetType?: string;
  targetId?: string;
  /** District the event concerns when there is no actor (e.g. a failed login of a known user). */
  districtId?: string | null;
  ip?: string | null;
  detail?: Prisma.InputJsonValue;
};

/** Appends one audit row, in the caller's transaction when given one. */
export async function writeAudit(entry: AuditEntry, client: Tx | typeof db = db): Promise<void> {
  const roles = entry.actor ? [...new Set(entry.actor.memberships.map((m) => m.role))].join(",") : null;
  await client.auditLog.create({
    data: {
      districtId: entry.districtId ?? entry.actor?.districtId ?? null,
      actorUserId: entry.actor?.userId ?? null,
      actorName: entry.actor?.name ?? null,
      actorRoles: roles,
      ip: entry.ip ?? entry.actor?.ip ?? null,
      action: entry.action,
      targetType: entry.targetType ?? null,
      targetId: entry.targetId ?? null,
      outcome: entry.outcome,
      detail: entry.detail,
    },
  });
}
