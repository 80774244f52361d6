"use client";
// 绩效指标 of a declaration as a three-level table: rows grouped by 一级指标 (产出 / 效益 / 满意度) and 二级指标
// (数量 / 质量 / 时效 / 成本 / 社会效益 / 可持续影响 / 服务对象满意度 …), each row a named 三级指标 with its 指标性质,
// 指标值, 中期指标值, 度量单位 and 分值, and on demand its 指标属性, 评（扣）分标准, 指标内容 and 设定依据及数据来源.
// A quantitative 指标性质 whose value has no number is flagged on the cell as it is typed.
import { memo, useCallback, useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import type { IndicatorDimension, IndicatorKind, IndicatorOperator } from "@/generated/prisma/enums";
import { cn } from "@/lib/cn";
import { INDICATOR_DIMENSION_LABELS, INDICATOR_KIND_LABELS, INDICATOR_OPERATOR_LABELS } from "@/lib/labels";
import type { IndicatorDoc } from "../doc";
import { readIndicatorValue } from "../values";
import { cellClass, ErrorText, FindingNotes, ReviewNotes, type EditorComment } from "./editor-parts";
import {
  addIndicator, addIndicatorOf, canMoveIndicator, DEFAULT_DIMENSION, DIMENSIONS_BY_KIND, groupsAreSplit, indicatorGroups, indicatorValueProblem,
  INDICATOR_CELL_LABELS, KIND_ORDER, moveIndicator, nextKey, operatorHint, regroup, removeIndicator, setIndicatorDimension, setIndicatorKind,
  updateIndicator, weightProblem, weightTotal, type EditorIndicator, type EditorState,
} from "./editor-state";
import type { DeclarationFinding } from "../checks";

type Update = (change: (state: EditorState) => EditorState) => void;
type Cell = keyof Omit<IndicatorDoc, "id">;

const COLUMNS = 10;
const DETAIL_CELLS = ["attribute", "scoringRule", "content", "basis"] as const;
const OPERATORS = Object.keys(INDICATOR_OPERATOR_LABELS) as IndicatorOperator[];
const NO_COMMENTS: EditorComment[] = [];

/** Element id of one indicator cell (the error summary links to it). */
export const indicatorCellId = (prefix: string, key: string, cell: string) => `${prefix}-ind-${key}-${cell}`;

/** Accessible name of a cell: 「第3行 指标值」. */
const cellName = (n: number, cell: Cell | "level1Text" | "level2Text") =>
  cell === "level1Text" ? `第${n}行 表中写法（一级）` : cell === "level2Text" ? `第${n}行 表中写法（二级）` : `第${n}行 ${cell === "annualValue" ? "指标值" : INDICATOR_CELL_LABELS[cell]}`;

function dimensionOptions(kind: IndicatorKind, current: IndicatorDimension | null): IndicatorDimension[] {
  const list = DIMENSIONS_BY_KIND[kind];
  return current && !list.includes(current) ? [...list, current] : list;
}

type RowProps = {
  row: EditorIndicator;
  index: number;
  prefix: string;
  canUp: boolean;
  canDown: boolean;
  errors: Record<string, string> | undefined;
  comments: readonly EditorComment[];
  update: Update;
  requestFocus: (id: string) => void;
  nameRequired: boolean;
};

const IndicatorRow = memo(function IndicatorRow({ row, index, prefix, canUp, canDown, errors, comments, update, requestFocus, nameRequired }: RowProps) {
  const n = index + 1;
  const id = (cell: string) => indicatorCellId(prefix, row.key, cell);
  const hasDetailError = DETAIL_CELLS.some((c) => errors?.[c]);
  const [open, setOpen] = useState<boolean | null>(null);
  const showDetail = open ?? hasDetailError;
  const filledDetail = DETAIL_CELLS.filter((c) => !!row[c]?.trim()).length;
  const valueProblem = indicatorValueProblem(row);
  const hint = operatorHint(row);
  const weightIssue = weightProblem(row);
  const set = (patch: Partial<Omit<IndicatorDoc, "id" | "kind" | "dimension">>) => update((s) => updateIndicator(s, index, patch));
  const err = (cell: string, live?: string | null) => {
    const message = errors?.[cell] ?? live ?? null;
    return { invalid: !!message, describedBy: message ? `${id(cell)}-error` : undefined, message };
  };
  const e = {
    kind: err("kind"), level1Label: err("level1Label"), dimension: err("dimension"), level2Label: err("level2Label"), name: err("name"),
    operator: err("operator"), annualValue: err("annualValue", valueProblem), mediumValue: err("mediumValue"), unit: err("unit"),
    weight: err("weight", weightIssue),
  };
  const read = hint ? readIndicatorValue(row.annualValue) : null;
  const other = Object.entries(errors ?? {}).filter(([c]) => !(c in e) && !(DETAIL_CELLS as readonly string[]).includes(c));

  return (
    <>
      <tr className="align-top" data-indicator-row={n} data-indicator-id={row.id ?? ""}>
        <td className="p-1 text-center text-xs text-slate-500">{n}</td>
        <td className="p-1">
          <select id={id("kind")} aria-label={cellName(n, "kind")} value={row.kind} aria-invalid={e.kind.invalid} aria-describedby={e.kind.describedBy} className={cn(cellClass, "min-w-28")}
            onChange={(ev) => {
              requestFocus(id("kind"));
              update((s) => setIndicatorKind(s, index, ev.target.value as IndicatorKind));
            }}>
            {KIND_ORDER.map((k) => <option key={k} value={k}>{INDICATOR_KIND_LABELS[k]}</option>)}
          </select>
          <input id={id("level1Label")} aria-label={cellName(n, "level1Text")} value={row.level1Label} placeholder="表中写法" aria-invalid={e.level1Label.invalid} aria-describedby={e.level1Label.describedBy}
            className={cn(cellClass, "mt-1 text-xs")} onChange={(ev) => set({ level1Label: ev.target.value })} />
          <ErrorText id={`${id("kind")}-error`} path={`doc.indicators.${index}.kind`} message={e.kind.message} />
          <ErrorText id={`${id("level1Label")}-error`} path={`doc.indicators.${index}.level1Label`} message={e.level1Label.message} />
        </td>
        <td className="p-1">
          <select id={id("dimension")} aria-label={cellName(n, "dimension")} value={row.dimension ?? ""} aria-invalid={e.dimension.invalid} aria-describedby={e.dimension.describedBy} className={cn(cellClass, "min-w-32")}
            onChange={(ev) => {
              requestFocus(id("dimension"));
              update((s) => setIndicatorDimension(s, index, (ev.target.value || null) as IndicatorDimension | null));
            }}>
            <option value="">（未分类）</option>
            {dimensionOptions(row.kind, row.dimension).map((d) => <option key={d} value={d}>{INDICATOR_DIMENSION_LABELS[d]}</option>)}
          </select>
          <input id={id("level2Label")} aria-label={cellName(n, "level2Text")} value={row.level2Label} placeholder="表中写法" aria-invalid={e.level2Label.invalid} aria-describedby={e.level2Label.describedBy}
            className={cn(cellClass, "mt-1 text-xs")} onChange={(ev) => set({ level2Label: ev.target.value })} />
          <ErrorText id={`${id("dimension")}-error`} path={`doc.indicators.${index}.dimension`} message={e.dimension.message} />
          <ErrorText id={`${id("level2Label")}-error`} path={`doc.indicators.${index}.level2Label`} message={e.level2Label.message} />
        </td>
        <td className="p-1">
          <textarea id={id("name")} aria-label={cellName(n, "name")} rows={2} value={row.name} aria-invalid={e.name.invalid} aria-describedby={e.name.describedBy}
            placeholder={nameRequired ? "如：建设社会工作站" : "（部门整体表可不填）"} className={cn(cellClass, "min-w-48")} onChange={(ev) => set({ name: ev.target.value })} />
          <ErrorText id={`${id("name")}-error`} path={`doc.indicators.${index}.name`} message={e.name.message} />
        </td>
        <td className="p-1">
          <select id={id("operator")} aria-label={cellName(n, "operator")} value={row.operator} aria-invalid={e.operator.invalid} aria-describedby={e.operator.describedBy} className={cn(cellClass, "min-w-16")}
            onChange={(ev) => set({ operator: ev.target.value as IndicatorOperator })}>
            {OPERATORS.map((o) => <option key={o} value={o}>{INDICATOR_OPERATOR_LABELS[o]}</option>)}
          </select>
          <ErrorText id={`${id("operator")}-error`} path={`doc.indicators.${index}.operator`} message={e.operator.message} />
        </td>
        <td className="p-1">
          <textarea id={id("annualValue")} aria-label={cellName(n, "annualValue")} rows={2} value={row.annualValue} aria-invalid={e.annualValue.invalid} aria-describedby={e.annualValue.describedBy}
            placeholder="如：58、≥95%、170元" className={cn(cellClass, "min-w-36")} onChange={(ev) => set({ annualValue: ev.target.value })} />
          <ErrorText id={`${id("annualValue")}-error`} path={`doc.indicators.${index}.annualValue`} message={e.annualValue.message} />
          {hint && read && (
            <p className="mt-1 text-xs text-amber-700" data-operator-hint>
              {hint}
              <button type="button" className="ml-1 underline" onClick={() => set({ operator: read.operator })}>改为「{INDICATOR_OPERATOR_LABELS[read.operator]}」</button>
            </p>
          )}
        </td>
        <td className="p-1">
          <textarea id={id("mediumValue")} aria-label={cellName(n, "mediumValue")} rows={2} value={row.mediumValue ?? ""} aria-invalid={e.mediumValue.invalid} aria-describedby={e.mediumValue.describedBy}
            className={cn(cellClass, "min-w-28")} onChange={(ev) => set({ mediumValue: ev.target.value })} />
          <ErrorText id={`${id("mediumValue")}-error`} path={`doc.indicators.${index}.mediumValue`} message={e.mediumValue.message} />
        </td>
        <td className="p-1">
          <input id={id("unit")} aria-label={cellName(n, "unit")} value={row.unit ?? ""} aria-invalid={e.unit.invalid} aria-describedby={e.unit.describedBy}
            className={cn(cellClass, "w-16")} onChange={(ev) => set({ unit: ev.target.value })} />
          <ErrorText id={`${id("unit")}-error`} path={`doc.indicators.${index}.unit`} message={e.unit.message} />
        </td>
        <td className="p-1">
          <input id={id("weight")} aria-label={cellName(n, "weight")} inputMode="decimal" value={row.weight ?? ""} aria-invalid={e.weight.invalid} aria-describedby={e.weight.describedBy}
            className={cn(cellClass, "w-16 text-right")} onChange={(ev) => set({ weight: ev.target.value })} />
          <ErrorText id={`${id("weight")}-error`} path={`doc.indicators.${index}.weight`} message={e.weight.message} />
        </td>
        <td className="p-1">
          <div className="flex flex-wrap gap-1">
            <Button type="button" variant="ghost" className="px-1.5 py-0.5 text-xs" aria-label={`第${n}行 上移`} disabled={!canUp} onClick={() => update((s) => moveIndicator(s, index, -1))}>上移</Button>
            <Button type="button" variant="ghost" className="px-1.5 py-0.5 text-xs" aria-label={`第${n}行 下移`} disabled={!canDown} onClick={() => update((s) => moveIndicator(s, index, 1))}>下移</Button>
            <Button type="button" variant="ghost" className="px-1.5 py-0.5 text-xs" aria-label={`第${n}行 详细`} aria-expanded={showDetail} aria-controls={showDetail ? id("detail") : undefined}
              onClick={() => setOpen(!showDetail)}>
              详细{filledDetail > 0 ? `（${filledDetail}）` : ""}
            </Button>
            <Button type="button" variant="ghost" className="px-1.5 py-0.5 text-xs text-red-700" aria-label={`删除第${n}行指标`} onClick={() => update((s) => removeIndicator(s, index))}>删除</Button>
          </div>
        </td>
      </tr>
      <tr>
        <td colSpan={COLUMNS} className={cn("px-1", showDetail || other.length || comments.length ? "pb-2" : "p-0")}>
          {showDetail && (
            <div id={id("detail")} className="grid gap-2 rounded-md bg-slate-50 p-2 md:grid-cols-2">
              {DETAIL_CELLS.map((c) => {
                const d = err(c);
                return (
                  <div key={c} className={c === "attribute" ? "" : "md:col-span-1"}>
                    <label htmlFor={id(c)} className="mb-0.5 block text-xs font-medium text-slate-600">{cellName(n, c)}</label>
                    {c === "attribute" ? (
                      <input id={id(c)} value={row[c] ?? ""} aria-invalid={d.invalid} aria-describedby={d.describedBy} className={cellClass} onChange={(ev) => set({ [c]: ev.target.value })} />
                    ) : (
                      <textarea id={id(c)} rows={3} value={row[c] ?? ""} aria-invalid={d.invalid} aria-describedby={d.describedBy} className={cellClass} onChange={(ev) => set({ [c]: ev.target.value })} />
                    )}
                    <ErrorText id={`${id(c)}-error`} path={`doc.indicators.${index}.${c}`} message={d.message} />
                  </div>
                );
              })}
            </div>
          )}
          {other.map(([c, m]) => <p key={c} className="text-xs text-red-600" data-field-error={`doc.indicators.${index}.${c}`}>{m}</p>)}
          <ReviewNotes comments={comments} />
        </td>
      </tr>
    </>
  );
});

export function IndicatorTableEditor({ rows, prefix, rowErrors, comments, findings, update, nameRequired }: {
  rows: EditorIndicator[];
  prefix: string;
  rowErrors: Map<string, Record<string, string>>;
  comments: (target: string) => EditorComment[];
  findings: readonly DeclarationFinding[];
  update: Update;
  /** A project's rows are named (三级指标); the department-wide table has no 三级指标 column. */
  nameRequired: boolean;
}) {
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });
  const requestFocus = useCallback((id: string) => { pendingFocus.current = id; }, []);
  const [newKind, setNewKind] = useState<IndicatorKind>("OUTPUT");
  const [newDimension, setNewDimension] = useState<IndicatorDimension | null>(DEFAULT_DIMENSION.OUTPUT);
  const groups = indicatorGroups(rows);
  const split = groupsAreSplit(rows);
  const weights = weightTotal(rows);

  const addTo = (group: Parameters<typeof addIndicator>[1]) => update((s) => {
    pendingFocus.current = indicatorCellId(prefix, nextKey(s), "name");
    return addIndicator(s, group);
  });

  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" aria-label="绩效指标">
          <thead className="text-xs text-slate-600">
            <tr>
              <th className="px-1">行</th><th className="px-1">一级指标</th><th className="px-1">二级指标</th><th className="px-1">三级指标</th>
              <th className="px-1">指标性质</th><th className="px-1">指标值</th><th className="px-1">中期指标值</th><th className="px-1">度量单位</th>
              <th className="px-1">分值</th><th className="px-1"><span className="sr-only">操作</span></th>
            </tr>
          </thead>
          {groups.map((g) => g.sections.map((s, si) => (
            <tbody key={s.key} className="border-t border-slate-200" data-indicator-group={`${g.level1Label} · ${s.level2Label}`}>
              {si === 0 && (
                <tr className="bg-slate-100">
                  <th colSpan={COLUMNS} scope="rowgroup" className="px-2 py-1 text-sm font-semibold text-slate-800">
                    {g.level1Label.trim() || INDICATOR_KIND_LABELS[g.kind]}
                    {g.level1Label.trim() !== INDICATOR_KIND_LABELS[g.kind] && <span className="ml-1 text-xs font-normal text-slate-500">（{INDICATOR_KIND_LABELS[g.kind]}）</span>}
                  </th>
                </tr>
              )}
              <tr className="bg-slate-50">
                <th colSpan={COLUMNS} scope="rowgroup" className="py-1 pl-6 pr-2 text-xs font-medium text-slate-700">
                  <span className="inline-flex items-center gap-2">
                    {s.level2Label.trim() || (s.dimension ? INDICATOR_DIMENSION_LABELS[s.dimension] : "（未分类）")}
                    <span className="font-normal text-slate-500">{s.indices.length} 项</span>
                    <button type="button" className="font-normal text-brand-700 underline-offset-2 hover:underline"
                      aria-label={`在「${g.level1Label.trim() || INDICATOR_KIND_LABELS[g.kind]} · ${s.level2Label.trim() || "未分类"}」下添加指标`}
                      onClick={() => addTo({ kind: g.kind, dimension: s.dimension, level1Label: g.level1Label, level2Label: s.level2Label })}>
                      ＋ 在此添加
                    </button>
                  </span>
                </th>
              </tr>
              {s.indices.map((i) => {
                const row = rows[i];
                return (
                  <IndicatorRow key={row.key} row={row} index={i} prefix={prefix}
                    canUp={canMoveIndicator(rows, i, -1)} canDown={canMoveIndicator(rows, i, 1)}
                    errors={rowErrors.get(row.key)} comments={row.id ? comments(`indicator:${row.id}`) : NO_COMMENTS}
                    update={update} requestFocus={requestFocus} nameRequired={nameRequired} />
                );
              })}
            </tbody>
          )))}
        </table>
      </div>
      {rows.length === 0 && <p className="text-sm text-slate-500">尚未填写绩效指标。按产出指标、效益指标、满意度指标逐项添加。</p>}
      <FindingNotes findings={findings} />
      <div className="flex flex-wrap items-end gap-2 rounded-md border border-dashed border-slate-300 p-2">
        <div>
          <label htmlFor={`${prefix}-new-kind`} className="mb-0.5 block text-xs font-medium text-slate-600">新指标的一级指标</label>
          <select id={`${prefix}-new-kind`} value={newKind} className={cellClass} onChange={(ev) => {
            const k = ev.target.value as IndicatorKind;
            setNewKind(k);
            setNewDimension(DEFAULT_DIMENSION[k]);
          }}>
            {KIND_ORDER.map((k) => <option key={k} value={k}>{INDICATOR_KIND_LABELS[k]}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor={`${prefix}-new-dimension`} className="mb-0.5 block text-xs font-medium text-slate-600">新指标的二级指标</label>
          <select id={`${prefix}-new-dimension`} value={newDimension ?? ""} className={cellClass} onChange={(ev) => setNewDimension((ev.target.value || null) as IndicatorDimension | null)}>
            <option value="">（未分类）</option>
            {DIMENSIONS_BY_KIND[newKind].map((d) => <option key={d} value={d}>{INDICATOR_DIMENSION_LABELS[d]}</option>)}
          </select>
        </div>
        <Button type="button" variant="secondary" disabled={rows.length >= 200} onClick={() => update((s) => {
          pendingFocus.current = indicatorCellId(prefix, nextKey(s), "name");
          return addIndicatorOf(s, newKind, newDimension);
        })}>添加指标</Button>
        {split && <Button type="button" variant="ghost" onClick={() => update(regroup)} title="把同一一级、二级指标下分散的行排在一起">整理分组</Button>}
        <p className="ml-auto text-xs text-slate-500" data-testid="indicator-count">
          共 {rows.length} 项指标{weights.counted > 0 && <>，分值合计 <span className="font-medium">{weights.total}</span>（{weights.counted} 项填了分值）</>}
        </p>
      </div>
    </div>
  );
}
