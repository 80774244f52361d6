import "server-only";
// What the generic review commands (commands.ts) need to know about one kind of submission. Each feature
// owns its handler (briefs/submission.ts, project-reports/submission.ts, …); registry.ts lists them.
import type { ReportKind, SubmissionStatus } from "@/generated/prisma/enums";
import type { Tx } from "@/server/db";
import type { Actor, Permission } from "@/server/permissions";
import type { SubmissionAction } from "./rules";

export type LoadedSubmission = {
  kind: ReportKind;
  id: string;
  districtId: string;
  /** The service contract it belongs to; null for what is not under a contract (绩效目标申报表). */
  contractId: string | null;
  status: SubmissionStatus;
  version: number;
  /** Change requests: the supervisor's opinion is on file. */
  hasOpinion?: boolean;
  /** How messages and the history name it: "2026年10月 龙城街道社工站月度工作简报". */
  title: string;
};

export type SubmissionHandler = {
  kind: ReportKind;
  /** Audit target type (the model name). */
  targetType: string;
  /** The row, if the actor reaches it through `permission` (use the resource's scope builder). */
  load: (tx: Tx, actor: Actor, id: string, permission: Permission) => Promise<LoadedSubmission | null>;
  /** Guarded update: `where: { id, version: s.version, status: s.status }`; returns the count (0 = someone was first). */
  update: (tx: Tx, s: LoadedSubmission, data: Record<string, unknown>) => Promise<number>;
  /**
   * Before SUBMIT: check completeness (throw fieldError / AppError in Chinese) and return the columns to freeze
   * (the drafted counts, the fund-use figures, submittedAt …).
   */
  onSubmit: (tx: Tx, actor: Actor, s: LoadedSubmission, now: Date) => Promise<Record<string, unknown>>;
  /** What the submission froze, for the audit row and the message ("总分 96.50 分，等级「优」"). */
  submitted?: (tx: Tx, s: LoadedSubmission, frozen: Record<string, unknown>) => Promise<{ detail: Record<string, unknown>; note: string }>;
  /** Columns set with a review step (acceptedAt, the bureau's opinion …) and its side effects (a budget comes into force). */
  onReview?: (tx: Tx, actor: Actor, s: LoadedSubmission, step: Extract<SubmissionAction, "return" | "accept" | "reject">, comment: string | null, now: Date) => Promise<Record<string, unknown>>;
  /**
   * Kinds reviewed part by part (绩效目标申报表): what a return may comment on, target → how the comment names it,
   * and the round (submission number) the comments belong to.
   */
  commentTargets?: (tx: Tx, s: LoadedSubmission) => Promise<{ round: number; targets: Map<string, string> }>;
  /** A person who may not decide on this submission although they hold the review permission (the declaring unit's staff). */
  refuseReviewer?: (tx: Tx, actor: Actor, s: LoadedSubmission) => Promise<string | null>;
  /** Change requests: the project supervisor's opinion, stored on the row. */
  onOpinion?: (tx: Tx, actor: Actor, s: LoadedSubmission, opinion: string, now: Date) => Promise<Record<string, unknown>>;
};

/** The contract of a contract-bound submission (budgets, reports, briefs, change requests always have one). */
export function contractOf(s: LoadedSubmission): string {
  if (!s.contractId) throw new Error(`${s.kind} ${s.id} has no contract`);
  return s.contractId;
}
