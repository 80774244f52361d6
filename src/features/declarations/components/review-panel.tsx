// 审核 on a declaration's page: what the declaring unit fixes (the last return's comments, item by item), the
// steps this person may take (submit; accept or return with item comments), the history, and the submitted
// versions with a link to the comparison.
import Link from "next/link";
import { ActionForm } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { Card } from "@/components/ui/card";
import { ReturnNotice, SubmissionHistory } from "@/features/submissions/components/submission-panel";
import { reviewSubmission, submitSubmission } from "@/features/submissions/actions";
import { formatDateTime } from "@/lib/dates";
import { declarationHref, type DeclarationArea } from "../doc";
import type { DeclarationPageData } from "../queries";
import { ReturnWithComments } from "./return-form";

function StepHidden({ data }: { data: DeclarationPageData }) {
  return (
    <>
      <Hidden name="kind" value="DECLARATION" />
      <Hidden name="id" value={data.header.id} />
      <Hidden name="version" value={data.header.version} />
    </>
  );
}

export function ItemComments({ comments, title = "逐项审核意见" }: { comments: DeclarationPageData["review"]["latestComments"]; title?: string }) {
  if (comments.length === 0) return null;
  return (
    <section aria-label={title} className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
      <h3 className="font-medium">{title}（{comments.length} 条）</h3>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        {comments.map((c) => (
          <li key={c.id} data-testid="item-comment">
            <span className="font-medium">{c.targetLabel}</span>：<span className="whitespace-pre-wrap">{c.comment}</span>
            <span className="text-amber-700">（{c.actorName}，{formatDateTime(c.at)}）</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function DeclarationReviewPanel({ data, area }: { data: DeclarationPageData; area: DeclarationArea }) {
  const { header, review } = data;
  // A department-wide declaration's projects are submitted and decided with it, on its page.
  const actions = header.parent ? [] : review.submission.actions;
  const hard = data.findings.filter((f) => f.severity === "hard");
  const isProject = header.parent !== null;
  return (
    <Card title="提交与审核">
      <div className="space-y-4">
        <ReturnNotice view={review.submission} />
        {(header.status === "RETURNED" || header.status === "SUBMITTED") && <ItemComments comments={review.latestComments} />}
        {isProject && <p className="text-sm text-slate-600">本项目随部门整体支出申报表「{header.parent!.name}」一并提交和审核。</p>}
        {actions.includes("submit") && (
          <ActionForm action={submitSubmission} submitLabel={header.status === "RETURNED" ? "修改完毕，重新提交" : "提交审核"}>
            <StepHidden data={data} />
            {hard.length > 0
              ? <p className="text-sm text-red-700">还有 {hard.length} 处需要修改（见上方红色提示），修改后才能提交。</p>
              : <p className="text-xs text-slate-500">提交后由区民政局审核人审核；审核期间不能修改。{header.kind === "DEPARTMENT" && header.projects.length > 0 ? `下属 ${header.projects.length} 个项目一并提交。` : ""}</p>}
          </ActionForm>
        )}
        {(actions.includes("accept") || actions.includes("return")) && (
          <div className="grid gap-4 lg:grid-cols-2">
            {actions.includes("accept") && (
              <ActionForm action={reviewSubmission} submitLabel="审核通过">
                <StepHidden data={data} />
                <Hidden name="step" value="accept" />
                <TextareaField name="comment" label="审核意见（选填）" rows={3} />
              </ActionForm>
            )}
            {actions.includes("return") && <ReturnWithComments kind="DECLARATION" id={header.id} version={header.version} targets={data.reviewTargets} />}
          </div>
        )}
        {review.rounds.length > 0 && (
          <p className="text-sm">
            {header.parent ? `部门整体支出申报表已提交 ${review.rounds.length} 次。` : `已提交 ${review.rounds.length} 次。`}
            <Link className="text-blue-700 underline" href={declarationHref(area, header.parent?.id ?? header.id, "versions")}>
              {review.rounds.length > 1 ? "查看各次提交的对比" : "查看提交的版本"}
            </Link>
          </p>
        )}
        <SubmissionHistory view={review.submission} />
      </div>
    </Card>
  );
}
