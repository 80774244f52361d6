// 绩效运行监控 tab of a declaration (bureau, street office and contractor alike): the checkpoints with the budget
// executed, progress and warnings; for the declaring unit the forms to open, record and link; for readers the same
// figures read-only.
import Link from "next/link";
import { Badge, Card, Multiline } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";
import { formatPercent, formatYuan, toDecimalString } from "@/lib/money";
import { declarationHref, type DeclarationArea } from "@/features/declarations/doc";
import { describeCurve } from "../curve";
import { CHECKPOINT_WARNING_LABELS, withUnit } from "../labels";
import { METRICS, isMetricKey } from "../metric-registry";
import type { CheckpointView, IndicatorView, MonitoringPageData } from "../queries";
import { CheckpointForm } from "./checkpoint-form";
import { MetricLinkForm, OpenMonitoringForm } from "./monitoring-forms";

const th = "border-b border-slate-200 px-2 py-1.5 text-left text-xs font-medium text-slate-600";
const td = "border-b border-slate-100 px-2 py-1.5 align-top";
const num = "text-right tabular-nums";

function Warnings({ c }: { c: CheckpointView }) {
  if (!c.recorded) return <span className="text-sm text-slate-400">{c.due ? "待记录" : "未到期"}</span>;
  if (c.warnings.length === 0) return <Badge tone="green">正常</Badge>;
  return (
    <span className="inline-flex flex-wrap gap-1">
      {c.warnings.map((w) => <Badge key={w.kind} tone="amber">{CHECKPOINT_WARNING_LABELS[w.kind]}</Badge>)}
    </span>
  );
}

