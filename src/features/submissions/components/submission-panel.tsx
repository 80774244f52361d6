"use client";
// The review steps of a contractor submission, as the server would allow them to this person, and the
// history (who submitted, returned with which comment, accepted, when).
import { ActionForm } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { Badge } from "@/components/ui/card";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/dates";
import { REPORT_EVENT_LABELS, ROLE_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { opinionSubmission, reviewSubmission, submitSubmission } from "../actions";
import type { SubmissionViewData } from "../queries";
import { SUBMISSION_RULES } from "../rules";

const TONE: Record<SubmissionStatus, "slate" | "blue" | "amber" | "green" | "red"> = { DRAFT: "slate", SUBMITTED: "blue", RETURNED: "amber", ACCEPTED: "green", REJECTED: "red" };

export function SubmissionStatusBadge({ status }: { status: SubmissionStatus }) {
  return <Badge tone={TONE[status]}>{SUBMISSION_STATUS_LABELS[status]}</Badge>;
}

function StepHidden({ view }: { view: SubmissionViewData }) {
  return (
    <>
      <Hidden name="kind" value={view.kind} />
      <Hidden name="id" value={view.id} />
      <Hidden name="version" value={view.version} />
    </>
  );
}

/** The banner on a returned (or rejected) submission: the reviewer's comment, what to fix. */
export function ReturnNotice({ view }: { view: SubmissionViewData }) {
  if (!view.lastReturn || (view.status !== "RETURNED" && view.status !== "REJECTED")) return null;
  return (
    <div role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <p className="font-medium">
        {view.lastReturn.actorName}（{view.lastReturn.actorRole ? ROLE_LABELS[view.lastReturn.actorRole] : ""}）于 {formatDateTime(view.lastReturn.at)} {REPORT_EVENT_LABELS[view.lastReturn.event]}：
      </p>
      <p className="mt-1 whitespace-pre-wrap" data-testid="return-comment">{view.lastReturn.comment}</p>
    </div>
  );
}

export function SubmissionSteps({ view, submitLabel = "提交审核", submitHint }: { view: SubmissionViewData; submitLabel?: string; submitHint?: string }) {
  const review = view.actions.filter((a) => a === "accept" || a === "return" || a === "reject");
  return (
    <div className="space-y-3">
      {view.actions.includes("submit") && (
        <ActionForm action={submitSubmission} submitLabel={submitLabel}>
          <StepHidden view={view} />
          {submitHint && <p className="text-xs text-slate-500">{submitHint}</p>}
        </ActionForm>
      )}
      {view.actions.includes("opinion") && (
        <ActionForm action={opinionSubmission} submitLabel="保存督导审核意见">
          <StepHidden view={view} />
          <TextareaField name="comment" label="督导审核意见" hint="根据项目各相关方反馈，审定项目变更可行性" rows={3} required />
        </ActionForm>
      )}
      {review.length > 0 && (
        <div className="grid gap-4 md:grid-cols-2">
          {review.includes("accept") && (
            <ActionForm action={reviewSubmission} submitLabel="审核通过">
              <StepHidden view={view} />
              <Hidden name="step" value="accept" />
              {SUBMISSION_RULES[view.kind].opinion
                ? <TextareaField name="comment" label="民政局审核意见" hint="根据项目各相关方反馈，审定项目变更可行性" rows={3} required />
                : <TextareaField name="comment" label="审核意见（选填）" rows={3} />}
            </ActionForm>
          )}
          {review.includes("return") && (
            <ActionForm action={reviewSubmission} submitLabel="退回修改">
              <StepHidden view={view} />
              <Hidden name="step" value="return" />
              <TextareaField name="comment" label="退回意见" rows={3} required />
            </ActionForm>
          )}
          {review.includes("reject") && (
            <ActionForm action={reviewSubmission} submitLabel="不予批准">
              <StepHidden view={view} />
              <Hidden name="step" value="reject" />
              <TextareaField name="comment" label="不予批准的理由" rows={3} required />
            </ActionForm>
          )}
        </div>
      )}
    </div>
  );
}

export function SubmissionHistory({ view }: { view: SubmissionViewData }) {
  if (view.history.length === 0) return <p className="text-sm text-slate-500">尚未提交。</p>;
  return (
    <ol className="space-y-2 text-sm" aria-label="审核记录">
      {view.history.map((e) => (
        <li key={e.id} className="border-l-2 border-slate-200 pl-3">
          <span className="text-slate-500">{formatDateTime(e.at)}</span>{" "}
          <span className="font-medium">{e.actorName}</span>
          {e.actorRole && <span className="text-slate-500">（{ROLE_LABELS[e.actorRole]}）</span>} {REPORT_EVENT_LABELS[e.event]}
          {e.comment && <p className="mt-0.5 whitespace-pre-wrap text-slate-700">{e.comment}</p>}
        </li>
      ))}
    </ol>
  );
}
