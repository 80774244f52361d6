import "server-only";
// The review state of a declaration: the generic submission panel (steps, history), the submitted versions
// (snapshots, one per submission), and the reviewers' comments on single fields, lines and indicators.
import { submissionView, type SubmissionViewData } from "@/features/submissions/queries";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { DECLARATION_TEXT_FIELDS, fieldLabel, indicatorLabel, type DeclarationDoc, type DeclarationTarget } from "./doc";
import type { DeclarationHeader } from "./queries";

export type ReviewCommentView = { id: string; round: number; target: string; targetLabel: string; comment: string; actorName: string; at: Date };

export type DeclarationRound = { round: number; submittedAt: Date; submittedById: string };

export type DeclarationReviewState = {
  submission: SubmissionViewData;
  rounds: DeclarationRound[];
  /** Every comment, oldest round first. */
  comments: ReviewCommentView[];
  /** The comments of the last return (what the unit has to fix now, and what the reviewer checks on resubmission). */
  latestComments: ReviewCommentView[];
};

export async function declarationReviewState(actor: Actor, header: Pick<DeclarationHeader, "id" | "version" | "status" | "parent">, declaringUnit: boolean): Promise<DeclarationReviewState> {
  // A project under a department-wide declaration is reviewed there: its comments are the parent's comments on it.
  const prefix = header.parent ? `project:${header.id}:` : null;
  const [submission, rounds, found] = await Promise.all([
    submissionView(actor, { kind: "DECLARATION", id: header.id, version: header.version, status: header.status }, declaringUnit),
    db.declarationSnapshot.findMany({ where: { declarationId: header.parent?.id ?? header.id }, orderBy: { round: "asc" }, select: { round: true, submittedAt: true, submittedById: true } }),
    db.reviewComment.findMany({
      where: { kind: "DECLARATION", reportId: header.parent?.id ?? header.id },
      orderBy: [{ round: "asc" }, { at: "asc" }],
      select: { id: true, round: true, target: true, targetLabel: true, comment: true, actorName: true, at: true },
    }),
  ]);
  // The last return is the last round anything was said on (for a project: on the whole department-wide declaration).
  const lastRound = found.at(-1)?.round;
  const comments = prefix ? found.filter((c) => c.target.startsWith(prefix)).map((c) => ({ ...c, target: c.target.slice(prefix.length) })) : found;
  return { submission, rounds, comments, latestComments: comments.filter((c) => c.round === lastRound) };
}

/** Everything a reviewer can comment on in this document, as the comment will name it. */
export function commentTargets(doc: DeclarationDoc): { target: DeclarationTarget; label: string }[] {
  const out: { target: DeclarationTarget; label: string }[] = [];
  for (const f of ["totalAmount", "category", ...DECLARATION_TEXT_FIELDS, "filledOn"] as const) {
    if (f === "title") continue;
    out.push({ target: `field:${f}`, label: fieldLabel(doc.kind, f) });
  }
  doc.fundLines.forEach((l, i) => out.push({ target: `fundLine:${i + 1}`, label: `资金安排 · ${i + 1}. ${l.name}` }));
  if (doc.funding.length) out.push({ target: "funding", label: "资金来源（中期 / 年度）" });
  if (doc.kind === "DEPARTMENT") out.push({ target: "categoryAmounts", label: "预算资金（按支出类别）" });
  doc.indicators.forEach((r, i) => r.id && out.push({ target: `indicator:${r.id}`, label: `${indicatorLabel(r)}（第 ${i + 1} 行）` }));
  return out;
}
