// A 绩效目标申报表 as the seeds lay it out (000–003), for reading on screen: a project's narrative (一、项目名称 …
// 八、项目实施成效) and 九、项目绩效目标表 with its funding and indicator tables; a department-wide declaration's
// 预算资金 by category, 年度主要任务, indicators and its projects. The sum checks (checks.ts) are shown on the part
// they concern, the reviewer's comments beside their target, and — comparing two versions — what changed.
// Server-compatible (no client code), plain props: pages, the versions view and the editor's preview share it.
import Link from "next/link";
import type { ReactNode } from "react";
import { SubmissionStatusBadge } from "@/features/submissions/components/submission-panel";
import type { ExpenditureCategory, FundingHorizon, FundingLevel, SubmissionStatus } from "@/generated/prisma/enums";
import { cn } from "@/lib/cn";
import { formatDateTime } from "@/lib/dates";
import { DECLARATION_KIND_LABELS, EXPENDITURE_CATEGORY_LABELS, FUNDING_HORIZON_LABELS, FUNDING_LEVEL_LABELS, INDICATOR_OPERATOR_LABELS } from "@/lib/labels";
import { formatWan, formatYuan, parseYuan, sumFen } from "@/lib/money";
import type { DeclarationFinding } from "../checks";
import type { DeclarationChanges, IndicatorCell } from "../diff";
import {
  DECLARATION_FIELD_LABELS, declarationHref, fieldLabel, indicatorAddress, indicatorLabel,
  type DeclarationArea, type DeclarationDoc,
} from "../doc";
import type { ReviewCommentView } from "../review";
import { groupIndicators, indicatorColumns, indicatorLayout, indicatorWidths, mediumName, type IndicatorLayout } from "./indicator-grouping";

export type DeclarationProjectLink = { id: string; name: string; category: ExpenditureCategory | null; totalAmount: string; status: SubmissionStatus };

export type DeclarationViewProps = {
  doc: DeclarationDoc;
  /** checkDeclaration(doc, projects): shown where they apply (red: must be fixed before submission; amber: advice). */
  findings: readonly DeclarationFinding[];
  /** Reviewer's comments (ReviewCommentView), each shown beside its target. */
  comments?: readonly Pick<ReviewCommentView, "target" | "targetLabel" | "comment" | "actorName" | "at">[];
  /** diffDeclarations(older, doc): changed fields and cells highlighted, removed lines and rows struck through. */
  changes?: DeclarationChanges | null;
  /** "page": the declaration as it is now; "snapshot": a submitted version (its projects are not linked). */
  mode?: "page" | "snapshot";
  /** A department-wide declaration's projects (header.projects), listed under it. */
  projects?: readonly DeclarationProjectLink[];
  /** Where the project links lead (defaults to the bureau's pages). */
  area?: DeclarationArea;
};

type FieldKey = keyof typeof DECLARATION_FIELD_LABELS;
type Comment = NonNullable<DeclarationViewProps["comments"]>[number];

// ───────────── Shared pieces ─────────────

const th = "border border-slate-400 bg-slate-50 px-2 py-1.5 text-center align-middle font-normal text-slate-700";
const td = "border border-slate-400 px-2 py-1.5 align-top";
const num = "whitespace-nowrap text-right tabular-nums";
const CHANGED = "bg-amber-100";

const fen = (amount: string) => parseYuan(amount) ?? 0;
const yuan = (amount: string) => formatYuan(fen(amount));
const filled = (s: string | null | undefined) => !!s && s.trim() !== "";

function fieldText(doc: DeclarationDoc, f: FieldKey): string | null {
  switch (f) {
    case "totalAmount": return yuan(doc.totalAmount);
    case "category": return doc.category ? EXPENDITURE_CATEGORY_LABELS[doc.category] : null;
    case "filledOn": return doc.filledOn;
    case "year": return String(doc.year);
    default: return doc[f];
  }
}

/** What every part of the view needs: the document, and the comments, changes and findings by where they go. */
class ViewContext {
  readonly byTarget = new Map<string, Comment[]>();
  constructor(readonly doc: DeclarationDoc, readonly findings: readonly DeclarationFinding[], comments: readonly Comment[], readonly changes: DeclarationChanges | null) {
    for (const c of comments) (this.byTarget.get(c.target) ?? this.byTarget.set(c.target, []).get(c.target)!).push(c);
  }
  label(f: FieldKey) {
    return fieldLabel(this.doc.kind, f);
  }
  notes(target: string) {
    return this.byTarget.get(target) ?? [];
  }
  changed(f: FieldKey) {
    return !!this.changes?.fields.includes(f);
  }
  /** A field has something to show: a value, a comment or a change. */
  shows(f: FieldKey) {
    return filled(fieldText(this.doc, f)) || this.notes(`field:${f}`).length > 0 || this.changed(f);
  }
  findingsOf(field: string) {
    return this.findings.filter((x) => x.field === field);
  }
}

export function ChangedMark({ label = "已修改" }: { label?: string }) {
  return <span data-changed="true" className="ml-1 inline-block rounded bg-amber-300 px-1 text-[11px] font-medium leading-4 text-amber-950">{label}</span>;
}

