"use client";
// 项目经费预算 as it is typed: the rows live in React state and every change re-runs the finance rules
// (the same pure module the server runs on submission), so each finding shows beside the line it concerns —
// red for what blocks submission, amber for advice — with a summary of the total, the shares and the
// funding. Saving posts the rows as lines.N.* to budget.save; the server's field errors land on the rows.
import { useMemo, useRef, useState } from "react";
import { ActionForm, useFieldError, useFieldId } from "@/components/form/action-form";
import { Hidden, TextareaField } from "@/components/form/fields";
import { Button } from "@/components/ui/button";
import type { BudgetCategory, DailyRateKind } from "@/generated/prisma/enums";
import { BUDGET_CATEGORY_LABELS, BUDGET_CATEGORY_SHORT_LABELS, DAILY_RATE_KIND_LABELS, FUND_SOURCE_LABELS, optionsOf } from "@/lib/labels";
import { formatPercent, formatWan, formatYuan, sumFen, type Fen } from "@/lib/money";
import { cn } from "@/lib/cn";
import { saveBudget } from "../actions";
import { compareBudgets, SHIFT_BAND_TEXT, type ComparableLine } from "../compare";
import { rowIsTyped, suggestCode, TEMPLATE_CATEGORIES } from "../lines";
import { FUND_KEYS, inputProblems, liveCheck, typedFen, type EditorFunds, type EditorRow } from "../live-check";
import { SHARE_LIMITS, type BudgetCheck, type Finding } from "../rules";

export type { EditorFunds, EditorRow };

type Row = EditorRow & { key: number; autoCode: boolean };

const ROW_FIELDS = ["code", "category", "name", "basis", "rateKind", "dailyRate", "amount"] as const;
const MAX_ROWS = 100;
const cell = "w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-[invalid=true]:border-red-500";

const SHARE_ROWS: { key: keyof typeof SHARE_LIMITS; label: string; limit: string }[] = [
  { key: "LABOUR", label: "社工、督导劳务和保险费", limit: "不应超过 70%（一般 40%–65%）" },
  { key: "MEETING", label: "会议费", limit: "建议不超过 7%" },
  { key: "MANAGEMENT", label: "管理费", limit: "不得超过 10%" },
  { key: "OTHER", label: "其他费用（不可预见费＋税费）", limit: "建议不超过 5%" },
  { key: "UNFORESEEN", label: "其中：不可预见费", limit: "通常不超过 1%" },
  { key: "TAX", label: "其中：税费", limit: "通常不超过 4%" },
];

const SHARE_RULES: Record<keyof typeof SHARE_LIMITS, Finding["rule"][]> = {
  LABOUR: ["LABOUR_CAP", "LABOUR_USUAL"], MEETING: ["MEETING_CAP"], MANAGEMENT: ["MANAGEMENT_CAP"], OTHER: ["OTHER_CAP"], UNFORESEEN: ["UNFORESEEN_CAP"], TAX: ["TAX_CAP"],
};

const SHARE_CATEGORIES: Record<keyof typeof SHARE_LIMITS, BudgetCategory[]> = {
  LABOUR: ["LABOUR"], MEETING: ["MEETING"], MANAGEMENT: ["MANAGEMENT"], OTHER: ["UNFORESEEN", "TAX"], UNFORESEEN: ["UNFORESEEN"], TAX: ["TAX"],
};

function FindingText({ finding }: { finding: Finding }) {
  const hard = finding.severity === "hard";
  return (
    <p data-finding={finding.rule} data-severity={finding.severity} className={cn("text-xs", hard ? "text-red-700" : "text-amber-700")}>
      <span className="font-medium">{hard ? "不符合规定：" : "提示："}</span>{finding.message}
    </p>
  );
}

/** The server's field errors of one row (lines.N.code …), by field. */
function useRowErrors(index: number): Record<(typeof ROW_FIELDS)[number], string | undefined> {
  const p = `lines.${index}`;
  return {
    code: useFieldError(`${p}.code`),
    category: useFieldError(`${p}.category`),
    name: useFieldError(`${p}.name`),
    basis: useFieldError(`${p}.basis`),
    rateKind: useFieldError(`${p}.rateKind`),
    dailyRate: useFieldError(`${p}.dailyRate`),
    amount: useFieldError(`${p}.amount`),
  };
}

