"use client";
// Inputs inside the report's tables: one cell (labelled for screen readers, its error under it) and the
// repeated rows of a section (项目团队、项目目标、项目活动 …) with 添加一行. Blank rows are not saved.
import { useState } from "react";
import { useFieldError, useFieldId } from "@/components/form/action-form";

const inputClass = "block w-full rounded border border-slate-300 bg-white px-2 py-1 text-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500";

export type CellValue = string | number | null | undefined;

export function CellInput({ name, label, defaultValue, multiline = false, options, align }: {
  name: string;
  label: string;
  defaultValue?: CellValue;
  multiline?: boolean;
  options?: { value: string; label: string }[];
  align?: "right";
}) {
  const error = useFieldError(name);
  const id = useFieldId(name);
  const common = { id, name, "aria-label": label, "aria-invalid": !!error, "aria-describedby": error ? `${id}-error` : undefined };
  const text = defaultValue === null || defaultValue === undefined ? "" : String(defaultValue);
  return (
    <div>
      {options ? (
        <select {...common} defaultValue={text} className={inputClass}>
          <option value="">—</option>
          {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : multiline ? (
        <textarea {...common} defaultValue={text} rows={2} className={inputClass} />
      ) : (
        <input {...common} defaultValue={text} className={`${inputClass} ${align === "right" ? "text-right tabular-nums" : ""}`} />
      )}
      {error && <p id={`${id}-error`} className="mt-0.5 text-xs text-red-600" data-field-error={name}>{error}</p>}
    </div>
  );
}

export type RowColumn = { key: string; label: string; width?: string; multiline?: boolean; options?: { value: string; label: string }[]; align?: "right" };

/** Repeated rows named `${name}.${i}.${key}`; starts with the saved rows plus one blank row. */
export function RowsEditor({ name, caption, columns, rows, max, minRows = 1, hint }: {
  name: string;
  caption: string;
  columns: RowColumn[];
  rows: Record<string, CellValue>[];
  max: number;
  minRows?: number;
  hint?: string;
}) {
  const [count, setCount] = useState(Math.min(max, Math.max(minRows, rows.length + 1)));
  const error = useFieldError(name);
  return (
    <div className="space-y-2" data-rows={name}>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" aria-label={caption}>
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th className="w-8 px-2 py-1.5 font-medium">#</th>
              {columns.map((c) => <th key={c.key} className="px-2 py-1.5 font-medium" style={c.width ? { width: c.width } : undefined}>{c.label}</th>)}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {Array.from({ length: count }, (_, i) => (
              <tr key={i}>
                <td className="px-2 py-1 text-slate-500">{i + 1}</td>
                {columns.map((c) => (
                  <td key={c.key} className="px-1 py-1 align-top">
                    <CellInput name={`${name}.${i}.${c.key}`} label={`${c.label}（第 ${i + 1} 行）`} defaultValue={rows[i]?.[c.key]} multiline={c.multiline} options={c.options} align={c.align} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {error && <p className="text-xs text-red-600" data-field-error={name}>{error}</p>}
      <div className="flex flex-wrap items-center gap-3 text-xs text-slate-500">
        {count < max && (
          <button type="button" className="rounded border border-slate-300 px-2 py-1 text-slate-700 hover:bg-slate-50" onClick={() => setCount((n) => Math.min(max, n + 1))}>
            添加一行
          </button>
        )}
        <span>{hint ?? "清空一行的全部内容即删除该行。"}（最多 {max} 行）</span>
      </div>
    </div>
  );
}

/** A narrative with a live character count against its limit (项目执行中的问题和建议 限300字). */
export function CountedTextarea({ name, label, defaultValue, max, required, hint }: { name: string; label: string; defaultValue?: string | null; max: number; required?: boolean; hint?: string }) {
  const error = useFieldError(name);
  const id = useFieldId(name);
  const [length, setLength] = useState([...(defaultValue ?? "")].length);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">
        {label}
        {required && <span className="ml-0.5 text-red-600">*</span>}
      </label>
      <textarea id={id} name={name} rows={5} defaultValue={defaultValue ?? ""} aria-invalid={!!error} aria-describedby={`${id}-count`}
        onInput={(e) => setLength([...e.currentTarget.value.trim()].length)}
        className="block w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm shadow-sm focus:border-brand-600 focus:outline-none focus:ring-1 focus:ring-brand-600 aria-[invalid=true]:border-red-500" />
      <p id={`${id}-count`} className={`mt-1 text-xs ${length > max ? "text-red-600" : "text-slate-500"}`} data-testid={`${name}-count`}>
        {hint ? `${hint} ` : ""}{length} / {max} 字
      </p>
      {error && <p className="mt-1 text-xs text-red-600" data-field-error={name}>{error}</p>}
    </div>
  );
}
