"use client";
// 绩效自评 as the declaring unit fills it in: the year's spending, each indicator's 实际完成值 (a qualitative one by
// its band and the percentage within it), the reasons; saved as a draft, then submitted (./evaluation-view.tsx).
import { useState } from "react";
import { ActionForm, useFieldError } from "@/components/form/action-form";
import { Hidden, TextareaField, TextField } from "@/components/form/fields";
import { QUALITATIVE_BAND_LABELS } from "@/lib/labels";
import { formatPercent, parseYuan, percentBasisPoints, type Fen } from "@/lib/money";
import { saveEvaluation } from "../actions";
import type { IndicatorOperator, QualitativeBand } from "../scoring";
import { executionBelow90 } from "../weights";

export type EvaluationFormRow = {
  id: string;
  label: string;
  annualValue: string;
  operator: IndicatorOperator;
  unit: string | null;
  metricLabel: string | null;
  actualValue: string;
  band: QualitativeBand | "";
  bandPercent: string;
  note: string;
  scoredWeight: string;
  /** The saved state's score, "12.50". */
  score: string;
  problem: string | null;
};

const cell = "border-b border-slate-100 px-2 py-1.5 align-top";
const input = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500";

function Err({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? <p className="mt-0.5 text-xs text-red-600" data-field-error={name}>{error}</p> : null;
}

function Input({ name, defaultValue, label, inputMode, placeholder }: { name: string; defaultValue: string; label: string; inputMode?: "numeric"; placeholder?: string }) {
  const error = useFieldError(name);
  return (
    <>
      <input name={name} defaultValue={defaultValue} aria-label={label} aria-invalid={!!error} inputMode={inputMode} placeholder={placeholder} className={input} />
      <Err name={name} />
    </>
  );
}

function BandSelect({ name, defaultValue, label }: { name: string; defaultValue: string; label: string }) {
  const error = useFieldError(name);
  return (
    <>
      <select name={name} defaultValue={defaultValue} aria-label={label} aria-invalid={!!error} className={input}>
        <option value="">评价档次</option>
        {(Object.keys(QUALITATIVE_BAND_LABELS) as QualitativeBand[]).map((b) => <option key={b} value={b}>{QUALITATIVE_BAND_LABELS[b]}</option>)}
      </select>
      <Err name={name} />
    </>
  );
}

export function EvaluationForm(p: {
  evaluationId: string; version: number; total: Fen; spentAmount: string; executionExplanation: string; problems: string; improvements: string; countedTo: string;
  rows: EvaluationFormRow[];
}) {
  const [spent, setSpent] = useState(p.spentAmount);
  const spentFen = parseYuan(spent);
  const rate = spentFen === null ? null : percentBasisPoints(spentFen, p.total);
  const below = executionBelow90(spentFen, p.total);
  return (
    <ActionForm action={saveEvaluation} submitLabel="保存绩效自评">
      <Hidden name="evaluationId" value={p.evaluationId} />
      <Hidden name="version" value={p.version} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div onChange={(e) => { const t = e.target as HTMLInputElement; if (t.name === "spentAmount") setSpent(t.value); }}>
          <TextField name="spentAmount" label="全年执行数（元）" defaultValue={p.spentAmount} hint="提交时必填。" />
        </div>
        <div className="text-sm">
          <p className="mb-1 font-medium text-slate-700">预算执行率</p>
          <p data-testid="execution-rate">{formatPercent(rate)}</p>
          {below && <p role="note" className="mt-1 text-amber-800">执行率低于 90%，提交时须填写说明。</p>}
        </div>
      </div>
      <TextareaField name="executionExplanation" label="执行率低于 90% 的说明" required={below} defaultValue={p.executionExplanation} />
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" aria-label="绩效指标自评">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th className={cell}>绩效指标</th><th className={cell}>年度指标值</th><th className={`${cell} w-56`}>实际完成值</th>
              <th className={`${cell} w-16 text-right`}>分值</th><th className={`${cell} w-16 text-right`}>得分</th><th className={`${cell} w-64`}>偏差原因分析</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r, i) => (
              <tr key={r.id}>
                <td className={cell}><Hidden name={`rows.${i}.indicatorId`} value={r.id} />{r.label}</td>
                <td className={cell}>{r.annualValue}</td>
                <td className={cell}>
                  {r.metricLabel ? (
                    <span>
                      <span className="font-medium tabular-nums">{r.actualValue || "暂无数据"}</span>
                      <span className="block text-xs text-slate-500">平台统计 · {r.metricLabel}（截至 {p.countedTo}）</span>
                    </span>
                  ) : r.operator === "QUALITATIVE" ? (
                    <div className="space-y-1">
                      <BandSelect name={`rows.${i}.band`} label={`${r.label} 评价档次`} defaultValue={r.band} />
                      <Input name={`rows.${i}.bandPercent`} label={`${r.label} 评价比例（%）`} inputMode="numeric" defaultValue={r.bandPercent} placeholder="评价比例（%）" />
                      <Input name={`rows.${i}.actualValue`} label={`${r.label} 完成情况`} defaultValue={r.actualValue} placeholder="完成情况（选填）" />
                    </div>
                  ) : (
                    <Input name={`rows.${i}.actualValue`} label={`${r.label} 实际完成值`} defaultValue={r.actualValue} />
                  )}
                  {r.metricLabel && r.operator === "QUALITATIVE" && (
                    <div className="mt-1 space-y-1">
                      <BandSelect name={`rows.${i}.band`} label={`${r.label} 评价档次`} defaultValue={r.band} />
                      <Input name={`rows.${i}.bandPercent`} label={`${r.label} 评价比例（%）`} inputMode="numeric" defaultValue={r.bandPercent} placeholder="评价比例（%）" />
                    </div>
                  )}
                </td>
                <td className={`${cell} text-right tabular-nums`}>{r.scoredWeight}</td>
                <td className={`${cell} text-right tabular-nums`}>
                  {r.score}
                  {r.problem && <span className="block text-xs text-amber-700">{r.problem}</span>}
                </td>
                <td className={cell}><Input name={`rows.${i}.note`} label={`${r.label} 偏差原因分析`} defaultValue={r.note} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-xs text-slate-500">得分按已保存的内容计算；定性指标按评价档次（达成 100%–80%、基本达成 80%–50%、未达成 50%–0%）和评价比例计分。</p>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextareaField name="problems" label="存在的问题及原因" defaultValue={p.problems} rows={4} />
        <TextareaField name="improvements" label="下一步改进措施" defaultValue={p.improvements} rows={4} />
      </div>
    </ActionForm>
  );
}
