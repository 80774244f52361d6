// The report pages: the list of a contract's two reports, and one report — the contractor's form while it
// is editable (with the figures drafted live), otherwise the report as printed (the seed's layout, the same
// description as the Word export) with the review steps and the history.
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ProjectReportKind } from "@/generated/prisma/enums";
import { formatDateTime } from "@/lib/dates";
import { PROJECT_REPORT_KIND_LABELS } from "@/lib/labels";
import { AttachmentList, AttachmentUpload } from "@/features/files/components/attachments";
import { PrintForms } from "@/features/print/components";
import { ReturnNotice, SubmissionHistory, SubmissionStatusBadge, SubmissionSteps } from "@/features/submissions/components/submission-panel";
import type { ReportContent } from "../content";
import { MAX_PHOTOS, MIN_PHOTOS, REPORT_SLUGS } from "../labels";
import { projectReportSpecs, type PrintableReport } from "../print";
import type { ReportPage, ReportSummary } from "../queries";
import type { Problem } from "../schemas";
import { FiguresSource } from "./figures";
import { FinalForm, MidtermForm } from "./report-forms";

const docxHref = (id: string) => `/api/exports/project-reports/${id}/docx`;

function DownloadWord({ id }: { id: string }) {
  return (
    <a href={docxHref(id)} data-testid="report-docx" className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
      下载 Word
    </a>
  );
}