function CheckpointTable({ data }: { data: MonitoringPageData }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm" aria-label="监控节点" data-testid="checkpoint-table">
        <thead>
          <tr>
            <th className={th}>节点</th><th className={th}>截止日期</th><th className={`${th} ${num}`}>序时进度</th><th className={`${th} ${num}`}>累计执行金额（元）</th>
            <th className={`${th} ${num}`}>预算执行进度</th><th className={`${th} ${num}`}>目标完成进度</th><th className={th}>预警</th><th className={th}>记录</th>
          </tr>
        </thead>
        <tbody>
          {data.checkpoints.map((c) => (
            <tr key={c.id} data-checkpoint={c.seq}>
              <td className={td}><a href={`#checkpoint-${c.seq}`} className="text-brand-700 hover:underline">第 {c.seq} 个</a></td>
              <td className={td}>{c.dueOn}</td>
              <td className={`${td} ${num}`}>{c.expectedPercent}%</td>
              <td className={`${td} ${num}`}>{c.spent === null ? "—" : formatYuan(c.spent)}</td>
              <td className={`${td} ${num}`}>{formatPercent(c.executionBp)}</td>
              <td className={`${td} ${num}`}>{formatPercent(c.progressBp)}</td>
              <td className={td}><Warnings c={c} /></td>
              <td className={`${td} text-xs text-slate-500`}>{c.recordedAt ? `${c.recordedBy ?? ""} ${formatDateTime(c.recordedAt)}` : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function actualOf(c: CheckpointView, i: IndicatorView): string {
  const saved = c.rows[i.id];
  if (saved) return withUnit(saved.actualValue, i.unit);
  return i.metricKey && !c.recorded ? withUnit(c.live[i.id] ?? null, i.unit) : "";
}

function CheckpointRead({ c, indicators }: { c: CheckpointView; indicators: IndicatorView[] }) {
  return (
    <div className="space-y-3">
      {c.warnings.length > 0 && (
        <div role="note" className="rounded border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <ul className="mb-2 space-y-0.5">{c.warnings.map((w) => <li key={w.kind}>⚠ {w.message}</li>)}</ul>
          <p><span className="font-medium">偏差原因：</span><Multiline value={c.deviationReason} /></p>
          <p><span className="font-medium">纠偏措施：</span><Multiline value={c.correctiveMeasure} /></p>
        </div>
      )}
      <div className="overflow-x-auto">
        <table className="min-w-full text-sm" aria-label={`第 ${c.seq} 个监控节点指标完成进度`}>
          <thead><tr><th className={th}>绩效指标</th><th className={th}>年度指标值</th><th className={th}>实际完成值</th><th className={`${th} ${num}`}>完成进度</th><th className={th}>说明</th></tr></thead>
          <tbody>
            {indicators.map((i) => {
              const saved = c.rows[i.id];
              return (
                <tr key={i.id}>
                  <td className={td}>{i.label}</td>
                  <td className={td}>{i.annualValue}</td>
                  <td className={td}>{actualOf(c, i)}{i.metricKey && <span className="ml-1 text-xs text-slate-500">（平台统计）</span>}</td>
                  <td className={`${td} ${num}`}>{saved?.progressPercent == null ? "—" : `${saved.progressPercent}%`}</td>
                  <td className={td}><Multiline value={saved?.note} /></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function LinkCard({ data }: { data: MonitoringPageData }) {
  const linked = data.indicators.filter((i) => i.metricKey).length;
  return (
    <details className="rounded-lg border border-slate-200 bg-white shadow-sm" data-testid="metric-links">
      <summary className="cursor-pointer px-4 py-3 font-semibold">
        关联平台统计<span className="ml-2 text-sm font-normal text-slate-500">（已关联 {linked} 项）</span>
      </summary>
      <div className="space-y-3 border-t border-slate-100 p-4">
        <p className="text-sm text-slate-600">
          关联后，该指标的实际完成值由平台按{data.scopeLabel}的记录自动统计（本年度 1 月 1 日起），不再手工填写。
          平台没有记录的事项（如培训人次、资金发放、民生实事项目）不能关联，请手工填写。
        </p>
        <div className="overflow-x-auto">
          <table className="min-w-full text-sm" aria-label="关联平台统计">
            <thead><tr><th className={th}>绩效指标</th><th className={th}>年度指标值</th><th className={th}>关联的平台统计</th><th className={`${th} ${num}`}>当前统计数</th></tr></thead>
            <tbody>
              {data.indicators.map((i) => (
                <tr key={i.id} data-indicator={i.id}>
                  <td className={td}>{i.label}</td>
                  <td className={td}>{i.annualValue}</td>
                  <td className={td}>
                    {data.canRecord ? <MetricLinkForm indicatorId={i.id} metricKey={i.metricKey} /> : (i.metricLabel ?? <span className="text-slate-400">手工填写</span>)}
                    {i.metricKey && isMetricKey(i.metricKey) && <p className="mt-1 text-xs text-slate-500">{METRICS[i.metricKey].source}</p>}
                  </td>
                  <td className={`${td} ${num}`}>{i.metricKey ? withUnit(data.liveNow[i.id] ?? "暂无数据", i.unit) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </details>
  );
}

/** The checkpoint shown open: for the declaring unit the first one due and not recorded; else the last recorded, else the first. */
function currentCheckpoint(checkpoints: CheckpointView[], recording: boolean): number {
  const pending = recording ? checkpoints.find((c) => c.due && !c.recorded) : undefined;
  if (pending) return pending.seq;
  const recorded = checkpoints.filter((c) => c.recorded);
  return recorded.length ? recorded[recorded.length - 1].seq : (checkpoints[0]?.seq ?? 0);
}

function CheckpointSection({ c, data, open }: { c: CheckpointView; data: MonitoringPageData; open: boolean }) {
  return (
    <details open={open} className="group rounded-lg border border-slate-200 bg-white shadow-sm" data-checkpoint-card={c.seq}>
      <summary className="flex cursor-pointer flex-wrap items-center gap-2 px-4 py-3 font-semibold" id={`checkpoint-${c.seq}`}>
        <span aria-hidden className="text-slate-400 transition-transform group-open:rotate-90">▸</span>
        第 {c.seq} 个监控节点 · 截至 {c.dueOn}（序时进度 {c.expectedPercent}%）
        <span className="font-normal"><Warnings c={c} /></span>
      </summary>
      <div className="border-t border-slate-100 p-4">
        {data.canRecord ? (
          <CheckpointForm
            key={`${c.id}-${c.version}`}
            checkpointId={c.id} version={c.version} seq={c.seq} dueOn={c.dueOn} expectedPercent={c.expectedPercent} total={data.total} countedTo={c.countedTo}
            spentAmount={c.spent === null ? "" : toDecimalString(c.spent)} deviationReason={c.deviationReason ?? ""} correctiveMeasure={c.correctiveMeasure ?? ""}
            rows={data.indicators.map((i) => ({
              id: i.id, label: i.label, annualValue: i.annualValue, operator: i.operator, target: i.target, metricLabel: i.metricLabel,
              live: c.live[i.id] ?? null, actualValue: c.rows[i.id]?.actualValue ?? "",
              progressPercent: c.rows[i.id]?.progressPercent == null ? "" : String(c.rows[i.id].progressPercent), note: c.rows[i.id]?.note ?? "",
            }))}
          />
        ) : c.recorded ? <CheckpointRead c={c} indicators={data.indicators} /> : (
          <p className="text-sm text-slate-500">{c.due ? "申报单位尚未记录本节点。" : "本节点未到期。"}</p>
        )}
      </div>
    </details>
  );
}

export function MonitoringView({ data, area }: { data: MonitoringPageData; area: DeclarationArea }) {
  if (!data.accepted) {
    return (
      <Card title="绩效运行监控">
        <p className="text-sm text-slate-600">申报表审核通过后开启绩效运行监控。</p>
      </Card>
    );
  }
  const current = currentCheckpoint(data.checkpoints, data.canRecord);
  return (
    <div className="space-y-4" data-testid="monitoring">
      <Card
        title="绩效运行监控"
        actions={<Link href={declarationHref(area, data.header.id, "evaluation")} className="text-sm text-brand-700 hover:underline">绩效自评 →</Link>}
      >
        <div className="space-y-3">
          <p className="text-sm text-slate-700">
            {data.year} 年度资金总额 <span className="font-medium tabular-nums">{formatYuan(data.total)}</span> 元。
            预算执行低于序时进度，或目标完成进度与预算执行进度相差超过 10 个百分点时预警，并须说明偏差原因和纠偏措施。
          </p>
          {data.closed && <p role="note" className="rounded border border-slate-200 bg-slate-50 p-2 text-sm text-slate-700">{data.closed}。</p>}
          {data.opened ? <CheckpointTable data={data} /> : data.canRecord ? (
            <OpenMonitoringForm declarationId={data.header.id} curveText={describeCurve(data.curve)} />
          ) : (
            <p className="text-sm text-slate-500">申报单位尚未开启绩效运行监控。</p>
          )}
        </div>
      </Card>
      {data.checkpoints.map((c) => <CheckpointSection key={c.id} c={c} data={data} open={c.seq === current} />)}
      {data.indicators.length > 0 && <LinkCard data={data} />}
    </div>
  );
}
