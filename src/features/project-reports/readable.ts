import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";

/**
 * The reports the actor reads: submitted ones through report:read, drafts only through report:manage (the
 * contractor's own) — decided per row by scope, so a person with several roles sees no one else's draft.
 */
export function readableProjectReports(actor: Actor): Prisma.ProjectReportWhereInput {
  return { OR: [{ AND: [scope.projectReports(actor, "report:read"), { status: { not: "DRAFT" as SubmissionStatus } }] }, scope.projectReports(actor, "report:manage")] };
}
