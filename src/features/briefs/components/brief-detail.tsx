import { Card, DefinitionList, Multiline, PageHeader } from "@/components/ui/card";
import { ReturnNotice, SubmissionHistory, SubmissionStatusBadge, SubmissionSteps } from "@/features/submissions/components/submission-panel";
import { formatCalendarDate, formatDateTime, monthLabel } from "@/lib/dates";
import { dailyWorkDraft } from "../counts";
import { BRIEF_SECTION_LABELS, BRIEF_SECTIONS } from "../labels";
import type { BriefPageData } from "../queries";
import { BriefCountsTable } from "./counts-table";
import { BriefForm } from "./brief-form";
import { BriefStandingBadge } from "./standing-badge";

/** One brief: status and standing, the reviewer's comment, the counts, the three sections (a form while the contractor may edit), the review steps and the history. */
export function BriefDetail({ data }: { data: BriefPageData }) {
  const { brief, counts, live, countedAt, standing, editable, view } = data;
  const steps = view.actions.filter((a) => a !== "edit");
  return (
    <div className="space-y-4">
      <PageHeader
        title={`${monthLabel(brief.month)}月度工作简报`}
        description={`${brief.station.name} · ${brief.contract.code} ${brief.contract.name} · ${brief.contract.contractor.name}`}
        actions={<a href={`/api/exports/briefs/${brief.id}/docx`} className="inline-flex items-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">下载 Word</a>}
      />
      <Card>
        <DefinitionList
          items={[
            { label: "审核状态", value: <span data-testid="brief-status"><SubmissionStatusBadge status={brief.status} /></span> },
            { label: "报送情况", value: <span data-testid="brief-standing"><BriefStandingBadge standing={standing} /></span> },
            { label: "报送截止日", value: formatCalendarDate(brief.dueOn) },
            { label: "首次提交", value: formatDateTime(brief.firstSubmittedAt) },
            { label: "最近提交", value: formatDateTime(brief.submittedAt) },
            { label: "审核通过", value: formatDateTime(brief.acceptedAt) },
          ]}
        />
      </Card>
      <ReturnNotice view={view} />
      <Card title="本月服务数据">
        <p className="mb-3 text-xs text-slate-500">
          {live
            ? `根据本站${monthLabel(brief.month)}的服务记录实时统计（新开个案、个案服务、结案、转介、探访、来访接待），提交时重新统计并冻结。`
            : `提交时根据本站${monthLabel(brief.month)}的服务记录统计${countedAt ? `（统计时间 ${formatDateTime(countedAt)}）` : ""}。`}
        </p>
        <BriefCountsTable counts={counts} />
      </Card>
      <Card title="具体内容">
        {editable ? (
          <BriefForm
            briefId={brief.id} version={brief.version}
            dailyWork={brief.dailyWork ?? dailyWorkDraft(counts)} dailyWorkDrafted={!brief.dailyWork}
            highlights={brief.highlights} nextMonthPlan={brief.nextMonthPlan}
          />
        ) : (
          <div className="space-y-4">
            {BRIEF_SECTIONS.map((s) => (
              <section key={s} data-section={s}>
                <h3 className="font-medium text-slate-700">{BRIEF_SECTION_LABELS[s]}</h3>
                <p className="mt-1 text-slate-800">{brief[s] ? <Multiline value={brief[s]} /> : <span className="text-slate-400">（未填写）</span>}</p>
              </section>
            ))}
          </div>
        )}
      </Card>
      {steps.length > 0 && (
        <Card title={steps.includes("submit") ? "提交审核" : "审核"}>
          <SubmissionSteps view={view} submitLabel="提交审核" submitHint="提交前请先保存简报内容；提交时将根据本站本月服务记录重新统计并冻结以上数据。提交后报街道和区民政局审核。" />
        </Card>
      )}
      <Card title="审核记录">
        <SubmissionHistory view={view} />
      </Card>
    </div>
  );
}
