// Read views of a budget version: the 申报书's 项目经费预算 (funding sources, then the expenditure lines by
// category in its order, with 序号, amounts in 元 and 万元 and shares), the findings beside their lines, the
// list of versions, and a version compared with the budget it adjusts.
import Link from "next/link";
import type { ReactNode } from "react";
import type { BudgetCategory, SubmissionStatus } from "@/generated/prisma/enums";
import { formatDate } from "@/lib/dates";
import { BUDGET_CATEGORY_LABELS, DAILY_RATE_KIND_LABELS, FUND_SOURCE_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { formatPercent, formatWan, formatYuan, percentBasisPoints, sumFen, type Fen } from "@/lib/money";
import { cn } from "@/lib/cn";
import { Badge, Multiline } from "@/components/ui/card";
import { SHIFT_BAND_TEXT, type BudgetComparison } from "../compare";
import { CATEGORY_ORDER, SECTION_OF, SUBSECTION_OF } from "../lines";
import type { BudgetCheck, Finding } from "../rules";
import type { StoredLine } from "../version-lines";

const th = "border-b border-slate-200 px-2 py-1.5 text-left text-xs font-medium text-slate-600";
const td = "border-b border-slate-100 px-2 py-1.5 align-top";
const num = "text-right tabular-nums";

const TONE: Record<SubmissionStatus, "slate" | "blue" | "amber" | "green" | "red"> = { DRAFT: "slate", SUBMITTED: "blue", RETURNED: "amber", ACCEPTED: "green", REJECTED: "red" };

export function VersionStatus({ status }: { status: SubmissionStatus }) {
  return <Badge tone={TONE[status]}>{SUBMISSION_STATUS_LABELS[status]}</Badge>;
}

export function FindingList({ findings, empty }: { findings: Finding[]; empty?: ReactNode }) {
  if (findings.length === 0) return empty ? <>{empty}</> : null;
  return (
    <ul className="space-y-0.5">
      {findings.map((f) => (
        <li key={`${f.rule}-${f.field ?? ""}-${f.message}`} data-finding={f.rule} data-severity={f.severity} className={cn("text-xs", f.severity === "hard" ? "text-red-700" : "text-amber-700")}>
          <span className="font-medium">{f.severity === "hard" ? "不符合规定：" : "提示："}</span>{f.message}
        </li>
      ))}
    </ul>
  );
}

type Funds = { fundProvincial: Fen; fundLocal: Fen; fundRaised: Fen };

/** 资金来源 as the 申报书 lists it (万元), with the amount in 元. */
export function FundsTable({ funds }: { funds: Funds }) {
  const total = sumFen([funds.fundProvincial, funds.fundLocal, funds.fundRaised]);
  return (
    <table className="w-full text-sm" aria-label="资金来源">
      <thead><tr><th className={th}>资金来源</th><th className={cn(th, num)}>金额（元）</th><th className={cn(th, num)}>金额（万元）</th></tr></thead>
      <tbody>
        {(["fundProvincial", "fundLocal", "fundRaised"] as const).map((k) => (
          <tr key={k}><td className={td}>{FUND_SOURCE_LABELS[k]}</td><td className={cn(td, num)}>{formatYuan(funds[k])}</td><td className={cn(td, num)}>{formatWan(funds[k])}</td></tr>
        ))}
        <tr className="font-medium"><td className={td}>资金总额合计</td><td className={cn(td, num)}>{formatYuan(total)}</td><td className={cn(td, num)}>{formatWan(total)}</td></tr>
      </tbody>
    </table>
  );
}

/** 预算资金支出明细: sections 一 … 六 in the 申报书's order, subtotals and shares; findings beside their lines. */
export function LinesTable({ lines, check, showFindings = false }: { lines: StoredLine[]; check: BudgetCheck; showFindings?: boolean }) {
  const total = check.total;
  const indexed = lines.map((line, index) => ({ ...line, index }));
  const findingsOf = (index: number) => check.findings.filter((f) => f.field?.startsWith(`lines.${index}.`));
  const sectionTotal = (section: string) => sumFen(CATEGORY_ORDER.filter((c) => SECTION_OF[c] === section).map((c) => check.byCategory[c]));
  const rows: ReactNode[] = [];
  let lastSection = "";
  for (const category of CATEGORY_ORDER) {
    const own = indexed.filter((l) => l.category === category);
    if (own.length === 0) continue;
    const section = SECTION_OF[category];
    if (section !== lastSection) {
      lastSection = section;
      const amount = sectionTotal(section);
      rows.push(
        <tr key={`s-${section}`} className="bg-slate-50 font-medium">
          <td className={td} colSpan={4}>{section}</td>
          <td className={cn(td, num)}>{formatYuan(amount)}</td><td className={cn(td, num)}>{formatWan(amount)}</td><td className={cn(td, num)}>{formatPercent(percentBasisPoints(amount, total))}</td>
        </tr>,
      );
    }
    const sub = SUBSECTION_OF[category];
    if (sub) {
      rows.push(
        <tr key={`c-${category}`} className="text-slate-700">
          <td className={td} colSpan={4}><span className="pl-3">{sub}</span></td>
          <td className={cn(td, num)}>{formatYuan(check.byCategory[category])}</td><td className={cn(td, num)}>{formatWan(check.byCategory[category])}</td><td className={cn(td, num)}>{formatPercent(percentBasisPoints(check.byCategory[category], total))}</td>
        </tr>,
      );
    }
    for (const l of own) {
      const findings = showFindings ? findingsOf(l.index) : [];
      rows.push(
        <tr key={l.itemId} data-code={l.code}>
          <td className={cn(td, "font-mono")}>{l.code}</td>
          <td className={td}>{l.name}<FindingList findings={findings} /></td>
          <td className={cn(td, "text-slate-600")}>{l.basis}</td>
          <td className={cn(td, "text-xs text-slate-600")}>{l.rateKind ? `${DAILY_RATE_KIND_LABELS[l.rateKind]} ${l.dailyRate !== null ? `${formatYuan(l.dailyRate)} 元/人/天` : ""}` : ""}</td>
          <td className={cn(td, num)}>{formatYuan(l.amount)}</td>
          <td className={cn(td, num)}>{formatWan(l.amount)}</td>
          <td className={cn(td, num, "text-slate-500")}>{formatPercent(percentBasisPoints(l.amount, total))}</td>
        </tr>,
      );
    }
  }
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" aria-label="预算资金支出明细">
        <thead>
          <tr><th className={th}>序号</th><th className={th}>项目</th><th className={th}>计算方式</th><th className={th}>劳务标准</th><th className={cn(th, num)}>金额（元）</th><th className={cn(th, num)}>金额（万元）</th><th className={cn(th, num)}>占比</th></tr>
        </thead>
        <tbody>
          {rows.length === 0 && <tr><td className={td} colSpan={7}>尚未填写预算支出。</td></tr>}
          {rows}
          <tr className="font-semibold"><td className={td} colSpan={4}>资金支出合计</td><td className={cn(td, num)} data-testid="lines-total">{formatYuan(total)}</td><td className={cn(td, num)}>{formatWan(total)}</td><td className={cn(td, num)}>{total > 0 ? "100.00%" : "—"}</td></tr>
        </tbody>
      </table>
    </div>
  );
}

