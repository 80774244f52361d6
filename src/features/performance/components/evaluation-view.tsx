// 绩效自评 tab of a declaration: the score (frozen once submitted, otherwise as saved), the form for the declaring
// unit while it is a draft or returned, the read-only table for everyone else, the submission and the bureau's
// review (return with a comment, or accept) with its history, and the Word / Excel exports.
import Link from "next/link";
import { Badge, Card, Multiline } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";
import { formatPercent, formatYuan, toDecimalString } from "@/lib/money";
import { INDICATOR_KIND_LABELS } from "@/lib/labels";
import { declarationHref, type DeclarationArea } from "@/features/declarations/doc";
import { actualText } from "../labels";
import type { EvaluationPageData } from "../queries";
import { formatPoints, GRADE_LABELS, type Grade } from "../scoring";
import { describeWeights } from "../weights";
import { ReturnNotice, SubmissionHistory, SubmissionStatusBadge, SubmissionSteps } from "@/features/submissions/components/submission-panel";
import { EvaluationForm } from "./evaluation-form";
import { OpenEvaluationForm } from "./monitoring-forms";

const th = "border-b border-slate-200 px-2 py-1.5 text-left text-xs font-medium text-slate-600";
const td = "border-b border-slate-100 px-2 py-1.5 align-top";
const num = "text-right tabular-nums";

const GRADE_TONE: Record<Grade, "green" | "blue" | "amber" | "red"> = { EXCELLENT: "green", GOOD: "blue", FAIR: "amber", POOR: "red" };

