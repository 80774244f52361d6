// 执行监控总览: the accepted declarations of a year at a glance — declaring unit, project, budget, the latest
// recorded checkpoint, budget execution against the curve, the warnings (执行滞后 / 进度偏离, and whether the reason
// was given), and the self-evaluation's status and grade — each linking to its monitoring or evaluation tab.
import Link from "next/link";
import { Badge, Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatDateTime } from "@/lib/dates";
import { SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { formatPercent, formatYuan } from "@/lib/money";
import { declarationHref, type DeclarationArea } from "@/features/declarations/doc";
import { CHECKPOINT_WARNING_LABELS } from "../labels";
import type { MonitoringOverviewRow } from "../overview";
import { formatPoints, GRADE_LABELS, type Grade } from "../scoring";

const th = "border-b border-slate-200 px-2 py-1.5 text-left text-xs font-medium text-slate-600";
const td = "border-b border-slate-100 px-2 py-1.5 align-top";
const num = "text-right tabular-nums";

const GRADE_TONE: Record<Grade, "green" | "blue" | "amber" | "red"> = { EXCELLENT: "green", GOOD: "blue", FAIR: "amber", POOR: "red" };

/** The years to choose from: next year back to 2018, and the chosen one. */
function yearOptions(selected: number, current: number): number[] {
  const years = new Set<number>([selected]);
  for (let y = current + 1; y >= 2018; y--) years.add(y);
  return [...years].sort((a, b) => b - a);
}

const flagged = (r: MonitoringOverviewRow) => r.lags || r.diverges;

function Checkpoint({ r }: { r: MonitoringOverviewRow }) {
  const pending = r.pendingDue > 0 && <span className="block text-xs text-amber-700">{r.pendingDue} 个到期节点待记录</span>;
  if (!r.opened) return <span className="text-slate-400">未开启监控</span>;
  if (!r.latest) return <><span className="text-slate-400">尚未记录</span>{pending}</>;
  return (
    <>
      <span className="whitespace-nowrap">第 {r.latest.seq} 个 · {r.latest.dueOn}</span>
      <span className="block text-xs text-slate-500">已记录 {r.recordedCount}/{r.checkpointCount}</span>
      {pending}
    </>
  );
}

function Execution({ r }: { r: MonitoringOverviewRow }) {
  if (!r.latest) return <span className="text-slate-400">—</span>;
  const l = r.latest;
  return (
    <>
      <span className={cn("whitespace-nowrap", r.lags && "font-medium text-red-700")}>{formatPercent(l.executionBp)}</span>
      <span className="text-slate-500"> / {l.expectedPercent}%</span>
      <span className="block text-xs text-slate-500">已执行 {l.spent === null ? "—" : formatYuan(l.spent)} 元</span>
      {l.progressBp !== null && <span className="block text-xs text-slate-500">目标完成 {formatPercent(l.progressBp)}</span>}
    </>
  );
}

function Warnings({ r }: { r: MonitoringOverviewRow }) {
  if (!r.latest) return <span className="text-slate-400">—</span>;
  if (r.latest.warnings.length === 0) return <Badge tone="green">正常</Badge>;
  return (
    <span className="inline-flex flex-wrap gap-1" title={r.latest.warnings.map((w) => w.message).join("；")}>
      {r.latest.warnings.map((w) => (
        <span key={w.kind} data-warning={w.kind}><Badge tone={w.kind === "LAG" ? "red" : "amber"}>{CHECKPOINT_WARNING_LABELS[w.kind]}</Badge></span>
      ))}
      {r.explained
        ? <span title={[`偏差原因：${r.latest.deviationReason ?? ""}`, r.latest.correctiveMeasure ? `纠偏措施：${r.latest.correctiveMeasure}` : ""].filter(Boolean).join("\n")}><Badge tone="slate">已说明原因</Badge></span>
        : <span className="text-xs text-red-700">未说明原因</span>}
    </span>
  );
}

function Evaluation({ r, area }: { r: MonitoringOverviewRow; area: DeclarationArea }) {
  const href = declarationHref(area, r.id, "evaluation");
  const ev = r.evaluation;
  if (!ev) return <Link href={href} className="text-slate-500 hover:underline">未开始</Link>;
  return (
    <Link href={href} className="inline-flex flex-wrap items-center gap-1 hover:underline">
      <span className={ev.submitted ? "text-slate-800" : "text-slate-500"}>{SUBMISSION_STATUS_LABELS[ev.status]}</span>
      {ev.submitted && ev.totalScore !== null && <span className="tabular-nums">{formatPoints(ev.totalScore)} 分</span>}
      {ev.grade && <Badge tone={GRADE_TONE[ev.grade]}>{GRADE_LABELS[ev.grade]}</Badge>}
    </Link>
  );
}

export function MonitoringOverview({ rows, year, currentYear, area, onlyFlagged, generatedAt }: {
  rows: MonitoringOverviewRow[]; year: number; currentYear: number; area: DeclarationArea; onlyFlagged: boolean; generatedAt: Date;
}) {
  const base = `${declarationHref(area)}/monitoring`;
  const shown = onlyFlagged ? rows.filter(flagged) : rows;
  const counts = [
    { key: "all", label: "已通过的申报表", value: rows.length, tone: "text-slate-800" },
    { key: "lag", label: "执行滞后", value: rows.filter((r) => r.lags).length, tone: "text-red-700" },
    { key: "divergence", label: "进度偏离", value: rows.filter((r) => r.diverges).length, tone: "text-amber-800" },
    { key: "pending", label: "有到期节点待记录", value: rows.filter((r) => r.pendingDue > 0).length, tone: "text-amber-800" },
    { key: "unopened", label: "未开启监控", value: rows.filter((r) => !r.opened).length, tone: "text-slate-600" },
    { key: "evaluating", label: "绩效自评待审核", value: rows.filter((r) => r.evaluation?.status === "SUBMITTED").length, tone: "text-slate-800" },
    { key: "evaluated", label: "绩效自评已通过", value: rows.filter((r) => r.evaluation?.status === "ACCEPTED").length, tone: "text-green-700" },
  ];
  return (
    <div className="space-y-4" data-testid="monitoring-overview">
      <form method="get" action={base} className="flex flex-wrap items-center gap-3">
        <select name="year" defaultValue={String(year)} aria-label="年度" className="rounded-md border border-slate-300 px-2 py-1.5">
          {yearOptions(year, currentYear).map((y) => <option key={y} value={y}>{y} 年度</option>)}
        </select>
        <label className="inline-flex items-center gap-1.5 text-sm">
          <input type="checkbox" name="only" value="flagged" defaultChecked={onlyFlagged} />只看有预警的
        </label>
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">查看</button>
      </form>

      <ul aria-label="汇总" className="flex flex-wrap gap-2 text-sm">
        {counts.map((c) => (
          <li key={c.key} data-count={c.key} className="rounded border border-slate-200 bg-white px-3 py-1.5">
            {c.label} <span className={cn("font-semibold tabular-nums", c.tone)}>{c.value}</span>
          </li>
        ))}
      </ul>

      <Card title={`${year} 年度绩效运行监控`}>
        {shown.length === 0 ? (
          <p className="py-6 text-center text-slate-400">{onlyFlagged && rows.length ? `${year} 年度没有预警的申报表` : `${year} 年度没有审核通过的绩效目标申报表`}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full text-sm" aria-label="执行监控总览">
              <thead>
                <tr>
                  <th className={th}>申报单位</th>
                  <th className={th}>项目名称</th>
                  <th className={`${th} ${num}`}>年度预算（元）</th>
                  <th className={th}>最近监控节点</th>
                  <th className={th}>执行进度 / 序时进度</th>
                  <th className={th}>预警</th>
                  <th className={th}>绩效自评</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.id} data-declaration={r.id} data-flagged={flagged(r) ? "true" : undefined} className={cn(r.lags && "bg-red-50/40")}>
                    <td className={td}>{r.unit}</td>
                    <td className={td}>
                      <div className={r.nested && !onlyFlagged ? "pl-4" : undefined}>
                        {r.nested && !onlyFlagged && <span className="mr-1 text-slate-400" aria-hidden>└</span>}
                        <Link className="text-brand-700 hover:underline" href={declarationHref(area, r.id, "monitoring")}>{r.name}</Link>
                        {r.parent && (!r.nested || onlyFlagged) && <span className="ml-1 text-xs text-slate-500">（属于：{r.parent.name}）</span>}
                      </div>
                    </td>
                    <td className={`${td} ${num}`}>{formatYuan(r.total)}</td>
                    <td className={td}><Checkpoint r={r} /></td>
                    <td className={td}><Execution r={r} /></td>
                    <td className={td}><Warnings r={r} /></td>
                    <td className={td}><Evaluation r={r} area={area} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <p className="mt-3 text-xs text-slate-500">
          执行进度为最近一个已记录节点的累计执行金额占年度预算的比例，序时进度为该节点的计划执行进度；预算执行低于序时进度为「执行滞后」，
          目标完成进度与预算执行进度相差超过 10 个百分点为「进度偏离」。统计时间 {formatDateTime(generatedAt)}。
        </p>
      </Card>
    </div>
  );
}
