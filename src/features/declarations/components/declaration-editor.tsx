"use client";
// 绩效目标申报表 as it is typed (issue 5). The whole document lives in React state (editor-state.ts); every change
// re-runs the sum checks (checks.ts, the same the submission runs), so a 资金安排 that does not add up to 总投入,
// a 资金来源 row that does not, or a category table that does not add up to the 年度预算资金总额 is said right where
// it is typed, with the difference. Saving posts the document as JSON (declaration.save); the server's errors come
// back by path ("doc.indicators.3.annualValue") and land on their inputs, with a summary at the top. The reviewer's
// comments of the last return appear beside the field, line or indicator they are about.
import Link from "next/link";
import { useActionState, useCallback, useEffect, useId, useMemo, useRef, useState, useTransition, type FormEvent, type ReactNode } from "react";
import { toast } from "sonner";
import { usePageForm } from "@/components/form/page-refresh";
import { Button, ButtonLink } from "@/components/ui/button";
import { saveDeclaration } from "@/features/declarations/actions";
import type { ExpenditureCategory, FundingHorizon, FundingLevel, SubmissionStatus } from "@/generated/prisma/enums";
import { cn } from "@/lib/cn";
import { DECLARATION_KIND_LABELS, EXPENDITURE_CATEGORY_LABELS, FUNDING_HORIZON_LABELS, FUNDING_LEVEL_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { formatYuan, parseYuan, sumFen } from "@/lib/money";
import type { ActionState } from "@/server/action";
import { checkDeclaration } from "../checks";
import { declarationHref, fieldLabel, type DeclarationArea, type DeclarationDoc, type DeclarationTextField } from "../doc";
import {
  cellClass, EditorContext, ErrorText, FindingNotes, LabelledInput, ReviewNotes, Section, useEditor, WanHint,
  type EditorComment, type EditorContextValue,
} from "./editor-parts";
import {
  addFundLine, CATEGORY_ORDER, categorySummary, errorPlace, errorsByRow, FUND_LINE_CELL_LABELS, FUNDING_HORIZONS, FUNDING_LEVELS, fundingCell,
  fundingCellLabel, fundingKey, fundingRowSummary, fundLinesSummary, initEditorState, moveFundLine, patchDoc, removeFundLine, setCategoryCell,
  setFundingCell, setText, toDeclarationDoc, updateFundLine, type EditorFundLine, type EditorState, type FieldErrors, type SumSummary,
} from "./editor-state";
import { IndicatorTableEditor, indicatorCellId } from "./indicator-table-editor";

export type DeclarationProjectRow = { id: string; name: string; category: ExpenditureCategory | null; totalAmount: string; status: SubmissionStatus };

export type DeclarationEditorProps = {
  id: string;
  /** The version the document was loaded at (optimistic lock). */
  version: number;
  doc: DeclarationDoc;
  area: DeclarationArea;
  /** The reviewer's comments of the last return (review.ts latestComments). */
  comments: readonly EditorComment[];
  /** The declaring unit (shown; offered for 实施单位). */
  unitName: string;
  /** A department-wide declaration's projects (listed beneath it; their amounts checked against the categories). */
  projects?: readonly DeclarationProjectRow[];
};

type Update = (change: (state: EditorState) => EditorState) => void;
/** The row keys (and funding / category cells) in the order they were posted: server errors are by that index. */
type Posted = { indicators: string[]; fundLines: string[]; funding: string[]; categoryAmounts: string[] };

const NO_PROJECTS: readonly DeclarationProjectRow[] = [];
const NO_COMMENTS: EditorComment[] = [];
const NO_ERRORS: FieldErrors = {};
const EMPTY_POSTED: Posted = { indicators: [], fundLines: [], funding: [], categoryAmounts: [] };

/** The editor starts again from the saved document whenever the saved version changes (after a save). */
export function DeclarationEditor(props: DeclarationEditorProps) {
  return <EditorForm key={props.version} {...props} />;
}

function EditorForm({ id, version, doc: loaded, area, comments, unitName, projects = NO_PROJECTS }: DeclarationEditorProps) {
  const prefix = `d${useId().replace(/[^a-zA-Z0-9]/g, "")}`;
  const [state, setState] = useState(() => initEditorState(loaded));
  const update: Update = useCallback((change) => setState(change), []);
  const [initialJson] = useState(() => JSON.stringify(toDeclarationDoc(initEditorState(loaded).doc)));
  const current = useMemo(() => toDeclarationDoc(state.doc), [state.doc]);
  const findings = useMemo(
    () => checkDeclaration(current, projects.map((p) => ({ name: p.name, category: p.category, totalAmount: p.totalAmount }))),
    [current, projects],
  );
  const dirty = JSON.stringify(current) !== initialJson;
  const kind = state.doc.kind;

  const [result, dispatch, pending] = useActionState<ActionState, FormData>(saveDeclaration, null);
  const [posted, setPosted] = useState<Posted>(EMPTY_POSTED);
  const [, startTransition] = useTransition();
  const { busy, post, answered } = usePageForm();
  const handled = useRef<number | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!result || handled.current === result.at) return;
    handled.current = result.at;
    answered(result);
    if (result.ok) {
      toast.success(result.message ?? "已保存");
    } else {
      summaryRef.current?.focus();
    }
  }, [result, answered]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const fieldErrors: FieldErrors = result && !result.ok ? (result.fieldErrors ?? NO_ERRORS) : NO_ERRORS;
  const commentMap = useMemo(() => {
    const map = new Map<string, EditorComment[]>();
    for (const c of comments) map.set(c.target, [...(map.get(c.target) ?? []), c]);
    return map;
  }, [comments]);
  const commentsOf = useCallback((target: string) => commentMap.get(target) ?? NO_COMMENTS, [commentMap]);
  const idFor = useCallback((name: string) => `${prefix}-${name.replace(/[^\w-]/g, "-")}`, [prefix]);
  const ctx: EditorContextValue = {
    kind,
    idFor,
    error: (path) => fieldErrors[`doc.${path}`]?.[0],
    comments: commentsOf,
    findings: (field) => findings.filter((f) => f.field === field),
  };
  const indicatorErrors = useMemo(() => errorsByRow(fieldErrors, "indicators", posted.indicators), [fieldErrors, posted]);
  const lineErrors = useMemo(() => errorsByRow(fieldErrors, "fundLines", posted.fundLines), [fieldErrors, posted]);
  const fundingErrors = useMemo(() => errorsByRow(fieldErrors, "funding", posted.funding), [fieldErrors, posted]);
  const categoryErrors = useMemo(() => errorsByRow(fieldErrors, "categoryAmounts", posted.categoryAmounts), [fieldErrors, posted]);

  const hard = findings.filter((f) => f.severity === "hard").length;

  /** Where the summary links a server error to. */
  const targetOf = (path: string): string | null => {
    const [, list, index, cell] = path.split(".");
    const i = Number(index);
    if (list === "indicators" && posted.indicators[i]) return indicatorCellId(prefix, posted.indicators[i], cell ?? "name");
    if (list === "fundLines" && posted.fundLines[i]) return idFor(`fl-${posted.fundLines[i]}-${cell ?? "name"}`);
    if (list === "funding") return idFor(posted.funding[i] ? `funding-${posted.funding[i]}` : "funding");
    if (list === "categoryAmounts") return posted.categoryAmounts[i] ? idFor(`cat-${posted.categoryAmounts[i]}-${cell === "other" ? "other" : "fiscal"}`) : `${prefix}-sec-categories`;
    return list ? idFor(list) : null;
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setPosted({
      indicators: state.doc.indicators.map((r) => r.key),
      fundLines: state.doc.fundLines.map((l) => l.key),
      funding: current.funding.map((f) => fundingKey(f.horizon, f.level)),
      categoryAmounts: current.categoryAmounts.map((c) => c.category),
    });
    const data = new FormData();
    data.set("id", id);
    data.set("version", String(version));
    data.set("doc", JSON.stringify(current));
    post();
    startTransition(() => dispatch(data));
  };

  const text = (field: DeclarationTextField, opts: { multiline?: boolean; rows?: number; required?: boolean; hint?: ReactNode; className?: string; heading?: boolean; extra?: ReactNode } = {}) => (
    <LabelledInput path={field} label={fieldLabel(kind, field)} value={state.doc[field] ?? ""} onChange={(v) => update((s) => setText(s, field, v))}
      commentTarget={`field:${field}`} multiline={opts.multiline} rows={opts.rows} required={opts.required} hint={opts.hint} extra={opts.extra}
      className={cn(opts.heading && "[&>label]:text-base [&>label]:font-semibold [&>label]:text-slate-800", opts.className)} />
  );
  const narrative = (field: DeclarationTextField, rows = 4) => <div className="border-t border-slate-200 pt-4">{text(field, { multiline: true, rows, heading: true })}</div>;

  const totalAmount = (
    <LabelledInput path="totalAmount" label={fieldLabel(kind, "totalAmount")} value={state.doc.totalAmount} inputMode="decimal" required
      onChange={(v) => update((s) => setText(s, "totalAmount", v))} commentTarget="field:totalAmount" className="max-w-xs"
      extra={<><WanHint text={state.doc.totalAmount} /><FindingNotes findings={ctx.findings("totalAmount")} /></>} />
  );
  const yearField = <LabelledInput path="year" label={fieldLabel(kind, "year")} value={String(state.doc.year)} readOnly className="max-w-[8rem]" />;

  const otherComments = comments.filter((c) => !isShown(c.target, state.doc));

  return (
    <EditorContext.Provider value={ctx}>
      <form noValidate onSubmit={submit} className="space-y-5" aria-label={DECLARATION_KIND_LABELS[kind]}>
        <p className="text-sm text-slate-600">
          {DECLARATION_KIND_LABELS[kind]} · 申报单位：<span className="font-medium text-slate-800">{unitName}</span>
        </p>

        {result && !result.ok && (
          <div ref={summaryRef} tabIndex={-1} role="alert" data-testid="editor-errors" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p className="font-medium">{result.message}</p>
            {Object.keys(fieldErrors).length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {Object.entries(fieldErrors).map(([path, messages]) => {
                  const target = targetOf(path);
                  const place = errorPlace(kind, path);
                  return (
                    <li key={path} data-error-path={path}>
                      {target ? <a href={`#${target}`} className="underline underline-offset-2">{place}</a> : place}：{messages?.[0]}
                    </li>
                  );
                })}
              </ul>
            )}
          </div>
        )}

        {comments.length > 0 && (
          <div data-testid="editor-review-comments" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p className="font-medium">审核意见 {comments.length} 条（已标在对应的栏目、资金行和指标旁）</p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5">
              {comments.map((c) => <li key={c.id}>{c.targetLabel}：{c.comment}</li>)}
            </ul>
            {otherComments.length > 0 && <ReviewNotes comments={otherComments} />}
          </div>
        )}

        {kind === "PROJECT" ? (
          <>
            <Section id={`${prefix}-sec-name`} title="项目名称">
              {text("title", { hint: "如：呈贡区民政局2020年经费项目" })}
              <div className="grid gap-4 md:grid-cols-[1fr_8rem_14rem]">
                {text("name", { required: true })}
                {yearField}
                <CategorySelect value={state.doc.category} onChange={(category) => update((s) => patchDoc(s, { category }))} />
              </div>
            </Section>
            {narrative("basis")}
            <Section id={`${prefix}-sec-unit`} title="项目实施单位">
              <div className="grid gap-4 md:grid-cols-2">
                {text("unitName", {
                  extra: !state.doc.unitName && unitName ? (
                    <button type="button" className="mt-1 text-xs text-brand-700 underline" onClick={() => update((s) => setText(s, "unitName", unitName))}>填入本单位：{unitName}</button>
                  ) : null,
                })}
                {text("unitOrgCode")}
                {text("unitAddress")}
                {text("unitPhone")}
                {text("legalRepresentative")}
                {text("fundingSource")}
                {text("unitOverview", { multiline: true, rows: 3, className: "md:col-span-2" })}
                {text("departmentName")}
                {text("departmentCode")}
              </div>
            </Section>
            {narrative("overview")}
            {narrative("content")}
            <Section id={`${prefix}-sec-fundLines`} title="资金安排情况">
              <FundLinesEditor lines={state.doc.fundLines} summary={fundLinesSummary(state.doc)} errors={lineErrors} update={update} />
            </Section>
            {narrative("plan")}
            {narrative("effects")}
            <Section id={`${prefix}-sec-targets`} title="项目绩效目标表">
              <div className="grid gap-4 md:grid-cols-2">
                {text("period", { hint: "如：2020年1月-12月" })}
                {totalAmount}
                {text("summary", { multiline: true, rows: 2, className: "md:col-span-2" })}
                {text("basisSummary", { multiline: true, rows: 2, className: "md:col-span-2" })}
              </div>
              <FundingGrid doc={state.doc} errors={fundingErrors} update={update} />
              <div className="grid gap-4 md:grid-cols-2">
                {text("mediumGoal", { multiline: true, rows: 5 })}
                {text("annualGoal", { multiline: true, rows: 5 })}
              </div>
            </Section>
          </>
        ) : (
          <>
            <Section id={`${prefix}-sec-name`} title="预算单位">
              {text("title", { hint: "如：部门（单位）整体支出绩效目标申报表" })}
              <div className="grid gap-4 md:grid-cols-[1fr_8rem]">
                {text("name", {
                  required: true,
                  extra: !state.doc.name && unitName ? (
                    <button type="button" className="mt-1 text-xs text-brand-700 underline" onClick={() => update((s) => setText(s, "name", unitName))}>填入本单位：{unitName}</button>
                  ) : null,
                })}
                {yearField}
              </div>
            </Section>
            <Section id={`${prefix}-sec-categories`} title="预算资金">
              {totalAmount}
              <CategoryTable doc={state.doc} errors={categoryErrors} update={update} />
            </Section>
            {narrative("annualGoal", 6)}
          </>
        )}

        <Section id={`${prefix}-sec-indicators`} title="绩效指标">
          <IndicatorTableEditor rows={state.doc.indicators} prefix={prefix} rowErrors={indicatorErrors} comments={commentsOf}
            findings={ctx.findings("indicators")} update={update} nameRequired={kind === "PROJECT"} />
          <ErrorText id={idFor("indicators-error")} path="doc.indicators" message={ctx.error("indicators")} />
        </Section>

        {kind === "PROJECT" && (
          <>
            {narrative("guaranteeMeasures", 3)}
            {narrative("performanceNotes", 3)}
          </>
        )}
        <Section id={`${prefix}-sec-signatures`} title="填报">
          <div className="grid gap-4 md:grid-cols-3">
            {text("responsiblePerson")}
            {text("filler")}
            <LabelledInput path="filledOn" label={fieldLabel(kind, "filledOn")} type="date" value={state.doc.filledOn ?? ""}
              onChange={(v) => update((s) => setText(s, "filledOn", v))} commentTarget="field:filledOn" />
          </div>
        </Section>

        {kind === "DEPARTMENT" && <ProjectsBeneath id={id} area={area} projects={projects} />}

        <div className="sticky bottom-0 z-10 -mx-4 flex flex-wrap items-center gap-3 border-t border-slate-200 bg-white/95 px-4 py-3">
          <Button type="submit" disabled={pending || busy}>{pending ? "保存中…" : "保存"}</Button>
          {dirty ? <span className="text-xs text-amber-700" data-testid="editor-dirty">有未保存的修改（提交审核的是已保存的内容）</span> : <span className="text-xs text-slate-500">已保存</span>}
          <span data-testid="editor-verdict" className={cn("ml-auto text-xs", hard > 0 ? "text-red-700" : "text-green-700")}>
            {hard > 0 ? `有 ${hard} 项须改正后才能提交审核（红色；保存草稿不受影响）` : "各项合计相符，可以提交审核"}
          </span>
        </div>
      </form>
    </EditorContext.Provider>
  );
}