function ScoreSummary({ data }: { data: EvaluationPageData }) {
  const ev = data.evaluation!;
  const score = data.score!;
  const total = ev.totalScore ?? score.total;
  const grade = (ev.grade ?? score.grade) as Grade;
  const frozen = ev.totalScore !== null;
  const levels = Object.fromEntries(score.levels.map((l) => [l.level, l]));
  return (
    <div className="space-y-3" data-testid="evaluation-score">
      <div className="flex flex-wrap items-baseline gap-3">
        <span className="text-3xl font-semibold tabular-nums">{formatPoints(total)}</span><span className="text-slate-500">分</span>
        <Badge tone={GRADE_TONE[grade]}>{GRADE_LABELS[grade]}</Badge>
        <span className="text-sm text-slate-500">{frozen ? "（提交时确定）" : "（按已保存的内容计算，提交时确定）"}</span>
      </div>
      <table className="text-sm" aria-label="分项得分">
        <thead><tr><th className={th}>项目</th><th className={`${th} ${num}`}>分值</th><th className={`${th} ${num}`}>得分</th><th className={th}>说明</th></tr></thead>
        <tbody>
          <tr>
            <td className={td}>预算执行</td><td className={`${td} ${num}`}>{formatPoints(score.execution.points)}</td><td className={`${td} ${num}`}>{formatPoints(score.execution.score)}</td>
            <td className={td}>执行率 {formatPercent(data.executionBp)}{data.needsExplanation && <span className="ml-1 text-amber-700">（低于 90%，须说明）</span>}</td>
          </tr>
          {(["OUTPUT", "BENEFIT", "SATISFACTION"] as const).map((k) => (
            <tr key={k}>
              <td className={td}>{INDICATOR_KIND_LABELS[k]}</td><td className={`${td} ${num}`}>{formatPoints(levels[k].points)}</td><td className={`${td} ${num}`}>{formatPoints(levels[k].score)}</td>
              <td className={`${td} text-xs text-slate-500`}>{levels[k].weightSum === 0 ? "无此类指标" : levels[k].normalised ? `指标分值合计 ${formatPoints(levels[k].weightSum)}，按 ${formatPoints(levels[k].points)} 分折算` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="text-xs text-slate-500">自评分值：{describeWeights(data.weights)}。等级：优 ≥ 90 分，良 80–89 分，中 60–79 分，差 &lt; 60 分。</p>
    </div>
  );
}

function ReadTable({ data }: { data: EvaluationPageData }) {
  const ev = data.evaluation!;
  return (
    <div className="space-y-4">
      <p className="text-sm">全年执行数 <span className="tabular-nums">{ev.spent === null ? "—" : formatYuan(ev.spent)}</span> 元（年度资金总额 {formatYuan(data.declaration.total)} 元），执行率 {formatPercent(data.executionBp)}。</p>
      {ev.executionExplanation && <p className="text-sm"><span className="font-medium">执行率低于 90% 的说明：</span><Multiline value={ev.executionExplanation} /></p>}
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" aria-label="绩效指标自评">
          <thead><tr><th className={th}>绩效指标</th><th className={th}>年度指标值</th><th className={th}>实际完成值</th><th className={`${th} ${num}`}>分值</th><th className={`${th} ${num}`}>得分</th><th className={th}>偏差原因分析</th></tr></thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id}>
                <td className={td}>{r.label}</td><td className={td}>{r.annualValue}</td><td className={td}>{actualText(r)}</td>
                <td className={`${td} ${num}`}>{r.scoredWeight}</td><td className={`${td} ${num}`}>{formatPoints(r.score.score)}</td>
                <td className={td}><Multiline value={r.note} />{r.score.problem && <span className="block text-xs text-amber-700">{r.score.problem}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="grid grid-cols-1 gap-4 text-sm md:grid-cols-2">
        <div><p className="font-medium">存在的问题及原因</p><Multiline value={ev.problems} /></div>
        <div><p className="font-medium">下一步改进措施</p><Multiline value={ev.improvements} /></div>
      </div>
    </div>
  );
}

export function EvaluationView({ data, area }: { data: EvaluationPageData; area: DeclarationArea }) {
  const ev = data.evaluation;
  const exportHref = (format: "docx" | "xlsx") => `/api/exports/declarations/${data.declaration.id}/evaluation?format=${format}`;
  if (data.declaration.status !== "ACCEPTED" && !ev) {
    return <Card title="绩效自评"><p className="text-sm text-slate-600">申报表审核通过后进行绩效自评。</p></Card>;
  }
  return (
    <div className="space-y-4" data-testid="evaluation">
      <Card
        title={<span>{data.declaration.year} 年度绩效自评 {ev && <SubmissionStatusBadge status={ev.status} />}</span>}
        actions={
          <>
            <Link href={declarationHref(area, data.declaration.id, "monitoring")} className="text-sm text-brand-700 hover:underline">← 运行监控</Link>
            {ev && <a href={exportHref("docx")} className="text-sm text-brand-700 hover:underline">导出 Word</a>}
            {ev && <a href={exportHref("xlsx")} className="text-sm text-brand-700 hover:underline">导出 Excel</a>}
          </>
        }
      >
        {!ev ? (
          data.canOpen ? <OpenEvaluationForm declarationId={data.declaration.id} /> : <p className="text-sm text-slate-500">申报单位尚未开始绩效自评。</p>
        ) : (
          <div className="space-y-2">
            <ScoreSummary data={data} />
            {ev.submittedAt && ev.status !== "RETURNED" && (
              <p className="text-xs text-slate-500">
                {ev.submittedBy ?? ""} 于 {formatDateTime(ev.submittedAt)} 提交{ev.decidedAt ? `，${formatDateTime(ev.decidedAt)} 审核通过` : "，等待区民政局审核"}。
              </p>
            )}
          </div>
        )}
      </Card>
      {data.review && <ReturnNotice view={data.review} />}
      {ev && (
        <Card title="自评内容">
          {data.canEdit ? (
            <EvaluationForm
              key={`${ev.id}-${ev.version}`}
              evaluationId={ev.id} version={ev.version} total={data.declaration.total} countedTo={data.countedTo}
              spentAmount={ev.spent === null ? "" : toDecimalString(ev.spent)} executionExplanation={ev.executionExplanation ?? ""}
              problems={ev.problems ?? ""} improvements={ev.improvements ?? ""}
              rows={data.rows.map((r) => ({
                id: r.id, label: r.label, annualValue: r.annualValue, operator: r.operator, unit: r.unit, metricLabel: r.metricLabel,
                actualValue: r.actualValue ?? "", band: r.band ?? "", bandPercent: r.bandPercent === null ? "" : String(r.bandPercent), note: r.note ?? "",
                scoredWeight: r.scoredWeight, score: formatPoints(r.score.score), problem: r.score.problem,
              }))}
            />
          ) : <ReadTable data={data} />}
        </Card>
      )}
      {ev && data.review && (
        <Card title="提交与审核">
          <div className="space-y-4">
            <SubmissionSteps
              view={data.review}
              submitLabel={ev.status === "RETURNED" ? "修改完毕，重新提交绩效自评" : "提交绩效自评"}
              submitHint="提交的是已保存的内容；提交后总分和等级确定，由区民政局审核，期间自评和运行监控记录不能修改。"
            />
            <SubmissionHistory view={data.review} />
          </div>
        </Card>
      )}
    </div>
  );
}
