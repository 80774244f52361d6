"use client";
// 绩效运行监控与自评设置 (the bureau administrator): the checkpoints of the year with the budget execution expected by
// each, and the self-evaluation's points; "恢复默认" goes back to 25/40/60/80% and 10/50/30/10.
import { ActionForm, useFieldError } from "@/components/form/action-form";
import { Hidden, TextField } from "@/components/form/fields";
import { savePerformanceSettings } from "../actions";
import { MAX_CURVE_POINTS, type CurvePoint } from "../curve";
import type { CategoryWeights } from "../scoring";
import { WEIGHT_KEYS, WEIGHT_LABELS } from "../weights";

const input = "block w-24 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500";

function GroupError({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? <p role="alert" className="text-sm text-red-600" data-field-error={name}>{error}</p> : null;
}

function Cell({ name, defaultValue, label }: { name: string; defaultValue: string; label: string }) {
  const error = useFieldError(name);
  return (
    <td className="px-2 py-1">
      <input name={name} defaultValue={defaultValue} aria-label={label} aria-invalid={!!error} inputMode="numeric" className={input} />
      {error && <p className="mt-0.5 text-xs text-red-600" data-field-error={name}>{error}</p>}
    </td>
  );
}

export function PerformanceSettingsForm({ districtId, stamp, curve, weights }: { districtId: string; stamp: string; curve: CurvePoint[]; weights: CategoryWeights }) {
  const rows = Math.min(MAX_CURVE_POINTS, Math.max(6, curve.length + 2));
  return (
    <div className="space-y-6">
      <ActionForm action={savePerformanceSettings} submitLabel="保存设置">
        <Hidden name="districtId" value={districtId} />
        <Hidden name="previous" value={stamp} />
        <section className="space-y-2">
          <h3 className="font-medium text-slate-800">绩效运行监控节点</h3>
          <p className="text-xs text-slate-500">每个节点为当月月底，填写截至该节点预算执行应达到的进度。月份按先后填写，进度逐个递增（0–100）；空行不计。</p>
          <table className="text-sm" aria-label="监控节点">
            <thead><tr className="text-left text-xs text-slate-600"><th className="px-2 py-1">节点</th><th className="px-2 py-1">月份（月底）</th><th className="px-2 py-1">预算执行进度（%）</th></tr></thead>
            <tbody>
              {Array.from({ length: rows }, (_, i) => (
                <tr key={i}>
                  <td className="px-2 py-1 text-slate-500">{i + 1}</td>
                  <Cell name={`curve.${i}.month`} label={`第 ${i + 1} 个节点月份`} defaultValue={curve[i] ? String(curve[i].month) : ""} />
                  <Cell name={`curve.${i}.percent`} label={`第 ${i + 1} 个节点预算执行进度`} defaultValue={curve[i] ? String(curve[i].percent) : ""} />
                </tr>
              ))}
            </tbody>
          </table>
          <GroupError name="curve" />
        </section>
        <section className="space-y-2">
          <h3 className="font-medium text-slate-800">绩效自评分值</h3>
          <p className="text-xs text-slate-500">四项合计 100 分。各项内的指标按申报表中的分值计分；未填分值的指标平分该项剩余分值。</p>
          <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
            {WEIGHT_KEYS.map((k) => <TextField key={k} name={k} label={`${WEIGHT_LABELS[k]}（分）`} required defaultValue={String(weights[k])} />)}
          </div>
          <GroupError name="weights" />
        </section>
      </ActionForm>
      <ActionForm action={savePerformanceSettings} submitLabel="恢复默认设置">
        <Hidden name="districtId" value={districtId} />
        <Hidden name="previous" value={stamp} />
        <Hidden name="action" value="reset" />
        <p className="text-xs text-slate-500">默认：4、6、8、10 月底分别达到 25%、40%、60%、80%；预算执行 10 分、产出 50 分、效益 30 分、满意度 10 分。</p>
      </ActionForm>
    </div>
  );
}
