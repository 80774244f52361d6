// 版本对比, side by side: each part that changed between two versions, the earlier value on the left, the later
// on the right (changed cells marked), with the reviewer's comment on that part beside it.
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { formatDateTime } from "@/lib/dates";
import { EXPENDITURE_CATEGORY_LABELS, FUNDING_HORIZON_LABELS, FUNDING_LEVEL_LABELS, INDICATOR_DIMENSION_LABELS, INDICATOR_KIND_LABELS, INDICATOR_OPERATOR_LABELS } from "@/lib/labels";
import { formatYuan, parseYuan } from "@/lib/money";
import { INDICATOR_CELLS, type DeclarationChanges, type IndicatorCell } from "../diff";
import { emptyDeclarationDoc, fieldLabel, INDICATOR_FIELD_LABELS, indicatorLabel, type DeclarationDoc, type IndicatorDoc } from "../doc";
import type { ReviewCommentView } from "../review";
import type { DeclarationVersions } from "../versions";

const CELL_LABELS = INDICATOR_FIELD_LABELS;

/** The other side of a project added or removed between two versions. */
const emptyLike = (doc: DeclarationDoc): DeclarationDoc => ({ ...emptyDeclarationDoc("PROJECT", doc.year, ""), category: null });

const yuan = (text: string) => `${formatYuan(parseYuan(text) ?? 0)} 元`;

function cellText(row: IndicatorDoc, cell: IndicatorCell): string {
  const v = row[cell];
  if (v === null || v === undefined || v === "") return "—";
  if (cell === "kind") return INDICATOR_KIND_LABELS[row.kind];
  if (cell === "dimension") return row.dimension ? INDICATOR_DIMENSION_LABELS[row.dimension] : "—";
  if (cell === "operator") return INDICATOR_OPERATOR_LABELS[row.operator];
  return String(v);
}

function fieldText(doc: DeclarationDoc, field: string): string {
  if (field === "totalAmount") return yuan(doc.totalAmount);
  if (field === "category") return doc.category ? EXPENDITURE_CATEGORY_LABELS[doc.category] : "—";
  const v = (doc as unknown as Record<string, unknown>)[field];
  return v === null || v === undefined || v === "" ? "—" : String(v);
}

const fundingText = (doc: DeclarationDoc) =>
  doc.funding.length ? doc.funding.map((f) => `${FUNDING_HORIZON_LABELS[f.horizon]} · ${FUNDING_LEVEL_LABELS[f.level]}：${yuan(f.amount)}`).join("\n") : "—";
const categoryText = (doc: DeclarationDoc) =>
  doc.categoryAmounts.length ? doc.categoryAmounts.map((c) => `${EXPENDITURE_CATEGORY_LABELS[c.category]}：财政资金 ${yuan(c.fiscal)}，其他资金 ${yuan(c.other)}`).join("\n") : "—";
const lineText = (l: DeclarationDoc["fundLines"][number] | undefined) => (l ? `${l.name}：${yuan(l.amount)}${l.plan ? `\n${l.plan}` : ""}` : "—");

type Row = { key: string; label: string; before: ReactNode; after: ReactNode; target: string; kind: "changed" | "added" | "removed" };

function rowsOf(changes: DeclarationChanges, from: DeclarationDoc, to: DeclarationDoc, prefix = ""): Row[] {
  const rows: Row[] = [];
  for (const f of changes.fields) {
    rows.push({ key: `f-${f}`, label: fieldLabel(to.kind, f as Parameters<typeof fieldLabel>[1]), before: fieldText(from, f), after: fieldText(to, f), target: `${prefix}field:${f}`, kind: "changed" });
  }
  for (const n of changes.fundLines) {
    rows.push({ key: `l-${n}`, label: `资金安排 · 第 ${n} 项`, before: lineText(from.fundLines[n - 1]), after: lineText(to.fundLines[n - 1]), target: `${prefix}fundLine:${n}`, kind: from.fundLines[n - 1] ? "changed" : "added" });
  }
  changes.removedFundLines.forEach((l, i) => {
    const n = to.fundLines.length + i + 1;
    rows.push({ key: `lr-${n}`, label: `资金安排 · 第 ${n} 项`, before: lineText(l), after: "（已删除）", target: `${prefix}fundLine:${n}`, kind: "removed" });
  });
  if (changes.funding) rows.push({ key: "funding", label: "资金来源（中期 / 年度）", before: fundingText(from), after: fundingText(to), target: `${prefix}funding`, kind: "changed" });
  if (changes.categoryAmounts) rows.push({ key: "cat", label: "预算资金（按支出类别）", before: categoryText(from), after: categoryText(to), target: `${prefix}categoryAmounts`, kind: "changed" });
  to.indicators.forEach((r, i) => {
    const key = r.id ?? `#${i + 1}`;
    const change = changes.indicators[key];
    if (!change) return;
    const before = from.indicators.find((x, j) => (x.id ?? `#${j + 1}`) === key);
    const cells = change.status === "added" ? INDICATOR_CELLS.filter((c) => r[c] !== null && r[c] !== "") : change.cells;
    rows.push({
      key: `i-${key}`, label: `${indicatorLabel(r)}${change.status === "added" ? "（新增）" : ""}`, target: `${prefix}indicator:${key}`, kind: change.status,
      before: before ? <CellList row={before} cells={cells} /> : "—",
      after: <CellList row={r} cells={cells} marked />,
    });
  });
  for (const r of changes.removedIndicators) {
    rows.push({ key: `ir-${r.id}`, label: `${indicatorLabel(r)}（已删除）`, target: `${prefix}indicator:${r.id}`, kind: "removed", before: <CellList row={r} cells={["operator", "annualValue", "unit"]} />, after: "（已删除）" });
  }
  return rows;
}

