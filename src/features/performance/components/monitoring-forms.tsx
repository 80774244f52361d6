"use client";
// The small forms of the monitoring tab: 开启绩效运行监控, 关联 / 取消关联平台统计, 开始绩效自评.
import { ActionForm } from "@/components/form/action-form";
import { Hidden, SelectField } from "@/components/form/fields";
import { linkMetric, openEvaluation, openMonitoring, unlinkMetric } from "../actions";
import { METRIC_OPTIONS } from "../metric-registry";

export function OpenMonitoringForm({ declarationId, curveText }: { declarationId: string; curveText: string }) {
  return (
    <ActionForm action={openMonitoring} submitLabel="开启绩效运行监控">
      <Hidden name="declarationId" value={declarationId} />
      <p className="text-sm text-slate-700">按本区监控节点生成本年度的监控节点：{curveText}。</p>
    </ActionForm>
  );
}

export function OpenEvaluationForm({ declarationId }: { declarationId: string }) {
  return (
    <ActionForm action={openEvaluation} submitLabel="开始绩效自评">
      <Hidden name="declarationId" value={declarationId} />
      <p className="text-sm text-slate-700">实际完成值取自最近一次记录的监控节点，关联平台统计的指标取平台统计数；自评分值按本区当前设置。</p>
    </ActionForm>
  );
}

export function MetricLinkForm({ indicatorId, metricKey }: { indicatorId: string; metricKey: string | null }) {
  return (
    <div className="flex flex-wrap items-end gap-2">
      <ActionForm action={linkMetric} submitLabel={metricKey ? "更改关联" : "关联"} className="flex flex-wrap items-end gap-2">
        <Hidden name="indicatorId" value={indicatorId} />
        <SelectField name="metricKey" label="平台统计" defaultValue={metricKey} options={METRIC_OPTIONS} placeholder="选择平台统计项" className="min-w-56" />
      </ActionForm>
      {metricKey && (
        <ActionForm action={unlinkMetric} submitLabel="取消关联" className="flex items-end">
          <Hidden name="indicatorId" value={indicatorId} />
        </ActionForm>
      )}
    </div>
  );
}
