import "server-only";
import type { ReportEventKind, ReportKind, Role, SubmissionStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { allowedSubmissionActions, type SubmissionAction } from "./rules";

export type SubmissionEvent = { id: string; actorId: string; event: ReportEventKind; comment: string | null; actorName: string; actorRole: Role | null; at: Date };

/** The history of one submission, oldest first (who submitted, returned with which comment, accepted). */
export async function submissionHistory(kind: ReportKind, reportId: string): Promise<SubmissionEvent[]> {
  return db.reportEvent.findMany({
    where: { kind, reportId },
    orderBy: { at: "asc" },
    select: { id: true, actorId: true, event: true, comment: true, actorName: true, actorRole: true, at: true },
  });
}

/** The latest return comment, shown on top of a RETURNED submission so the contractor knows what to fix. */
export function lastReturn(history: SubmissionEvent[]): SubmissionEvent | null {
  return [...history].reverse().find((e) => e.event === "RETURN" || e.event === "REJECT") ?? null;
}

/**
 * What the panel shows this person: the steps the server would allow, the history. `declaringUnit` (kinds any
 * unit declares — 绩效目标申报表, 绩效自评): whether the person's unit declared it; only that unit submits, and
 * it never decides on its own (the handler's refuseReviewer).
 */
export async function submissionView(actor: Actor, s: { kind: ReportKind; id: string; version: number; status: SubmissionStatus; hasOpinion?: boolean }, declaringUnit?: boolean) {
  const history = await submissionHistory(s.kind, s.id);
  const submitter = [...history].reverse().find((e) => e.event === "SUBMIT");
  const ownSubmission = submitter?.actorId === actor.userId;
  // Nobody reviews what they submitted themselves (the command refuses it too).
  const actions: SubmissionAction[] = allowedSubmissionActions({ kind: s.kind, status: s.status, hasOpinion: s.hasOpinion }, (p) => can(actor, p))
    .filter((a) => !(ownSubmission && (a === "return" || a === "accept" || a === "reject")))
    .filter((a) => declaringUnit === undefined || (a === "edit" || a === "submit" ? declaringUnit : !declaringUnit));
  return { kind: s.kind, id: s.id, version: s.version, status: s.status, history, lastReturn: lastReturn(history), actions };
}

export type SubmissionViewData = Awaited<ReturnType<typeof submissionView>>;