/** Is the comment's target one the editor shows beside a field, line, table or row? */
function isShown(target: string, doc: EditorState["doc"]): boolean {
  if (target.startsWith("field:")) return true;
  if (target === "funding") return doc.kind === "PROJECT";
  if (target === "categoryAmounts") return doc.kind === "DEPARTMENT";
  if (target.startsWith("fundLine:")) return Number(target.slice(9)) <= doc.fundLines.length;
  if (target.startsWith("indicator:")) return doc.indicators.some((r) => r.id && `indicator:${r.id}` === target);
  return false;
}

function CategorySelect({ value, onChange }: { value: ExpenditureCategory | null; onChange: (value: ExpenditureCategory | null) => void }) {
  const ctx = useEditor();
  const id = ctx.idFor("category");
  const error = ctx.error("category");
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">{fieldLabel(ctx.kind, "category")}</label>
      <select id={id} value={value ?? ""} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} className={cellClass + " py-1.5"}
        onChange={(e) => onChange((e.target.value || null) as ExpenditureCategory | null)}>
        <option value="">（未选择）</option>
        {CATEGORY_ORDER.map((c) => <option key={c} value={c}>{EXPENDITURE_CATEGORY_LABELS[c]}</option>)}
      </select>
      <ErrorText id={`${id}-error`} path="doc.category" message={error} />
      <ReviewNotes comments={ctx.comments("field:category")} />
    </div>
  );
}