function CellList({ row, cells, marked }: { row: IndicatorDoc; cells: readonly IndicatorCell[]; marked?: boolean }) {
  return (
    <dl className="space-y-0.5">
      {cells.map((c) => (
        <div key={c} className="flex gap-2">
          <dt className="shrink-0 text-slate-500">{CELL_LABELS[c]}</dt>
          <dd className={marked ? "bg-amber-100 px-1" : undefined} data-changed={marked ? "true" : undefined}>{cellText(row, c)}</dd>
        </div>
      ))}
    </dl>
  );
}

function ComparisonTable({ rows, fromLabel, toLabel, comments }: { rows: Row[]; fromLabel: string; toLabel: string; comments: ReviewCommentView[] }) {
  const byTarget = new Map<string, ReviewCommentView[]>();
  for (const c of comments) (byTarget.get(c.target) ?? byTarget.set(c.target, []).get(c.target)!).push(c);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" aria-label="版本对比">
        <thead>
          <tr className="bg-slate-100 text-left">
            <th className="w-48 border border-slate-300 px-2 py-1">内容</th>
            <th className="border border-slate-300 px-2 py-1">{fromLabel}</th>
            <th className="border border-slate-300 px-2 py-1">{toLabel}</th>
            <th className="w-64 border border-slate-300 px-2 py-1">审核意见（{fromLabel}）</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key} data-testid="comparison-row" className="align-top">
              <th scope="row" className="border border-slate-300 px-2 py-1 text-left font-medium">{r.label}</th>
              <td className={`whitespace-pre-wrap border border-slate-300 px-2 py-1 ${r.kind === "removed" ? "bg-red-50 line-through" : ""}`}>{r.before}</td>
              <td className={`whitespace-pre-wrap border border-slate-300 px-2 py-1 ${r.kind === "removed" ? "" : "bg-amber-50"}`} data-changed="true">{r.after}</td>
              <td className="border border-slate-300 px-2 py-1 text-amber-900">
                {(byTarget.get(r.target) ?? []).map((c) => <p key={c.id} className="whitespace-pre-wrap">{c.comment}<span className="text-amber-700">（{c.actorName}）</span></p>)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function DeclarationComparison({ versions, basePath }: { versions: DeclarationVersions; basePath: string }) {
  const { from, to, changes, rounds } = versions;
  const refs = [...rounds.map((r) => ({ value: String(r.round), label: `第 ${r.round} 次提交（${formatDateTime(r.submittedAt)}，${r.submittedBy}）` })), ...(versions.hasDraft ? [{ value: "draft", label: "当前修改稿（未提交）" }] : [])];
  const answered = new Set((changes ? rowsOf(changes, from!.doc, to!.doc) : []).map((r) => r.target));
  const open = versions.comments.filter((c) => !c.target.startsWith("project:") && !answered.has(c.target));
  return (
    <div className="space-y-4">
      <Card title="提交记录">
        {rounds.length === 0 ? <p className="text-sm text-slate-500">尚未提交过。</p> : (
          <form method="get" action={basePath} className="flex flex-wrap items-end gap-3 text-sm">
            <label className="flex flex-col">对比
              <select name="from" defaultValue={from ? String(from.ref) : ""} className="rounded border border-slate-300 px-2 py-1">
                {refs.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
              </select>
            </label>
            <label className="flex flex-col">与
              <select name="to" defaultValue={to ? String(to.ref) : ""} className="rounded border border-slate-300 px-2 py-1">
                {refs.map((r) => <option key={r.value} value={r.value}>{r.label}</option>)}
              </select>
            </label>
            <button type="submit" className="rounded border border-slate-300 px-3 py-1">对比</button>
          </form>
        )}
      </Card>
      {from && to && changes ? (
        <Card title={`${from.label} → ${to.label}`}>
          {changes.none && versions.projects.every((p) => p.changes.none)
            ? <p className="text-sm text-slate-600">两个版本内容相同。</p>
            : <ComparisonTable rows={rowsOf(changes, from.doc, to.doc)} fromLabel={from.label} toLabel={to.label} comments={versions.comments} />}
          {open.length > 0 && (
            <div role="note" className="mt-3 rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">
              <p className="font-medium">以下审核意见所针对的内容没有改动：</p>
              <ul className="list-disc pl-5">{open.map((c) => <li key={c.id}>{c.targetLabel}：{c.comment}</li>)}</ul>
            </div>
          )}
          {versions.projects.filter((p) => !p.changes.none).map((p) => (
            <section key={p.id} className="mt-4">
              <h3 className="mb-1 font-medium">项目「{p.name}」{p.status === "added" ? "（新增）" : p.status === "removed" ? "（已删除）" : ""}</h3>
              <ComparisonTable rows={rowsOf(p.changes, p.from ?? emptyLike(p.to!), p.to ?? emptyLike(p.from!), `project:${p.id}:`)} fromLabel={from.label} toLabel={to.label} comments={versions.comments} />
            </section>
          ))}
        </Card>
      ) : to ? (
        <p className="text-sm text-slate-600">只有一个版本（{to.label}），没有可对比的版本。</p>
      ) : null}
    </div>
  );
}