/** The reviewer's comments on one part, shown beside it. */
function Notes({ comments }: { comments: readonly Comment[] }) {
  if (!comments.length) return null;
  return (
    <div className="mt-1 space-y-1">
      {comments.map((c, i) => (
        <p key={i} role="note" data-testid="review-comment" data-target={c.target} className="rounded border border-blue-200 bg-blue-50 px-2 py-1 text-xs text-blue-900">
          <span className="font-medium">审核意见：</span>
          <span className="whitespace-pre-wrap">{c.comment}</span>
          <span className="ml-1 text-blue-700">（{c.actorName}，{formatDateTime(c.at)}）</span>
        </p>
      ))}
    </div>
  );
}

/** Sum-check findings of one part, on that part: red when they block submission, amber when advice. */
function Findings({ items }: { items: readonly DeclarationFinding[] }) {
  if (!items.length) return null;
  return (
    <div className="mt-1 space-y-1">
      {items.map((f, i) => (
        <p
          key={i}
          role={f.severity === "hard" ? "alert" : "status"}
          data-testid="declaration-finding"
          data-field={f.field}
          data-severity={f.severity}
          className={cn(
            "rounded border px-2 py-1 text-xs",
            f.severity === "hard" ? "border-red-300 bg-red-50 text-red-800" : "border-amber-300 bg-amber-50 text-amber-900",
          )}
        >
          <span className="font-medium">{f.severity === "hard" ? "须改正：" : "提示："}</span>
          {f.message}
        </p>
      ))}
    </div>
  );
}

/** A field's value as written (line breaks kept), marked when changed, with its comments. */
function FieldValue({ ctx, field, notes = true, empty = "—" }: { ctx: ViewContext; field: FieldKey; notes?: boolean; empty?: string }) {
  const text = fieldText(ctx.doc, field);
  return (
    <>
      {filled(text) ? <span className="whitespace-pre-wrap">{text}</span> : <span className="text-slate-400">{empty}</span>}
      {ctx.changed(field) && <ChangedMark />}
      {notes && <Notes comments={ctx.notes(`field:${field}`)} />}
    </>
  );
}

/** A value cell of a form table holding one field. */
function FieldCell({ ctx, field, colSpan, notes = true, className }: { ctx: ViewContext; field: FieldKey; colSpan?: number; notes?: boolean; className?: string }) {
  return (
    <td colSpan={colSpan} data-field={field} className={cn(td, ctx.changed(field) && CHANGED, className)}>
      <FieldValue ctx={ctx} field={field} notes={notes} />
    </td>
  );
}

/** A bordered table of the form; `widths` (relative) fix its columns, as the paper form's. */
function FormTable({ children, className, caption, widths }: { children: ReactNode; className?: string; caption?: string; widths: readonly number[] }) {
  const total = widths.reduce((a, b) => a + b, 0);
  return (
    <table className={cn("w-full table-fixed border-collapse text-sm", className)}>
      {caption && <caption className="sr-only">{caption}</caption>}
      <colgroup>
        {widths.map((w, i) => <col key={i} style={{ width: `${((w / total) * 100).toFixed(2)}%` }} />)}
      </colgroup>
      {children}
    </table>
  );
}

// ───────────── 资金来源 (中期 / 年度 × 总投入 / 中央 / 省级 / 市级 / 县（市）区级 / 其他) ─────────────

const LEVELS: readonly FundingLevel[] = ["CENTRAL", "PROVINCIAL", "CITY", "COUNTY", "OTHER"];

function FundingTable({ ctx, medium }: { ctx: ViewContext; medium: boolean }) {
  const { doc } = ctx;
  const horizons: FundingHorizon[] = medium || doc.funding.some((f) => f.horizon === "MEDIUM") ? ["MEDIUM", "ANNUAL"] : ["ANNUAL"];
  const changed = !!ctx.changes?.funding;
  return (
    <div id="declaration-funding" data-part="funding" className={cn(changed && CHANGED)}>
      <FormTable caption="资金来源" className="-mt-px" widths={[17, 14, 14, 14, 14, 14, 13]}>
        <thead>
          <tr>
            <th className={th} scope="col">{changed && <ChangedMark />}</th>
            <th className={th} scope="col">总投入</th>
            {LEVELS.map((l) => <th key={l} className={th} scope="col">{FUNDING_LEVEL_LABELS[l]}</th>)}
          </tr>
        </thead>
        <tbody>
          {horizons.map((h) => {
            const rows = doc.funding.filter((f) => f.horizon === h);
            return (
              <tr key={h} data-horizon={h}>
                <th className={th} scope="row">{FUNDING_HORIZON_LABELS[h]}（元）</th>
                <td className={cn(td, num)}>{rows.length ? formatYuan(sumFen(rows.map((f) => fen(f.amount)))) : ""}</td>
                {LEVELS.map((l) => {
                  const a = rows.find((f) => f.level === l);
                  return <td key={l} className={cn(td, num)}>{a ? yuan(a.amount) : ""}</td>;
                })}
              </tr>
            );
          })}
        </tbody>
      </FormTable>
      <Notes comments={ctx.notes("funding")} />
      <Findings items={ctx.findingsOf("funding")} />
    </div>
  );
}

// ───────────── 绩效指标 ─────────────

const DISPLAYED: Record<IndicatorLayout, readonly IndicatorCell[]> = {
  plain: ["level1Label", "level2Label", "name", "annualValue", "weight"],
  medium: ["level1Label", "level2Label", "name", "annualValue", "mediumValue", "content", "weight"],
  detail: ["level1Label", "level2Label", "name", "operator", "annualValue", "mediumValue", "unit", "attribute", "scoringRule", "content", "basis", "weight"],
};