function ServerRowErrors({ index, errors: all }: { index: number; errors: ReturnType<typeof useRowErrors> }) {
  const errors = ROW_FIELDS.map((k) => [k, all[k]] as const).filter(([, e]) => !!e);
  return (
    <>
      {errors.map(([k, e]) => (
        <p key={k} className="text-xs text-red-700" data-field-error={`lines.${index}.${k}`}>{e}</p>
      ))}
    </>
  );
}

function LineRow({ row, index, locked, spent, findings, problems, onChange, onRemove }: {
  row: Row; index: number; locked: boolean; spent: boolean; findings: Finding[]; problems: string[];
  onChange: (patch: Partial<Row>) => void; onRemove: () => void;
}) {
  const p = `lines.${index}`;
  const n = index + 1;
  const errors = useRowErrors(index);
  const invalid = { code: !!errors.code, name: !!errors.name, amount: !!errors.amount, dailyRate: !!errors.dailyRate, rateKind: !!errors.rateKind };
  const hardOn = (k: string) => findings.some((f) => f.severity === "hard" && f.field === `${p}.${k}`);
  const amountFen = typedFen(row.amount);
  const hasMessages = findings.length > 0 || problems.length > 0 || Object.values(errors).some(Boolean);
  return (
    <tbody data-line={index} className="border-t border-slate-100">
      <tr className="align-top">
        <td className="p-1">
          {row.itemId && <Hidden name={`${p}.itemId`} value={row.itemId} />}
          {locked ? (
            <><Hidden name={`${p}.code`} value={row.code} /><span className="block px-1 py-1 font-mono" aria-label={`第${n}行序号`}>{row.code}</span></>
          ) : (
            <input aria-label={`第${n}行序号`} name={`${p}.code`} value={row.code} aria-invalid={invalid.code} className={cn(cell, "w-16 font-mono")}
              onChange={(e) => onChange({ code: e.target.value, autoCode: false })} />
          )}
        </td>
        <td className="p-1">
          {locked ? (
            <><Hidden name={`${p}.category`} value={row.category} /><span className="block px-1 py-1 text-xs">{BUDGET_CATEGORY_LABELS[row.category]}</span></>
          ) : (
            <select aria-label={`第${n}行费用类别`} name={`${p}.category`} value={row.category} className={cn(cell, "min-w-40")}
              onChange={(e) => onChange({ category: e.target.value as BudgetCategory })}>
              {optionsOf(BUDGET_CATEGORY_LABELS).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
            </select>
          )}
        </td>
        <td className="p-1">
          {locked ? (
            <><Hidden name={`${p}.name`} value={row.name} /><span className="block px-1 py-1">{row.name}</span></>
          ) : (
            <input aria-label={`第${n}行项目名称`} name={`${p}.name`} value={row.name} aria-invalid={invalid.name || hardOn("name")} className={cn(cell, "min-w-40")}
              placeholder={`如：${BUDGET_CATEGORY_SHORT_LABELS[row.category]}`}
              onChange={(e) => onChange({ name: e.target.value })} />
          )}
        </td>
        <td className="p-1">
          <input aria-label={`第${n}行计算方式`} name={`${p}.basis`} value={row.basis} className={cn(cell, "min-w-40")} placeholder="人数*场次*金额"
            onChange={(e) => onChange({ basis: e.target.value })} />
        </td>
        <td className="p-1">
          <select aria-label={`第${n}行劳务标准`} name={`${p}.rateKind`} value={row.rateKind} aria-invalid={invalid.rateKind} className={cn(cell, "min-w-32")}
            onChange={(e) => onChange({ rateKind: e.target.value as DailyRateKind | "" })}>
            <option value="">（不适用）</option>
            {optionsOf(DAILY_RATE_KIND_LABELS).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </td>
        <td className="p-1">
          <input aria-label={`第${n}行标准（元/人/天）`} name={`${p}.dailyRate`} value={row.dailyRate} inputMode="decimal" aria-invalid={invalid.dailyRate || hardOn("dailyRate")} className={cn(cell, "w-24 text-right")}
            onChange={(e) => onChange({ dailyRate: e.target.value })} />
        </td>
        <td className="p-1">
          <input aria-label={`第${n}行金额（元）`} name={`${p}.amount`} value={row.amount} inputMode="decimal" aria-invalid={invalid.amount || hardOn("amount")} className={cn(cell, "w-32 text-right")}
            onChange={(e) => onChange({ amount: e.target.value })} />
          {typeof amountFen === "number" && <span className="block px-1 text-right text-xs text-slate-500">{formatWan(amountFen)} 万元</span>}
        </td>
        <td className="p-1">
          <Button type="button" variant="ghost" aria-label={`删除第${n}行`} disabled={spent} title={spent ? "已有支出记录，不能删除；可将金额调为 0" : undefined} onClick={onRemove}>删除</Button>
        </td>
      </tr>
      <tr>
        <td colSpan={8} className={cn("px-1", hasMessages ? "pb-2" : "p-0")} data-testid={`line-messages-${index}`}>
          <ServerRowErrors index={index} errors={errors} />
          {problems.map((m) => <p key={m} className="text-xs text-red-700">{m}</p>)}
          {findings.map((f) => <FindingText key={`${f.rule}-${f.field}`} finding={f} />)}
        </td>
      </tr>
    </tbody>
  );
}

function FundInput({ name, value, onChange, findings }: { name: (typeof FUND_KEYS)[number]; value: string; onChange: (v: string) => void; findings: Finding[] }) {
  const id = useFieldId(name);
  const error = useFieldError(name);
  const fen = typedFen(value);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block font-medium text-slate-700">{FUND_SOURCE_LABELS[name]}（元）<span className="ml-0.5 text-red-600">*</span></label>
      <input id={id} name={name} value={value} inputMode="decimal" aria-invalid={!!error} className={cn(cell, "text-right")} onChange={(e) => onChange(e.target.value)} />
      <p className="mt-0.5 text-right text-xs text-slate-500">{typeof fen === "number" ? `${formatWan(fen)} 万元` : fen === "invalid" ? "金额格式不正确" : "—"}</p>
      {error && <p className="text-xs text-red-700" data-field-error={name}>{error}</p>}
      {findings.map((f) => <FindingText key={f.rule} finding={f} />)}
    </div>
  );
}

/** Total, shares against their limits, funding against the total, and the findings that concern no line. */
export function BudgetSummary({ check, funded, contractAmount, other }: { check: BudgetCheck; funded: Fen | null; contractAmount: Fen; other: Finding[] }) {
  const hard = check.findings.filter((f) => f.severity === "hard").length;
  const advisory = check.findings.length - hard;
  const amountOf = (key: keyof typeof SHARE_LIMITS) => sumFen(SHARE_CATEGORIES[key].map((c) => check.byCategory[c]));
  return (
    <div data-testid="budget-summary" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3 text-sm">
      <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-3">
        <div><dt className="text-slate-500">资金支出合计</dt><dd className="font-semibold" data-testid="budget-total">{formatYuan(check.total)} 元<span className="ml-1 text-xs font-normal text-slate-500">（{formatWan(check.total)} 万元）</span></dd></div>
        {funded !== null && (
          <div>
            <dt className="text-slate-500">资金来源合计</dt>
            <dd className={cn("font-semibold", funded !== check.total && "text-red-700")}>
              {formatYuan(funded)} 元{funded === check.total ? <span className="ml-1 text-xs font-normal text-green-700">与支出合计一致</span> : <span className="ml-1 text-xs font-normal">相差 {formatYuan(funded - check.total)} 元</span>}
            </dd>
          </div>
        )}
        <div><dt className="text-slate-500">服务项目金额</dt><dd>{formatYuan(contractAmount)} 元</dd></div>
      </dl>
      <table className="w-full text-left text-xs">
        <thead className="text-slate-500"><tr><th className="py-1">费用</th><th className="py-1 text-right">金额（元）</th><th className="py-1 text-right">占比</th><th className="py-1 pl-3">规定</th></tr></thead>
        <tbody>
          {SHARE_ROWS.map((s) => {
            const hit = check.findings.find((f) => SHARE_RULES[s.key].includes(f.rule));
            return (
              <tr key={s.key} data-share={s.key} className={cn(hit?.severity === "hard" && "text-red-700", hit?.severity === "advisory" && "text-amber-700")}>
                <td className="py-0.5">{s.label}</td>
                <td className="py-0.5 text-right">{formatYuan(amountOf(s.key))}</td>
                <td className="py-0.5 text-right font-medium">{formatPercent(check.shares[s.key])}</td>
                <td className="py-0.5 pl-3">{s.limit}{hit ? (hit.severity === "hard" ? " · 超出" : " · 请注意") : ""}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {other.map((f) => <FindingText key={`${f.rule}-${f.field ?? ""}`} finding={f} />)}
      <p data-testid="budget-verdict" className={cn("font-medium", hard > 0 ? "text-red-700" : "text-green-700")}>
        {hard > 0 ? `有 ${hard} 项不符合财务管理规定（红色），修改后才能提交审核` : "符合财务管理规定的限额要求"}
        {advisory > 0 && <span className="ml-2 font-normal text-amber-700">另有 {advisory} 项提示（黄色），不影响提交</span>}
      </p>
    </div>
  );
}

export function BudgetEditor({ contractId, versionId, version, number, contractAmount, funds: initialFunds, notes, reason, rows: initialRows, lockedItems, spentItems, takenCodes, base = null }: {
  contractId: string;
  versionId: string | null;
  version: number | null;
  /** The version being edited: 1 is the declared budget, later ones are adjustments. */
  number: number;
  contractAmount: Fen;
  funds: EditorFunds;
  notes: string;
  reason: string;
  /** Empty for a new budget: it starts from one row per category of the 申报书. */
  rows: EditorRow[];
  lockedItems: string[];
  spentItems: string[];
  takenCodes: string[];
  /** An adjustment: the budget it adjusts, for the 调整幅度 while typing. */
  base?: { number: number; lines: ComparableLine[] } | null;
}) {
  const locked = useMemo(() => new Set(lockedItems), [lockedItems]);
  const spent = useMemo(() => new Set(spentItems), [spentItems]);
  const taken = useMemo(() => new Set(takenCodes), [takenCodes]);
  const [initial] = useState<Row[]>(() => {
    if (initialRows.length > 0) return initialRows.map((r, key) => ({ ...r, key, autoCode: false }));
    const codes: string[] = [...takenCodes];
    return TEMPLATE_CATEGORIES.map((category, key) => {
      const code = suggestCode(category, codes);
      codes.push(code);
      return { key, itemId: null, code, category, name: "", basis: "", rateKind: "", dailyRate: "", amount: "", autoCode: true };
    });
  });
  const [rows, setRows] = useState<Row[]>(initial);
  const [funds, setFunds] = useState<EditorFunds>(initialFunds);
  const nextKey = useRef(initial.length);

  const live = useMemo(() => liveCheck(rows, funds, contractAmount), [rows, funds, contractAmount]);
  const problems = useMemo(() => inputProblems(rows, taken), [rows, taken]);
  const shift = useMemo(() => {
    if (!base) return null;
    const after = rows.flatMap((r) => {
      const amount = typedFen(r.amount);
      return rowIsTyped(r) ? [{ itemId: r.itemId ?? `new-${r.key}`, code: r.code, category: r.category, name: r.name, amount: typeof amount === "number" ? amount : 0 }] : [];
    });
    return compareBudgets(base.lines, after);
  }, [base, rows]);
  const dirty = useMemo(() => JSON.stringify([rows, funds]) !== JSON.stringify([initial, initialFunds]), [rows, funds, initial, initialFunds]);

  const codesExcept = (index: number) => [...takenCodes, ...rows.filter((_, i) => i !== index).map((r) => r.code.trim().toUpperCase())];
  const change = (index: number, patch: Partial<Row>) => setRows((current) => current.map((r, i) => {
    if (i !== index) return r;
    const next = { ...r, ...patch };
    if (patch.category && r.autoCode && !r.itemId) next.code = suggestCode(patch.category, codesExcept(index));
    return next;
  }));
  const add = () => {
    const category: BudgetCategory = "SOCIAL_SERVICE";
    const key = nextKey.current++;
    setRows((current) => [...current, { key, itemId: null, code: suggestCode(category, [...takenCodes, ...current.map((r) => r.code.trim().toUpperCase())]), category, name: "", basis: "", rateKind: "", dailyRate: "", amount: "", autoCode: true }]);
  };
  const remove = (index: number) => setRows((current) => current.filter((_, i) => i !== index));
  const fundFindings = (name: string) => live.other.filter((f) => f.field === name);
  const otherFindings = live.other.filter((f) => !f.field || !f.field.startsWith("fund"));

  return (
    <ActionForm action={saveBudget} submitLabel={number === 1 ? "保存预算" : "保存预算调整"} secondary={dirty ? <span className="self-center text-xs text-amber-700" data-testid="budget-dirty">有未保存的修改（提交审核的是已保存的内容）</span> : null}>
      <Hidden name="contractId" value={contractId} />
      {versionId && <Hidden name="versionId" value={versionId} />}
      {version !== null && <Hidden name="version" value={version} />}
      {number >= 2 && <TextareaField name="reason" label="调整原因" required rows={2} defaultValue={reason} hint="因项目内容、服务类型、受益人群、实施区域或支出标准发生变化而调整预算的理由" />}

      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium text-slate-700">资金来源（申报书按万元填写，此处按元录入）</legend>
        <div className="grid gap-4 md:grid-cols-3">
          {FUND_KEYS.map((k) => <FundInput key={k} name={k} value={funds[k]} findings={fundFindings(k)} onChange={(v) => setFunds((f) => ({ ...f, [k]: v }))} />)}
        </div>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="mb-1 font-medium text-slate-700">预算资金支出明细</legend>
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead className="text-xs text-slate-600">
              <tr>
                <th className="px-1">序号</th><th className="px-1">费用类别</th><th className="px-1">项目</th><th className="px-1">计算方式</th>
                <th className="px-1">劳务标准</th><th className="px-1">元/人/天</th><th className="px-1">金额（元）</th><th className="px-1"><span className="sr-only">操作</span></th>
              </tr>
            </thead>
            {rows.map((row, i) => (
              <LineRow key={row.key} row={row} index={i} locked={!!row.itemId && locked.has(row.itemId)} spent={!!row.itemId && spent.has(row.itemId)}
                findings={live.byRow.get(i) ?? []} problems={problems.get(i) ?? []} onChange={(patch) => change(i, patch)} onRemove={() => remove(i)} />
            ))}
          </table>
        </div>
        <LinesError />
        <div className="flex items-center gap-3">
          {rows.length < MAX_ROWS && <Button type="button" variant="secondary" onClick={add}>添加一行</Button>}
          <p className="text-xs text-slate-500">未填写项目名称、计算方式、标准和金额的行不保存。已在其他版本或支出台账中使用的预算项保留原序号和名称。</p>
        </div>
      </fieldset>

      <BudgetSummary check={live.check} funded={live.funded} contractAmount={contractAmount} other={otherFindings} />
      {base && shift && (
        <p className="text-sm" data-testid="budget-live-shift">
          与第 {base.number} 版相比，调整幅度 <span className="font-semibold">{formatPercent(shift.shift)}</span>（调整金额 {formatYuan(shift.moved)} 元）：
          <span className={cn(shift.band !== "NONE" && "font-medium text-amber-800")}>{SHIFT_BAND_TEXT[shift.band]}</span>
        </p>
      )}

      <TextareaField name="notes" label="预算编制说明" rows={3} defaultValue={notes} hint="如：预算依据、各项费用的计算标准" />
    </ActionForm>
  );
}

/** An error about the lines as a whole (a line with expenses removed …). */
function LinesError() {
  const error = useFieldError("lines");
  return error ? <p className="text-xs text-red-700" data-field-error="lines">{error}</p> : null;
}
