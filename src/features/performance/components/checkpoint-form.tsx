"use client";
// 记录监控节点: the budget executed so far (元) and each indicator's progress; the warnings are worked out as the
// numbers are typed (the server decides again), and with a warning the reason and the corrective measure are asked for.
import { useState } from "react";
import { Hidden, TextareaField, TextField } from "@/components/form/fields";
import { ActionForm, useFieldError } from "@/components/form/action-form";
import { formatPercent, parseYuan, percentBasisPoints, type Fen } from "@/lib/money";
import { recordCheckpoint } from "../actions";
import { checkpointWarnings, progressFromActual } from "../curve";
import type { IndicatorOperator } from "../scoring";

export type CheckpointFormRow = {
  id: string;
  label: string;
  annualValue: string;
  operator: IndicatorOperator;
  target: string | null;
  /** Linked: the count, read live (not typed). */
  metricLabel: string | null;
  live: string | null;
  actualValue: string;
  progressPercent: string;
  note: string;
};

export type CheckpointFormProps = {
  checkpointId: string;
  version: number;
  seq: number;
  dueOn: string;
  expectedPercent: number;
  total: Fen;
  countedTo: string;
  spentAmount: string;
  deviationReason: string;
  correctiveMeasure: string;
  rows: CheckpointFormRow[];
};

const cell = "border-b border-slate-100 px-2 py-1.5 align-top";
const input = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500";

function RowError({ name }: { name: string }) {
  const error = useFieldError(name);
  return error ? <p className="mt-0.5 text-xs text-red-600" data-field-error={name}>{error}</p> : null;
}

function RowInput({ name, defaultValue, onChange, label, inputMode }: { name: string; defaultValue: string; onChange: (v: string) => void; label: string; inputMode?: "decimal" | "numeric" }) {
  const error = useFieldError(name);
  return (
    <>
      <input name={name} defaultValue={defaultValue} aria-label={label} aria-invalid={!!error} inputMode={inputMode} className={input} onChange={(e) => onChange(e.target.value)} />
      <RowError name={name} />
    </>
  );
}

export function CheckpointForm(p: CheckpointFormProps) {
  const [spent, setSpent] = useState(p.spentAmount);
  const [actuals, setActuals] = useState(() => Object.fromEntries(p.rows.map((r) => [r.id, r.metricLabel ? (r.live ?? "") : r.actualValue])));
  const [percents, setPercents] = useState(() => Object.fromEntries(p.rows.map((r) => [r.id, r.progressPercent])));

  const spentFen = parseYuan(spent);
  const progress = p.rows.flatMap((r) => {
    const typed = percents[r.id]?.trim();
    const value = typed ? Number(typed) : progressFromActual(r.operator, r.target, actuals[r.id] || null);
    return value === null || !Number.isFinite(value) ? [] : [value];
  });
  const warnings = spentFen === null ? [] : checkpointWarnings({ expectedPercent: p.expectedPercent, spent: spentFen, total: p.total, progress });
  const execution = spentFen === null ? null : percentBasisPoints(spentFen, p.total);

  return (
    <ActionForm action={recordCheckpoint} submitLabel={`记录第 ${p.seq} 个监控节点`}>
      <Hidden name="checkpointId" value={p.checkpointId} />
      <Hidden name="version" value={p.version} />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-3">
        <div onChange={(e) => { const t = e.target as HTMLInputElement; if (t.name === "spentAmount") setSpent(t.value); }}>
          <TextField name="spentAmount" label="累计执行金额（元）" required defaultValue={p.spentAmount}
            hint={`截至 ${p.dueOn} 的累计支出；序时进度 ${p.expectedPercent}%。`} />
        </div>
        <div className="text-sm md:col-span-2">
          <p className="mb-1 font-medium text-slate-700">预算执行进度</p>
          <p data-testid="execution-preview">{execution === null ? "—" : formatPercent(execution)}<span className="text-slate-500">（序时进度 {p.expectedPercent}%）</span></p>
          {warnings.length > 0 && (
            <ul role="note" className="mt-1 space-y-0.5 text-amber-800" data-testid="checkpoint-warnings">
              {warnings.map((w) => <li key={w.kind}>⚠ {w.message}</li>)}
            </ul>
          )}
        </div>
      </div>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" aria-label="指标完成进度">
          <thead className="bg-slate-50 text-xs text-slate-600">
            <tr>
              <th className={cell}>绩效指标</th>
              <th className={cell}>年度指标值</th>
              <th className={`${cell} w-40`}>实际完成值</th>
              <th className={`${cell} w-28`}>完成进度（%）</th>
              <th className={`${cell} w-64`}>说明</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r, i) => (
              <tr key={r.id}>
                <td className={cell}>
                  <Hidden name={`rows.${i}.indicatorId`} value={r.id} />
                  {r.label}
                </td>
                <td className={cell}>{r.annualValue}</td>
                <td className={cell}>
                  {r.metricLabel ? (
                    <span title={`平台统计：${r.metricLabel}，截至 ${p.countedTo}`}>
                      <span className="font-medium tabular-nums">{r.live ?? "暂无数据"}</span>
                      <span className="block text-xs text-slate-500">平台统计 · {r.metricLabel}</span>
                    </span>
                  ) : (
                    <RowInput name={`rows.${i}.actualValue`} label={`${r.label} 实际完成值`} defaultValue={r.actualValue} onChange={(v) => setActuals((a) => ({ ...a, [r.id]: v }))} />
                  )}
                </td>
                <td className={cell}>
                  <RowInput name={`rows.${i}.progressPercent`} label={`${r.label} 完成进度`} inputMode="numeric" defaultValue={r.progressPercent} onChange={(v) => setPercents((a) => ({ ...a, [r.id]: v }))} />
                  {!percents[r.id]?.trim() && progressFromActual(r.operator, r.target, actuals[r.id] || null) !== null && (
                    <span className="text-xs text-slate-500">按实际完成值：{progressFromActual(r.operator, r.target, actuals[r.id] || null)}%</span>
                  )}
                </td>
                <td className={cell}>
                  <RowInput name={`rows.${i}.note`} label={`${r.label} 说明`} defaultValue={r.note} onChange={() => undefined} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <TextareaField name="deviationReason" label="偏差原因" required={warnings.length > 0} defaultValue={p.deviationReason}
          hint="预算执行低于序时进度，或目标完成进度与预算执行进度相差超过 10 个百分点时必填。" />
        <TextareaField name="correctiveMeasure" label="纠偏措施" required={warnings.length > 0} defaultValue={p.correctiveMeasure} />
      </div>
    </ActionForm>
  );
}