function IndicatorTable({ ctx, valueLabel = "指标值" }: { ctx: ViewContext; valueLabel?: string }) {
  const rows = ctx.doc.indicators;
  const cols = indicatorColumns(rows);
  const layout = indicatorLayout(cols);
  const grouped = groupIndicators(rows);
  const vertical = layout !== "detail";
  const headerRows = layout === "plain" ? 1 : 2;
  const bodyRows = Math.max(rows.length, 1);
  const width = indicatorWidths(cols).length;
  const removed = ctx.changes?.removedIndicators ?? [];

  return (
    <div id="declaration-indicators" data-part="indicators">
      <Findings items={ctx.findingsOf("indicators")} />
      <FormTable caption="绩效指标" className="-mt-px" widths={indicatorWidths(cols)}>
        <tbody>
          {layout === "plain" && (
            <tr>
              <th className={th} rowSpan={headerRows + bodyRows} scope="rowgroup"><VerticalLabel /></th>
              <th className={th} scope="col">一级指标</th>
              <th className={th} scope="col">二级指标</th>
              {cols.name && <th className={th} scope="col">三级指标</th>}
              <th className={th} scope="col">{valueLabel}</th>
              {cols.weight && <th className={th} scope="col">分值</th>}
            </tr>
          )}
          {layout === "medium" && (
            <>
              <tr>
                <th className={th} rowSpan={headerRows + bodyRows} scope="rowgroup"><VerticalLabel /></th>
                <th className={th} rowSpan={2} scope="col">一级指标</th>
                <th className={th} colSpan={cols.name ? 3 : 2} scope="colgroup">{fieldLabel(ctx.doc.kind, "mediumGoal")}</th>
                <th className={th} colSpan={cols.name ? 3 : 2} scope="colgroup">{fieldLabel(ctx.doc.kind, "annualGoal")}</th>
                {cols.weight && <th className={th} rowSpan={2} scope="col">分值</th>}
              </tr>
              <tr>
                {[0, 1].map((side) => (
                  <HeaderTriple key={side} name={cols.name} />
                ))}
              </tr>
            </>
          )}
          {layout === "detail" && (
            <>
              <tr>
                <th className={th} colSpan={(cols.name ? 7 : 6) + (cols.medium ? 1 : 0) + (cols.weight ? 1 : 0)} scope="colgroup">绩效指标</th>
                <th className={th} rowSpan={2} scope="col">评（扣）分标准</th>
                <th className={th} rowSpan={2} scope="col">指标内容</th>
                <th className={th} rowSpan={2} scope="col">绩效指标值设定依据及数据来源</th>
              </tr>
              <tr>
                <th className={th} scope="col">一级指标</th>
                <th className={th} scope="col">二级指标</th>
                {cols.name && <th className={th} scope="col">三级指标</th>}
                <th className={th} scope="col">指标性质</th>
                {cols.medium && <th className={th} scope="col">中期指标值</th>}
                <th className={th} scope="col">{cols.medium ? "年度指标值" : "指标值"}</th>
                <th className={th} scope="col">度量单位</th>
                <th className={th} scope="col">指标属性</th>
                {cols.weight && <th className={th} scope="col">分值</th>}
              </tr>
            </>
          )}
          {rows.length === 0 && (
            <tr><td className={cn(td, "text-center text-slate-400")} colSpan={width - (vertical ? 1 : 0)}>未填写绩效指标</td></tr>
          )}
          {grouped.map(({ row, index, level1Span, level2Span }) => {
            const address = indicatorAddress(row, index);
            const key = address.slice("indicator:".length);
            const change = ctx.changes?.indicators[key];
            const added = change?.status === "added";
            const cellChanged = (c: IndicatorCell) => added || (change?.status === "changed" && change.cells.includes(c));
            const hidden = change?.status === "changed" && change.cells.some((c) => !DISPLAYED[layout].includes(c));
            const cell = (c: IndicatorCell, content: ReactNode, extra?: { className?: string; rowSpan?: number; mark?: boolean }) => (
              <td rowSpan={extra?.rowSpan} data-cell={c} className={cn(td, extra?.className, cellChanged(c) && CHANGED)}>
                {content}
                {cellChanged(c) && !added && extra?.mark !== false && <ChangedMark />}
              </td>
            );
            const marker = (
              <>
                {added && <ChangedMark label="新增" />}
                {hidden && <ChangedMark />}
                <Notes comments={ctx.notes(address)} />
              </>
            );
            const level1 = level1Span > 0 && cell("level1Label", <span className="whitespace-pre-wrap">{row.level1Label}</span>, { rowSpan: level1Span, className: "text-center align-middle" });
            const level2 = level2Span > 0 && cell("level2Label", row.level2Label, { rowSpan: level2Span, className: "text-center align-middle" });
            const weight = cols.weight && cell("weight", row.weight ?? "", { className: num });
            return (
              <tr key={address} data-indicator={key} data-changed={change ? "true" : undefined} className={cn(added && CHANGED)}>
                {level1}
                {layout === "plain" && (
                  <>
                    {level2}
                    {cols.name && cell("name", <>{row.name}{marker}</>)}
                    {cell("annualValue", <><span className="whitespace-pre-wrap">{row.annualValue}</span>{!cols.name && marker}</>)}
                    {weight}
                  </>
                )}
                {layout === "medium" && (
                  <>
                    {level2}
                    {cols.name && cell(filled(row.content) ? "content" : "name", mediumName(row, cols))}
                    {cell("mediumValue", row.mediumValue ?? "")}
                    {level2Span > 0 && cell("level2Label", row.level2Label, { rowSpan: level2Span, className: "text-center align-middle", mark: false })}
                    {cols.name && cell("name", <>{row.name}{marker}</>)}
                    {cell("annualValue", <><span className="whitespace-pre-wrap">{row.annualValue}</span>{!cols.name && marker}</>)}
                    {weight}
                  </>
                )}
                {layout === "detail" && (
                  <>
                    {level2}
                    {cols.name && cell("name", <>{row.name}{marker}</>)}
                    {cell("operator", INDICATOR_OPERATOR_LABELS[row.operator], { className: "text-center" })}
                    {cols.medium && cell("mediumValue", row.mediumValue ?? "")}
                    {cell("annualValue", <><span className="whitespace-pre-wrap">{row.annualValue}</span>{!cols.name && marker}</>)}
                    {cell("unit", row.unit ?? "", { className: "text-center" })}
                    {cell("attribute", row.attribute ?? "", { className: "text-center" })}
                    {weight}
                    {cell("scoringRule", <span className="whitespace-pre-wrap">{row.scoringRule}</span>)}
                    {cell("content", <span className="whitespace-pre-wrap">{row.content}</span>)}
                    {cell("basis", <span className="whitespace-pre-wrap">{row.basis}</span>)}
                  </>
                )}
              </tr>
            );
          })}
        </tbody>
      </FormTable>
      {removed.length > 0 && (
        <div className="mt-1 text-sm" data-testid="removed-indicators">
          <p className="text-slate-500">已删除的指标：</p>
          <ul className="list-disc pl-5">
            {removed.map((r, i) => (
              <li key={i} data-removed="true"><del className="text-slate-500">{indicatorLabel(r)}：{r.annualValue}</del></li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function VerticalLabel() {
  return <span className="inline-block leading-5 [writing-mode:vertical-rl]">绩效指标</span>;
}

function HeaderTriple({ name }: { name: boolean }) {
  return (
    <>
      <th className={th} scope="col">二级指标</th>
      {name && <th className={th} scope="col">三级指标</th>}
      <th className={th} scope="col">指标值</th>
    </>
  );
}

// ───────────── A project: narrative and 九、项目绩效目标表 ─────────────

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

const UNIT_FIELDS = ["unitName", "unitOrgCode", "unitAddress", "unitPhone", "legalRepresentative", "fundingSource", "unitOverview"] as const satisfies readonly FieldKey[];
const NARRATIVE_FIELDS = ["basis", ...UNIT_FIELDS, "overview", "content", "plan", "effects"] as const satisfies readonly FieldKey[];

/** The title above the table: the document's own when it names a table (003's projects), else the form's name. */
function tableTitle(doc: DeclarationDoc): string {
  return doc.title && doc.title.trim().endsWith("申报表") ? doc.title : DECLARATION_KIND_LABELS[doc.kind];
}

function hasNarrative(ctx: ViewContext): boolean {
  const { doc } = ctx;
  // The unit's name alone (003's projects name their 预算单位) is a table row, not a narrative.
  return NARRATIVE_FIELDS.some((f) => f !== "unitName" && ctx.shows(f)) || doc.fundLines.length > 0 || (ctx.changes?.removedFundLines.length ?? 0) > 0
    || [...ctx.byTarget.keys()].some((t) => t.startsWith("fundLine:"));
}

function Heading({ n, children, id }: { n: number; children: ReactNode; id?: string }) {
  return <h3 id={id} className="mt-5 text-base font-semibold text-slate-900">{NUMERALS[n - 1]}、{children}</h3>;
}

function Paragraphs({ ctx, field }: { ctx: ViewContext; field: FieldKey }) {
  return (
    <div data-field={field} className={cn("mt-1 leading-7", ctx.changed(field) && CHANGED)}>
      <FieldValue ctx={ctx} field={field} empty="（未填写）" />
    </div>
  );
}

function FundLines({ ctx, total = true }: { ctx: ViewContext; total?: boolean }) {
  const { doc } = ctx;
  const sum = sumFen(doc.fundLines.map((l) => fen(l.amount)));
  const removed = ctx.changes?.removedFundLines ?? [];
  const changed = new Set(ctx.changes?.fundLines ?? []);
  return (
    <div id="declaration-fund-lines" data-part="fundLines" className="mt-1 space-y-1 leading-7">
      {doc.fundLines.length === 0 && <p className="text-slate-400">（未填写）</p>}
      <ol className="space-y-1">
        {doc.fundLines.map((l, i) => (
          <li key={i} data-fund-line={i + 1} className={cn(changed.has(i + 1) && CHANGED)}>
            {i + 1}.{l.name}：<span className="tabular-nums">{yuan(l.amount)}</span>元
            {changed.has(i + 1) && <ChangedMark />}
            <Notes comments={ctx.notes(`fundLine:${i + 1}`)} />
          </li>
        ))}
        {removed.map((l, i) => (
          <li key={`removed-${i}`} data-removed="true" className="text-slate-500">
            <del>{l.name}：{yuan(l.amount)}元</del>（已删除）
          </li>
        ))}
      </ol>
      {doc.fundLines.length > 0 && (
        <p data-testid="fund-lines-sum">以上{doc.fundLines.length}项合计：<span className="tabular-nums">{formatYuan(sum)}</span>元</p>
      )}
      {total && (
        <>
          <p data-field="totalAmount" className={cn(ctx.changed("totalAmount") && CHANGED)}>
            {ctx.label("totalAmount")}：<span className="tabular-nums">{yuan(doc.totalAmount)}</span>
            {ctx.changed("totalAmount") && <ChangedMark />}
          </p>
          <Notes comments={ctx.notes("field:totalAmount")} />
        </>
      )}
      <Findings items={[...ctx.findingsOf("fundLines"), ...(total ? ctx.findingsOf("totalAmount") : [])]} />
    </div>
  );
}

function ProjectNarrative({ ctx }: { ctx: ViewContext }) {
  const { doc } = ctx;
  const ownTitle = doc.title && tableTitle(doc) !== doc.title ? doc.title : null;
  const anyLinePlan = doc.fundLines.some((l) => filled(l.plan));
  return (
    <section aria-label="项目申报书" data-part="narrative">
      {(ownTitle || ctx.changed("title") || ctx.notes("field:title").length > 0) && (
        <h2 className={cn("text-center text-lg font-semibold", ctx.changed("title") && CHANGED)} data-field="title">
          <FieldValue ctx={ctx} field="title" />
        </h2>
      )}
      <Heading n={1}>{ctx.label("name")}</Heading>
      <Paragraphs ctx={ctx} field="name" />
      <Heading n={2}>{ctx.label("basis")}</Heading>
      <Paragraphs ctx={ctx} field="basis" />
      <Heading n={3}>项目实施单位</Heading>
      <dl className="mt-1 space-y-1 leading-7">
        {UNIT_FIELDS.map((f) => (
          <div key={f} data-field={f} className={cn("flex gap-1", ctx.changed(f) && CHANGED)}>
            <dt className="shrink-0 text-slate-600">{ctx.label(f)}：</dt>
            <dd className="min-w-0"><FieldValue ctx={ctx} field={f} /></dd>
          </div>
        ))}
      </dl>
      <Heading n={4}>{ctx.label("overview")}</Heading>
      <Paragraphs ctx={ctx} field="overview" />
      <Heading n={5}>{ctx.label("content")}</Heading>
      <Paragraphs ctx={ctx} field="content" />
      <Heading n={6} id="declaration-fund-lines-heading">资金安排情况</Heading>
      <FundLines ctx={ctx} />
      <Heading n={7}>{ctx.label("plan")}</Heading>
      {filled(doc.plan) || !anyLinePlan || ctx.changed("plan") ? (
        <Paragraphs ctx={ctx} field="plan" />
      ) : (
        // No plan of its own: each fund line's plan, numbered as the lines are.
        <div data-field="plan" className="mt-1 leading-7">
          {doc.fundLines.map((l, i) => filled(l.plan) && <p key={i} className="whitespace-pre-wrap">{i + 1}.{l.plan}</p>)}
          <Notes comments={ctx.notes("field:plan")} />
        </div>
      )}
      <Heading n={8}>{ctx.label("effects")}</Heading>
      <Paragraphs ctx={ctx} field="effects" />
    </section>
  );
}

/** One label | value row of a form table across `span` value columns. */
function Row({ ctx, field, span = 3, notes = true, label }: { ctx: ViewContext; field: FieldKey; span?: number; notes?: boolean; label?: string }) {
  return (
    <tr>
      <th className={th} scope="row">{label ?? ctx.label(field)}</th>
      <FieldCell ctx={ctx} field={field} colSpan={span} notes={notes} />
    </tr>
  );
}

function Goals({ ctx, sideBySide }: { ctx: ViewContext; sideBySide: boolean }) {
  if (sideBySide) {
    return (
      <FormTable caption="总体目标" className="-mt-px" widths={[17, 41.5, 41.5]}>
        <tbody>
          <tr>
            <th className={th} rowSpan={2} scope="rowgroup">总体目标</th>
            <th className={th} scope="col">{ctx.label("mediumGoal")}</th>
            <th className={th} scope="col">{ctx.label("annualGoal")}</th>
          </tr>
          <tr>
            <FieldCell ctx={ctx} field="mediumGoal" />
            <FieldCell ctx={ctx} field="annualGoal" />
          </tr>
        </tbody>
      </FormTable>
    );
  }
  const fields = (["mediumGoal", "annualGoal"] as const).filter((f) => f === "annualGoal" || ctx.shows(f));
  return (
    <FormTable caption="总体目标" className="-mt-px" widths={[8, 12, 80]}>
      <tbody>
        {fields.map((f, i) => (
          <tr key={f}>
            {i === 0 && <th className={th} rowSpan={fields.length} scope="rowgroup">总体目标</th>}
            <th className={th} scope="row">{ctx.label(f)}</th>
            <FieldCell ctx={ctx} field={f} />
          </tr>
        ))}
      </tbody>
    </FormTable>
  );
}

function SignRow({ ctx }: { ctx: ViewContext }) {
  const fields = ["responsiblePerson", "filler", "filledOn"] as const;
  if (!fields.some((f) => ctx.shows(f))) return null;
  return (
    <FormTable caption="签署" className="-mt-px" widths={[14, 19, 10, 19, 12, 26]}>
      <tbody>
        <tr>
          {fields.map((f) => (
            <FieldPair key={f} ctx={ctx} field={f} />
          ))}
        </tr>
      </tbody>
    </FormTable>
  );
}

function FieldPair({ ctx, field }: { ctx: ViewContext; field: FieldKey }) {
  return (
    <>
      <th className={th} scope="row">{ctx.label(field)}：</th>
      <FieldCell ctx={ctx} field={field} />
    </>
  );
}

function ProjectTable({ ctx, narrative }: { ctx: ViewContext; narrative: boolean }) {
  const { doc } = ctx;
  const cols = indicatorColumns(doc.indicators);
  const showFunding = doc.funding.length > 0 || cols.medium || !!ctx.changes?.funding || ctx.notes("funding").length > 0;
  const optional = (f: FieldKey) => ctx.shows(f);
  const titleIsTable = tableTitle(doc) === doc.title;
  return (
    <section aria-label={tableTitle(doc)} data-part="table" className={cn(narrative && "mt-6")}>
      {narrative && <h3 className="text-base font-semibold text-slate-900">九、项目绩效目标表</h3>}
      {!narrative && !titleIsTable && ctx.shows("title") && (
        <p className={cn("text-center font-semibold", ctx.changed("title") && CHANGED)} data-field="title"><FieldValue ctx={ctx} field="title" /></p>
      )}
      <div className="mt-2 text-center">
        <h2 className={cn("text-lg font-semibold", titleIsTable && ctx.changed("title") && CHANGED)} data-field={titleIsTable ? "title" : undefined}>
          {tableTitle(doc)}
          {titleIsTable && ctx.changed("title") && <ChangedMark />}
        </h2>
        <p className={cn("text-slate-700", ctx.changed("year") && CHANGED)} data-field="year">（{doc.year}年度）{ctx.changed("year") && <ChangedMark />}</p>
        {titleIsTable && <Notes comments={ctx.notes("field:title")} />}
      </div>
      <div className="mt-3">
        <FormTable caption="项目信息" widths={[17, 33, 17, 33]}>
          <tbody>
            <Row ctx={ctx} field="name" notes={!narrative} />
            {(optional("departmentName") || optional("departmentCode")) && (
              <tr>
                <th className={th} scope="row">{ctx.label("departmentName")}</th>
                <FieldCell ctx={ctx} field="departmentName" />
                <th className={th} scope="row">{ctx.label("departmentCode")}</th>
                <FieldCell ctx={ctx} field="departmentCode" />
              </tr>
            )}
            {optional("unitName") && <Row ctx={ctx} field="unitName" notes={!narrative} />}
            {optional("period") && <Row ctx={ctx} field="period" />}
            {optional("category") && <Row ctx={ctx} field="category" />}
            {optional("summary") && <Row ctx={ctx} field="summary" />}
            {optional("basisSummary") && <Row ctx={ctx} field="basisSummary" />}
            {!narrative && (
              <tr>
                <th className={th} scope="row">{ctx.label("totalAmount")}</th>
                <td colSpan={3} data-field="totalAmount" className={cn(td, ctx.changed("totalAmount") && CHANGED)}>
                  <span className="tabular-nums" title={`${formatWan(fen(doc.totalAmount))} 万元`}>{yuan(doc.totalAmount)}</span>
                  {ctx.changed("totalAmount") && <ChangedMark />}
                  <Notes comments={ctx.notes("field:totalAmount")} />
                  <Findings items={ctx.findingsOf("totalAmount")} />
                </td>
              </tr>
            )}
          </tbody>
        </FormTable>
        {showFunding && <FundingTable ctx={ctx} medium={cols.medium} />}
        <Goals ctx={ctx} sideBySide={cols.medium && !cols.detail} />
        <IndicatorTable ctx={ctx} />
        {(optional("guaranteeMeasures") || optional("performanceNotes")) && (
          <FormTable caption="保障措施与绩效说明" className="-mt-px" widths={[17, 83]}>
            <tbody>
              {optional("guaranteeMeasures") && <Row ctx={ctx} field="guaranteeMeasures" span={1} />}
              {optional("performanceNotes") && <Row ctx={ctx} field="performanceNotes" span={1} />}
            </tbody>
          </FormTable>
        )}
        <SignRow ctx={ctx} />
      </div>
    </section>
  );
}

const PROJECT_FIELDS: readonly FieldKey[] = [
  "title", "year", "name", ...NARRATIVE_FIELDS, "departmentName", "departmentCode", "period", "category", "summary", "basisSummary", "totalAmount",
  "mediumGoal", "annualGoal", "guaranteeMeasures", "performanceNotes", "responsiblePerson", "filler", "filledOn",
];

// ───────────── 部门（单位）整体支出绩效目标申报表 ─────────────

const CATEGORIES: readonly ExpenditureCategory[] = ["PERSONNEL", "OPERATING_PUBLIC", "OPERATING_OTHER", "SPECIFIC"];

function CategoryTable({ ctx }: { ctx: ViewContext }) {
  const { doc } = ctx;
  const amounts = new Map(doc.categoryAmounts.map((c) => [c.category, c]));
  const fiscal = sumFen(doc.categoryAmounts.map((c) => fen(c.fiscal)));
  const other = sumFen(doc.categoryAmounts.map((c) => fen(c.other)));
  const changed = !!ctx.changes?.categoryAmounts;
  // "运转类 · 公用经费" → a merged 运转类 cell over its two kinds, as 003 prints it.
  const split = CATEGORIES.map((c) => {
    const [group, kind] = EXPENDITURE_CATEGORY_LABELS[c].split(" · ");
    return { category: c, group, kind: kind ?? null };
  });
  const money = (f: number) => (f === 0 ? "" : formatYuan(f));
  return (
    <div id="declaration-category-amounts" data-part="categoryAmounts" className={cn(changed && CHANGED)}>
      <FormTable caption="预算资金" className="-mt-px" widths={[17, 12, 23, 16, 16, 16]}>
        <tbody>
          <tr>
            <th className={th} rowSpan={2 + CATEGORIES.length} scope="rowgroup">预算资金（元）{changed && <ChangedMark />}</th>
            <th className={th} colSpan={2} scope="col" />
            <th className={th} scope="col">合计</th>
            <th className={th} scope="col">财政资金</th>
            <th className={th} scope="col">其他资金</th>
          </tr>
          <tr>
            <th className={cn(th, "text-left")} colSpan={2} scope="row">{ctx.label("totalAmount")}：{ctx.changed("totalAmount") && <ChangedMark />}</th>
            <td className={cn(td, num, ctx.changed("totalAmount") && CHANGED)} data-field="totalAmount" title={`${formatWan(fen(doc.totalAmount))} 万元`}>{yuan(doc.totalAmount)}</td>
            <td className={cn(td, num)}>{money(fiscal)}</td>
            <td className={cn(td, num)}>{money(other)}</td>
          </tr>
        
          {split.map((s, i) => {
            const a = amounts.get(s.category);
            const f = a ? fen(a.fiscal) : 0;
            const o = a ? fen(a.other) : 0;
            const firstOfGroup = s.kind !== null && split[i - 1]?.group !== s.group;
            const groupSize = split.filter((x) => x.group === s.group).length;
            return (
              <tr key={s.category} data-category={s.category}>
                {s.kind === null ? (
                  <th className={cn(th, "text-left")} colSpan={2} scope="row">{i === 0 ? "其中：" : ""}{s.group}</th>
                ) : (
                  <>
                    {firstOfGroup && <th className={th} rowSpan={groupSize} scope="rowgroup">{s.group}</th>}
                    <th className={cn(th, "text-left")} scope="row">{s.kind}</th>
                  </>
                )}
                <td className={cn(td, num)} title={a ? `${formatWan(f + o)} 万元` : undefined}>{a ? formatYuan(f + o) : ""}</td>
                <td className={cn(td, num)}>{a ? money(f) : ""}</td>
                <td className={cn(td, num)}>{a ? money(o) : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </FormTable>
      <Notes comments={[...ctx.notes("categoryAmounts"), ...ctx.notes("field:totalAmount")]} />
      <Findings items={[...ctx.findingsOf("categoryAmounts"), ...ctx.findingsOf("totalAmount")]} />
    </div>
  );
}

function DepartmentForm({ ctx }: { ctx: ViewContext }) {
  const { doc } = ctx;
  return (
    <section aria-label={tableTitle(doc)} data-part="table">
      <div className="text-center">
        <h2 className={cn("text-lg font-semibold", ctx.changed("title") && CHANGED)} data-field="title">
          {tableTitle(doc)}
          {ctx.changed("title") && <ChangedMark />}
        </h2>
        <p className={cn("text-slate-700", ctx.changed("year") && CHANGED)} data-field="year">（{doc.year}年度）{ctx.changed("year") && <ChangedMark />}</p>
        <Notes comments={ctx.notes("field:title")} />
      </div>
      <div className="mt-3">
        <FormTable caption="预算单位" widths={[17, 83]}>
          <tbody><Row ctx={ctx} field="name" span={1} /></tbody>
        </FormTable>
        <CategoryTable ctx={ctx} />
        <FormTable caption={ctx.label("annualGoal")} className="-mt-px" widths={[17, 83]}>
          <tbody><Row ctx={ctx} field="annualGoal" span={1} /></tbody>
        </FormTable>
        <IndicatorTable ctx={ctx} valueLabel="指标值（包含数字及文字描述）" />
      </div>
    </section>
  );
}

const DEPARTMENT_FIELDS: readonly FieldKey[] = ["title", "year", "name", "totalAmount", "annualGoal"];

function ProjectList({ projects, area, linked }: { projects: readonly DeclarationProjectLink[]; area: DeclarationArea; linked: boolean }) {
  const total = sumFen(projects.map((p) => fen(p.totalAmount)));
  return (
    <section aria-label="下属项目" data-testid="declaration-projects" className="mt-6">
      <h3 className="text-base font-semibold text-slate-900">下属项目支出绩效目标申报表（{projects.length} 个）</h3>
      {projects.length === 0 ? (
        <p className="mt-1 text-sm text-slate-400">暂无下属项目</p>
      ) : (
        <FormTable caption="下属项目" className="mt-2" widths={[6, 44, 18, 18, 14]}>
          <thead>
            <tr>
              <th className={th} scope="col">序号</th>
              <th className={th} scope="col">{DECLARATION_FIELD_LABELS.name}</th>
              <th className={th} scope="col">{DECLARATION_FIELD_LABELS.category}</th>
              <th className={th} scope="col">{DECLARATION_FIELD_LABELS.totalAmount}</th>
              <th className={th} scope="col">状态</th>
            </tr>
          </thead>
          <tbody>
            {projects.map((p, i) => (
              <tr key={p.id}>
                <td className={cn(td, "text-center")}>{i + 1}</td>
                <td className={td}>{linked ? <Link className="text-brand-700 hover:underline" href={declarationHref(area, p.id)}>{p.name}</Link> : p.name}</td>
                <td className={td}>{p.category ? EXPENDITURE_CATEGORY_LABELS[p.category] : ""}</td>
                <td className={cn(td, num)}>{yuan(p.totalAmount)}</td>
                <td className={cn(td, "text-center")}><SubmissionStatusBadge status={p.status} /></td>
              </tr>
            ))}
            <tr>
              <th className={th} colSpan={3} scope="row">合计</th>
              <td className={cn(td, num)} data-testid="declaration-projects-total">{formatYuan(total)}</td>
              <td className={td} />
            </tr>
          </tbody>
        </FormTable>
      )}
    </section>
  );
}

/** Fields the chosen layout has no place for, shown when they hold something (or a comment or change is on them). */
function OtherFields({ ctx, placed }: { ctx: ViewContext; placed: readonly FieldKey[] }) {
  const rest = (Object.keys(DECLARATION_FIELD_LABELS) as FieldKey[]).filter((f) => !placed.includes(f) && ctx.shows(f));
  if (!rest.length) return null;
  return (
    <FormTable caption="其他栏目" className="mt-4" widths={[17, 83]}>
      <tbody>
        {rest.map((f) => <Row key={f} ctx={ctx} field={f} span={1} />)}
      </tbody>
    </FormTable>
  );
}

// ───────────── The whole declaration ─────────────

export function DeclarationView({ doc, findings, comments = [], changes = null, mode = "page", projects, area = "bureau" }: DeclarationViewProps) {
  const ctx = new ViewContext(doc, findings, comments, changes);
  const department = doc.kind === "DEPARTMENT";
  const narrative = !department && hasNarrative(ctx);
  const cols = indicatorColumns(doc.indicators);
  const fundingShown = doc.funding.length > 0 || !!changes?.funding || ctx.notes("funding").length > 0 || (!department && cols.medium);

  // Findings and comments whose part this layout does not draw are listed at the top, so none is lost.
  const fundLinesShown = narrative || (department && (doc.fundLines.length > 0 || (changes?.removedFundLines.length ?? 0) > 0));
  const placedFindings = new Set(["indicators", "totalAmount", ...(fundingShown ? ["funding"] : []), ...(department ? ["categoryAmounts"] : []), ...(fundLinesShown ? ["fundLines"] : [])]);
  const looseFindings = findings.filter((f) => !placedFindings.has(f.field));
  const ids = new Set(doc.indicators.map((r, i) => indicatorAddress(r, i)));
  const looseComments = comments.filter((c) => {
    if (c.target.startsWith("field:")) return !Object.hasOwn(DECLARATION_FIELD_LABELS, c.target.slice(6));
    if (c.target.startsWith("fundLine:")) return !fundLinesShown || Number(c.target.slice(9)) > doc.fundLines.length || Number(c.target.slice(9)) < 1;
    if (c.target === "funding") return !fundingShown;
    if (c.target === "categoryAmounts") return !department;
    if (c.target.startsWith("indicator:")) return !ids.has(c.target as `indicator:${string}`);
    return true;
  });
  const hard = findings.filter((f) => f.severity === "hard").length;
  const warnings = findings.length - hard;

  return (
    <article data-testid="declaration-view" data-mode={mode} className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <div className="mb-4 text-sm" data-testid="declaration-check">
        {findings.length === 0 ? (
          <p className="text-green-700" data-testid="declaration-check-ok">合计核对无误。</p>
        ) : (
          <p className={hard ? "text-red-700" : "text-amber-800"}>
            合计核对：{hard > 0 && <span>{hard} 处须改正</span>}{hard > 0 && warnings > 0 && "，"}{warnings > 0 && <span>{warnings} 处提示</span>}（见表中标注）
          </p>
        )}
        <Findings items={looseFindings} />
        {looseComments.length > 0 && (
          <div className="mt-2">
            <p className="text-slate-600">其他审核意见：</p>
            {looseComments.map((c, i) => (
              <div key={i}>
                <p className="text-xs text-slate-500">{c.targetLabel}</p>
                <Notes comments={[c]} />
              </div>
            ))}
          </div>
        )}
      </div>

      {department ? (
        <>
          <DepartmentForm ctx={ctx} />
          {fundLinesShown && (
            <section aria-label="资金安排情况" className="mt-4">
              <h3 className="text-base font-semibold text-slate-900">资金安排情况</h3>
              <FundLines ctx={ctx} total={false} />
            </section>
          )}
          {fundingShown && <div className="mt-4"><FundingTable ctx={ctx} medium={false} /></div>}
          <OtherFields ctx={ctx} placed={DEPARTMENT_FIELDS} />
          {projects && <ProjectList projects={projects} area={area} linked={mode === "page"} />}
        </>
      ) : (
        <>
          {narrative && <ProjectNarrative ctx={ctx} />}
          <ProjectTable ctx={ctx} narrative={narrative} />
          <OtherFields ctx={ctx} placed={PROJECT_FIELDS} />
        </>
      )}
    </article>
  );
}
