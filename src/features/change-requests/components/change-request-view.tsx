// One 项目变更申请审批表 as the pages show it: the contract's heading figures, the three contents, both
// opinions, the review steps this person gets, the history and the Word export.
import Link from "next/link";
import type { ReactNode } from "react";
import { FileText } from "lucide-react";
import { Card, DefinitionList, Multiline } from "@/components/ui/card";
import { formatDateTime, formatStoredCalendarDate } from "@/lib/dates";
import { ReturnNotice, SubmissionHistory, SubmissionStatusBadge, SubmissionSteps } from "@/features/submissions/components/submission-panel";
import { CHANGE_REQUEST_FIELDS as F, CHANGE_REQUEST_TITLE, OPINION_HINT, changeRequestNumber } from "../labels";
import type { ChangeRequestPage } from "../queries";

function Opinion({ title, text, name, at, empty }: { title: string; text: string | null; name: string | null; at: Date | null; empty: string }) {
  return (
    <div className="space-y-1" data-testid={title}>
      <h3 className="font-medium text-slate-700">{title}</h3>
      {name ? (
        <>
          {text ? <p className="whitespace-pre-wrap">{text}</p> : null}
          <p className="text-xs text-slate-500">{name} · {formatDateTime(at)}</p>
        </>
      ) : (
        <p className="text-slate-400">{empty}</p>
      )}
    </div>
  );
}

function decisionText(page: ChangeRequestPage): string | null {
  const r = page.request;
  if (r.status === "ACCEPTED") return [`批准。`, r.bureauOpinion].filter(Boolean).join("");
  if (r.status === "REJECTED") return [`不予批准。`, r.bureauOpinion].filter(Boolean).join("");
  return null;
}

/** `editor`: the contractor's form, shown instead of the contents while the request is editable. */
export function ChangeRequestView({ page, backHref, editor }: { page: ChangeRequestPage; backHref: string; editor?: ReactNode }) {
  const { request: r, contract, view } = page;
  const awaitingOpinion = r.status === "SUBMITTED" && !r.supervisorOpinion;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          {CHANGE_REQUEST_TITLE}（{changeRequestNumber(r.number)}） <SubmissionStatusBadge status={r.status} />
        </h2>
        <div className="flex gap-2">
          {/* Plain link: the browser downloads the document from the export route. */}
          <a href={`/api/exports/change-requests/${r.id}/docx`} data-testid="change-request-docx"
            className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
            <FileText className="h-4 w-4" aria-hidden />导出 Word
          </a>
          <Link href={backHref} className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">返回列表</Link>
        </div>
      </div>
      <ReturnNotice view={view} />
      <Card>
        <DefinitionList items={[
          { label: "项目名称", value: `${contract.name}（${contract.code}）` },
          { label: "承接单位", value: contract.contractor.name },
          { label: "项目服务期", value: `${formatStoredCalendarDate(contract.startsOn)} 至 ${formatStoredCalendarDate(contract.endsOn)}` },
          { label: "服务站点", value: contract.stations.map((s) => s.station.name).join("、") },
          { label: F.filer.label, value: r.filer },
          { label: "填报日期", value: r.submittedAt ? formatDateTime(r.submittedAt) : "未提交" },
        ]} />
      </Card>
      {editor ? <Card title="修改申请">{editor}</Card> : (
      <Card title="变更内容">
        <div className="space-y-4">
          {(["originalContent", "changedContent", "reasons"] as const).map((key) => (
            <section key={key} className="space-y-1">
              <h3 className="font-medium text-slate-700">{F[key].label}</h3>
              <p className="text-xs text-slate-500">{F[key].hint}</p>
              <p><Multiline value={r[key]} /></p>
            </section>
          ))}
        </div>
      </Card>
      )}
      <Card title="审核意见">
        <p className="mb-3 text-xs text-slate-500">{OPINION_HINT}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <Opinion title="督导审核意见" text={r.supervisorOpinion} name={r.supervisorName} at={r.supervisorAt} empty={r.status === "SUBMITTED" ? "等待项目督导填写" : "—"} />
          <Opinion title="民政局审核意见" text={decisionText(page)} name={r.bureauName} at={r.bureauAt} empty={r.status === "SUBMITTED" ? "等待区民政局审核" : "—"} />
        </div>
      </Card>
      {view.actions.some((a) => a !== "edit") && (
        <Card title="审核">
          {awaitingOpinion && view.actions.includes("return") && (
            <p className="mb-3 rounded border border-blue-200 bg-blue-50 p-2 text-sm text-blue-800">项目督导填写审核意见后，才能批准或不予批准；现在可以退回修改。</p>
          )}
          <SubmissionSteps view={view} submitLabel="提交审核" submitHint="提交后由项目督导填写审核意见，再由区民政局审批；审批前不能修改。" />
        </Card>
      )}
      <Card title="审核记录">
        <SubmissionHistory view={view} />
      </Card>
    </div>
  );
}