/** One version in full: funds, lines by category (findings beside them if asked), notes and reason. */
export function BudgetVersionTable({ version, showFindings = false }: {
  version: { number: number; reason: string | null; notes: string | null; lines: StoredLine[]; funds: Funds; check: BudgetCheck };
  showFindings?: boolean;
}) {
  const general = version.check.findings.filter((f) => !f.field?.startsWith("lines."));
  return (
    <div className="space-y-4">
      {version.number >= 2 && version.reason && (
        <p className="text-sm"><span className="text-slate-500">调整原因：</span><Multiline value={version.reason} /></p>
      )}
      <FundsTable funds={version.funds} />
      {showFindings && <FindingList findings={general} />}
      <LinesTable lines={version.lines} check={version.check} showFindings={showFindings} />
      {version.notes && <p className="text-sm"><span className="text-slate-500">预算编制说明：</span><Multiline value={version.notes} /></p>}
    </div>
  );
}

const signed = (fen: Fen) => (fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen));

/** Per line 调整前 / 调整后 / 增减, the total, and the 调整幅度 with its evaluation consequence. */
export function ComparisonTable({ comparison, beforeNumber, afterNumber }: { comparison: BudgetComparison; beforeNumber: number; afterNumber: number }) {
  return (
    <div className="space-y-2" data-testid="budget-comparison">
      <div className="overflow-x-auto">
        <table className="w-full text-sm" aria-label={`第 ${afterNumber} 版与第 ${beforeNumber} 版比较`}>
          <thead>
            <tr>
              <th className={th}>序号</th><th className={th}>项目</th><th className={th}>类别</th>
              <th className={cn(th, num)}>第 {beforeNumber} 版（元）</th><th className={cn(th, num)}>第 {afterNumber} 版（元）</th><th className={cn(th, num)}>增减（元）</th>
            </tr>
          </thead>
          <tbody>
            {comparison.lines.map((l) => (
              <tr key={l.itemId} data-code={l.code} className={cn(l.delta !== 0 && "bg-amber-50/60")}>
                <td className={cn(td, "font-mono")}>{l.code}</td>
                <td className={td}>{l.name}{l.before === null && <span className="ml-1 text-xs text-blue-700">（新增）</span>}{l.after === null && <span className="ml-1 text-xs text-slate-500">（删除）</span>}</td>
                <td className={cn(td, "text-xs text-slate-600")}>{BUDGET_CATEGORY_LABELS[l.category as BudgetCategory]}</td>
                <td className={cn(td, num)}>{l.before === null ? "—" : formatYuan(l.before)}</td>
                <td className={cn(td, num)}>{l.after === null ? "—" : formatYuan(l.after)}</td>
                <td className={cn(td, num, l.delta > 0 && "text-green-700", l.delta < 0 && "text-red-700")}>{l.delta === 0 ? "0.00" : signed(l.delta)}</td>
              </tr>
            ))}
            <tr className="font-semibold">
              <td className={td} colSpan={3}>合计</td>
              <td className={cn(td, num)}>{formatYuan(comparison.totals.before)}</td><td className={cn(td, num)}>{formatYuan(comparison.totals.after)}</td>
              <td className={cn(td, num)}>{comparison.totals.delta === 0 ? "0.00" : signed(comparison.totals.delta)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p className="text-sm" data-testid="budget-shift">
        调整幅度 <span className="font-semibold">{formatPercent(comparison.shift)}</span>
        <span className="text-slate-500">（各项增减绝对值之和 {formatYuan(comparison.absDelta)} 元 ÷ 2 ÷ 第 {beforeNumber} 版合计 {formatYuan(comparison.totals.before)} 元）</span>
      </p>
      <p className={cn("text-sm", comparison.band === "NONE" ? "text-slate-600" : "font-medium text-amber-800")} data-testid="budget-shift-band">{SHIFT_BAND_TEXT[comparison.band]}</p>
    </div>
  );
}

type ListedVersion = { id: string; number: number; status: SubmissionStatus; reason: string | null; submittedAt: Date | null; decidedAt: Date | null; createdAt: Date; check: BudgetCheck };

/** 版本记录: every version, its status and dates, with a link to view it (and its comparison). */
export function VersionList({ versions, selected, hrefOf, inForce }: { versions: ListedVersion[]; selected: number | null; hrefOf: (n: number) => string; inForce: number | null }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" aria-label="预算版本记录">
        <thead>
          <tr><th className={th}>版本</th><th className={th}>类型</th><th className={th}>状态</th><th className={th}>调整原因</th><th className={cn(th, num)}>合计（元）</th><th className={th}>提交日期</th><th className={th}>审核日期</th><th className={th}><span className="sr-only">操作</span></th></tr>
        </thead>
        <tbody>
          {[...versions].reverse().map((v) => (
            <tr key={v.id} data-version={v.number} className={cn(v.number === selected && "bg-blue-50/60")}>
              <td className={td}>第 {v.number} 版{v.number === inForce && <span className="ml-1"><Badge tone="green">现行</Badge></span>}</td>
              <td className={td}>{v.number === 1 ? "预算申报" : "预算调整"}</td>
              <td className={td}><VersionStatus status={v.status} /></td>
              <td className={cn(td, "max-w-xs text-slate-700")}>{v.reason ?? "—"}</td>
              <td className={cn(td, num)}>{formatYuan(v.check.total)}</td>
              <td className={td}>{v.submittedAt ? formatDate(v.submittedAt) : "—"}</td>
              <td className={td}>{v.decidedAt ? formatDate(v.decidedAt) : "—"}</td>
              <td className={td}>{v.number === selected ? <span className="text-xs text-slate-500">正在查看</span> : <Link className="text-blue-700 hover:underline" href={hrefOf(v.number)}>查看{v.number > 1 ? "与比较" : ""}</Link>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