/** 合计 against the total it must equal, said with the difference. */
function SumLine({ label, summary, totalLabel, testId }: { label: string; summary: SumSummary; totalLabel: string; testId: string }) {
  const { sum, diff, total, invalid } = summary;
  return (
    <p className="text-sm" data-testid={testId}>
      {label} <span className="font-semibold">{formatYuan(sum)}</span> 元
      {total === null ? (
        <span className="ml-2 text-slate-500">（{totalLabel}尚未填写）</span>
      ) : diff === 0 ? (
        <span className="ml-2 text-green-700">与{totalLabel} {formatYuan(total)} 元一致</span>
      ) : (
        <span className="ml-2 font-medium text-red-700" data-testid={`${testId}-diff`}>
          与{totalLabel} {formatYuan(total)} 元不符，{diff! > 0 ? "多" : "少"} {formatYuan(Math.abs(diff!))} 元
        </span>
      )}
      {invalid > 0 && <span className="ml-2 text-red-700">另有 {invalid} 项金额格式不正确，未计入</span>}
    </p>
  );
}

function FundLinesEditor({ lines, summary, errors, update }: { lines: EditorFundLine[]; summary: SumSummary; errors: Map<string, Record<string, string>>; update: Update }) {
  const ctx = useEditor();
  const totalLabel = fieldLabel(ctx.kind, "totalAmount").replace(/（元）$/, "");
  return (
    <div className="space-y-2">
      {lines.length > 0 && (
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm" aria-label="资金安排情况">
            <thead className="text-xs text-slate-600">
              <tr><th className="px-1">序号</th><th className="px-1">{FUND_LINE_CELL_LABELS.name}</th><th className="px-1">{FUND_LINE_CELL_LABELS.amount}</th><th className="px-1">{FUND_LINE_CELL_LABELS.plan}</th><th className="px-1"><span className="sr-only">操作</span></th></tr>
            </thead>
            <tbody>
              {lines.map((line, i) => {
                const n = i + 1;
                const e = errors.get(line.key) ?? {};
                const cid = (cell: string) => ctx.idFor(`fl-${line.key}-${cell}`);
                const comments = ctx.comments(`fundLine:${n}`);
                return (
                  <tr key={line.key} className="border-t border-slate-100 align-top" data-fund-line={n}>
                    <td className="p-1 text-center text-xs text-slate-500">{n}</td>
                    <td className="p-1">
                      <input id={cid("name")} aria-label={`资金安排第${n}项 用途`} value={line.name} aria-invalid={!!e.name} aria-describedby={e.name ? `${cid("name")}-error` : undefined}
                        className={cn(cellClass, "min-w-48")} onChange={(ev) => update((s) => updateFundLine(s, i, { name: ev.target.value }))} />
                      <ErrorText id={`${cid("name")}-error`} path={`doc.fundLines.${i}.name`} message={e.name} />
                      <ReviewNotes comments={comments} />
                    </td>
                    <td className="p-1">
                      <input id={cid("amount")} aria-label={`资金安排第${n}项 金额（元）`} inputMode="decimal" value={line.amount} aria-invalid={!!e.amount} aria-describedby={e.amount ? `${cid("amount")}-error` : undefined}
                        className={cn(cellClass, "w-36 text-right")} onChange={(ev) => update((s) => updateFundLine(s, i, { amount: ev.target.value }))} />
                      <WanHint text={line.amount} />
                      <ErrorText id={`${cid("amount")}-error`} path={`doc.fundLines.${i}.amount`} message={e.amount} />
                    </td>
                    <td className="p-1">
                      <textarea id={cid("plan")} aria-label={`资金安排第${n}项 实施计划`} rows={2} value={line.plan ?? ""} aria-invalid={!!e.plan} aria-describedby={e.plan ? `${cid("plan")}-error` : undefined}
                        className={cn(cellClass, "min-w-64")} onChange={(ev) => update((s) => updateFundLine(s, i, { plan: ev.target.value }))} />
                      <ErrorText id={`${cid("plan")}-error`} path={`doc.fundLines.${i}.plan`} message={e.plan} />
                    </td>
                    <td className="p-1">
                      <div className="flex gap-1">
                        <Button type="button" variant="ghost" className="px-1.5 py-0.5 text-xs" aria-label={`资金安排第${n}项 上移`} disabled={i === 0} onClick={() => update((s) => moveFundLine(s, i, -1))}>上移</Button>
                        <Button type="button" variant="ghost" className="px-1.5 py-0.5 text-xs" aria-label={`资金安排第${n}项 下移`} disabled={i === lines.length - 1} onClick={() => update((s) => moveFundLine(s, i, 1))}>下移</Button>
                        <Button type="button" variant="ghost" className="px-1.5 py-0.5 text-xs text-red-700" aria-label={`删除资金安排第${n}项`} onClick={() => update((s) => removeFundLine(s, i))}>删除</Button>
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" disabled={lines.length >= 50} onClick={() => update(addFundLine)}>添加资金安排</Button>
        {lines.length > 0 && <SumLine label={`以上 ${lines.length} 项合计`} summary={summary} totalLabel={totalLabel} testId="fund-lines-total" />}
      </div>
      <ErrorText id={ctx.idFor("fundLines-error")} path="doc.fundLines" message={ctx.error("fundLines")} />
      <FindingNotes findings={ctx.findings("fundLines")} />
    </div>
  );
}

function FundingGrid({ doc, errors, update }: { doc: EditorState["doc"]; errors: Map<string, Record<string, string>>; update: Update }) {
  const ctx = useEditor();
  const totalLabel = fieldLabel(ctx.kind, "totalAmount").replace(/（元）$/, "");
  return (
    <div id={ctx.idFor("funding")} className="space-y-2">
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" aria-label="资金来源">
          <thead className="text-xs text-slate-600">
            <tr>
              <th className="px-1"><span className="sr-only">期限</span></th>
              <th className="px-1 text-right">合计</th>
              {FUNDING_LEVELS.map((l) => <th key={l} className="px-1">{FUNDING_LEVEL_LABELS[l]}</th>)}
            </tr>
          </thead>
          <tbody>
            {FUNDING_HORIZONS.map((h) => {
              const summary = fundingRowSummary(doc, h);
              return (
                <tr key={h} className="border-t border-slate-100 align-top" data-funding-row={h}>
                  <th scope="row" className="whitespace-nowrap p-1 text-left font-medium text-slate-700">{FUNDING_HORIZON_LABELS[h]}（元）</th>
                  <td className="p-1 text-right" data-testid={`funding-total-${h}`}>
                    <span className="font-semibold">{formatYuan(summary.sum)}</span>
                    {h === "ANNUAL" && summary.total !== null && summary.diff !== 0 && doc.funding.some((f) => f.horizon === h) && (
                      <span className="block text-xs text-red-700">与{totalLabel}{summary.diff! > 0 ? "多" : "少"} {formatYuan(Math.abs(summary.diff!))}</span>
                    )}
                  </td>
                  {FUNDING_LEVELS.map((l) => <FundingInput key={l} horizon={h} level={l} value={fundingCell(doc, h, l)} error={errors.get(fundingKey(h, l))} update={update} />)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ErrorText id={ctx.idFor("funding-error")} path="doc.funding" message={ctx.error("funding")} />
      <FindingNotes findings={ctx.findings("funding")} />
      <ReviewNotes comments={ctx.comments("funding")} />
    </div>
  );
}

function FundingInput({ horizon, level, value, error, update }: { horizon: FundingHorizon; level: FundingLevel; value: string; error?: Record<string, string>; update: Update }) {
  const ctx = useEditor();
  const id = ctx.idFor(`funding-${fundingKey(horizon, level)}`);
  const message = error ? Object.values(error)[0] : undefined;
  return (
    <td className="p-1">
      <input id={id} aria-label={fundingCellLabel(horizon, level)} inputMode="decimal" value={value} aria-invalid={!!message} aria-describedby={message ? `${id}-error` : undefined}
        className={cn(cellClass, "w-32 text-right")} onChange={(e) => update((s) => setFundingCell(s, horizon, level, e.target.value))} />
      <WanHint text={value} />
      <ErrorText id={`${id}-error`} path={`doc.funding`} message={message} />
    </td>
  );
}

function CategoryTable({ doc, errors, update }: { doc: EditorState["doc"]; errors: Map<string, Record<string, string>>; update: Update }) {
  const ctx = useEditor();
  const summary = categorySummary(doc);
  const cell = (category: ExpenditureCategory, column: "fiscal" | "other") => {
    const row = doc.categoryAmounts.find((c) => c.category === category);
    const value = row?.[column] ?? "";
    const id = ctx.idFor(`cat-${category}-${column}`);
    const e = errors.get(category);
    const message = e?.[column] ?? (column === "fiscal" ? e?.category : undefined);
    return (
      <td className="p-1">
        <input id={id} aria-label={`${EXPENDITURE_CATEGORY_LABELS[category]} ${column === "fiscal" ? "财政资金" : "其他资金"}（元）`} inputMode="decimal" value={value}
          aria-invalid={!!message} aria-describedby={message ? `${id}-error` : undefined} className={cn(cellClass, "w-36 text-right")}
          onChange={(ev) => update((s) => setCategoryCell(s, category, column, ev.target.value))} />
        <WanHint text={value} />
        <ErrorText id={`${id}-error`} path={`doc.categoryAmounts`} message={message} />
      </td>
    );
  };
  const totalLabel = fieldLabel(ctx.kind, "totalAmount").replace(/（元）$/, "");
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm" aria-label="预算资金（按支出类别）">
          <thead className="text-xs text-slate-600">
            <tr><th className="px-1">支出类别</th><th className="px-1 text-right">合计（元）</th><th className="px-1">财政资金（元）</th><th className="px-1">其他资金（元）</th></tr>
          </thead>
          <tbody>
            {CATEGORY_ORDER.map((c) => (
              <tr key={c} className="border-t border-slate-100 align-top" data-category={c}>
                <th scope="row" className="whitespace-nowrap p-1 text-left font-medium text-slate-700">{EXPENDITURE_CATEGORY_LABELS[c]}</th>
                <td className="p-1 text-right">{formatYuan(summary.rows[c])}</td>
                {cell(c, "fiscal")}
                {cell(c, "other")}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t border-slate-300 font-semibold">
              <th scope="row" className="p-1 text-left">年度资金总额</th>
              <td className="p-1 text-right" data-testid="categories-total">{formatYuan(summary.all.sum)}</td>
              <td className="p-1 text-right">{formatYuan(summary.fiscal)}</td>
              <td className="p-1 text-right">{formatYuan(summary.other)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
      <SumLine label="人员类、运转类、特定目标类合计" summary={summary.all} totalLabel={totalLabel} testId="categories-sum" />
      <ErrorText id={ctx.idFor("categoryAmounts-error")} path="doc.categoryAmounts" message={ctx.error("categoryAmounts")} />
      <FindingNotes findings={ctx.findings("categoryAmounts")} />
      <ReviewNotes comments={ctx.comments("categoryAmounts")} />
    </div>
  );
}

function ProjectsBeneath({ id, area, projects }: { id: string; area: DeclarationArea; projects: readonly DeclarationProjectRow[] }) {
  const prefix = useEditor().idFor("sec-projects");
  const sum = sumFen(projects.map((p) => parseYuan(p.totalAmount) ?? 0));
  return (
    <Section id={prefix} title="本部门的项目支出绩效目标申报表">
      {projects.length === 0 ? (
        <p className="text-sm text-slate-500">尚无项目。人员类、运转类（其他运转类）和特定目标类项目各自填一张项目支出绩效目标申报表。</p>
      ) : (
        <table className="min-w-full text-left text-sm" aria-label="本部门的项目">
          <thead className="text-xs text-slate-600"><tr><th className="px-1">项目名称</th><th className="px-1">项目类别</th><th className="px-1 text-right">总投入（元）</th><th className="px-1">状态</th></tr></thead>
          <tbody>
            {projects.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <td className="p-1"><Link href={declarationHref(area, p.id)} className="text-brand-700 hover:underline">{p.name}</Link></td>
                <td className="p-1">{p.category ? EXPENDITURE_CATEGORY_LABELS[p.category] : "—"}</td>
                <td className="p-1 text-right">{formatYuan(parseYuan(p.totalAmount) ?? 0)}</td>
                <td className="p-1">{SUBMISSION_STATUS_LABELS[p.status]}</td>
              </tr>
            ))}
          </tbody>
          <tfoot><tr className="border-t border-slate-300 font-medium"><td className="p-1" colSpan={2}>合计</td><td className="p-1 text-right">{formatYuan(sum)}</td><td /></tr></tfoot>
        </table>
      )}
      <ButtonLink href={`${declarationHref(area)}/new?parent=${id}`} variant="secondary">新建本部门的项目申报表</ButtonLink>
    </Section>
  );
}