export function ReportList({ reports, base, contractId, canDraft }: { reports: ReportSummary[]; base: string; contractId: string; canDraft: boolean }) {
  return (
    <Card title="中期报告与结项报告书">
      <table className="min-w-full text-left text-sm" aria-label="项目报告">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">报告</th>
            <th className="px-3 py-2 font-medium">状态</th>
            <th className="px-3 py-2 font-medium">提交时间</th>
            <th className="px-3 py-2 font-medium">通过时间</th>
            <th className="px-3 py-2 font-medium">操作</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {reports.map((r) => (
            <tr key={r.kind} data-testid={`report-row-${REPORT_SLUGS[r.kind]}`}>
              <td className="px-3 py-2">
                {r.status || canDraft ? <Link className="text-brand-700 hover:underline" href={`${base}/${contractId}/reports/${REPORT_SLUGS[r.kind]}`}>{PROJECT_REPORT_KIND_LABELS[r.kind]}</Link> : PROJECT_REPORT_KIND_LABELS[r.kind]}
              </td>
              <td className="px-3 py-2">{r.status ? <SubmissionStatusBadge status={r.status} /> : <span className="text-slate-500">{canDraft ? "未开始" : "未提交"}</span>}</td>
              <td className="px-3 py-2 text-slate-600">{formatDateTime(r.submittedAt)}</td>
              <td className="px-3 py-2 text-slate-600">{formatDateTime(r.acceptedAt)}</td>
              <td className="px-3 py-2">{r.id && <a className="text-brand-700 hover:underline" href={docxHref(r.id)}>下载 Word</a>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-3 text-xs text-slate-500">
        中期报告与结项报告书按《社工站项目实施指引》的格式填写；资金使用情况取自支出台账，服务数据取自社工站的服务记录，提交时固定。结项报告书须附 {MIN_PHOTOS}–{MAX_PHOTOS} 张图片材料，并在中期报告审核通过后提交。
      </p>
    </Card>
  );
}

function printable<K extends ProjectReportKind>(page: ReportPage<K>): PrintableReport<K> {
  return {
    kind: page.kind,
    status: page.report?.status ?? null,
    content: page.content as ReportContent[K],
    figures: page.figures,
    photos: page.photos.filter((p) => p.kind === "PHOTO").map((p) => ({
      caption: p.caption,
      image: { type: p.contentType === "image/png" ? "png" : "jpg", src: `/api/files/${p.id}?inline=1`, width: 400, height: 300, alt: p.caption ?? p.filename },
    })),
  };
}

/** The report as the seed prints it (read-only). */
function ReportAsPrinted({ page }: { page: ReportPage }) {
  return (
    <div className="space-y-2" data-testid="report-printed">
      <FiguresSource figures={page.figures} live={page.live} />
      <div className="overflow-x-auto rounded-lg bg-slate-100 py-4">
        <PrintForms specs={projectReportSpecs(printable(page))} />
      </div>
    </div>
  );
}

function ProblemList({ problems }: { problems: Problem[] }) {
  if (problems.length === 0) return <p className="text-sm text-green-700" data-testid="report-complete">各部分已填写完整，可以提交审核。</p>;
  return (
    <div className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900" data-testid="report-problems">
      <p className="font-medium">提交前还需完成（共 {problems.length} 项）：</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {problems.map((p) => <li key={p.field}>{p.section}：{p.message}</li>)}
      </ul>
    </div>
  );
}

function Title({ page }: { page: ReportPage }) {
  return (
    <div className="flex flex-wrap items-center justify-between gap-2">
      <h2 className="text-lg font-semibold" data-testid="report-title">
        {PROJECT_REPORT_KIND_LABELS[page.kind]}{" "}
        <span data-testid="report-status">{page.report ? <SubmissionStatusBadge status={page.report.status} /> : <span className="text-sm font-normal text-slate-500">（尚未保存）</span>}</span>
      </h2>
      {page.report && <DownloadWord id={page.report.id} />}
    </div>
  );
}

function Photos({ page }: { page: ReportPage }) {
  const photos = page.photos.filter((p) => p.kind === "PHOTO");
  return (
    <Card title={`五、图片材料（${MIN_PHOTOS}–${MAX_PHOTOS} 张，已上传 ${photos.length} 张）`}>
      <div className="space-y-3">
        <p className="text-xs text-slate-500">要求：展示项目执行场景和特写，尽量不配发会议照片；彩色 JPG 格式，200k 以上，像素 1000×1000 以上。每张须填写图片说明。</p>
        <AttachmentList files={photos} canManage={page.canEdit} />
        {page.canEdit && page.report && photos.length < MAX_PHOTOS && (
          <div className="border-t border-slate-100 pt-3">
            <AttachmentUpload ownerType="ProjectReport" ownerId={page.report.id} kinds={["PHOTO"]} withCaption accept=".jpg,.jpeg,.png" />
          </div>
        )}
        {page.canEdit && !page.report && <p className="text-sm text-slate-500">请先保存结项报告书，再上传图片材料。</p>}
      </div>
    </Card>
  );
}

/** The contractor's page of one report: the form while editable, the printed report once submitted. */
export function ContractorReportView({ page }: { page: ReportPage }) {
  const { report, view } = page;
  const version = report?.version ?? null;
  return (
    <div className="space-y-4">
      <Title page={page} />
      {view && <ReturnNotice view={view} />}
      {page.kind === "FINAL" && page.midtermStatus !== "ACCEPTED" && (
        <p className="rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="final-needs-midterm">
          项目中期报告审核通过后才能提交结项报告书；可先填写保存。
        </p>
      )}
      {page.canEdit
        ? page.kind === "MIDTERM"
          ? <MidtermForm contractId={page.contractId} version={version} content={page.content as ReportContent["MIDTERM"]} figures={page.figures} />
          : <FinalForm contractId={page.contractId} version={version} content={page.content as ReportContent["FINAL"]} figures={page.figures} />
        : <ReportAsPrinted page={page} />}
      {page.kind === "FINAL" && <Photos page={page} />}
      {report && view && page.canEdit && (
        <Card title="提交审核">
          <div className="space-y-3">
            <ProblemList problems={page.problems} />
            <SubmissionSteps view={view} submitLabel={`提交${PROJECT_REPORT_KIND_LABELS[page.kind]}`} submitHint="提交时以当天的支出台账和服务记录生成并固定资金使用情况和服务数据。请先保存最新内容再提交。" />
          </div>
        </Card>
      )}
      {view && (
        <Card title="审核记录">
          <SubmissionHistory view={view} />
        </Card>
      )}
    </div>
  );
}

/** The bureau's page of one report: the report as submitted, the review steps, the history. */
export function ReviewerReportView({ page }: { page: ReportPage }) {
  const { view } = page;
  return (
    <div className="space-y-4">
      <Title page={page} />
      {view && <ReturnNotice view={view} />}
      <ReportAsPrinted page={page} />
      {view && view.actions.length > 0 && (
        <Card title="审核">
          <SubmissionSteps view={view} />
        </Card>
      )}
      {view && (
        <Card title="审核记录">
          <SubmissionHistory view={view} />
        </Card>
      )}
    </div>
  );
}
