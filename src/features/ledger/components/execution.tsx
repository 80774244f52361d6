// 预算执行: per line of the budget in force and overall (budget, spent, of which 待补材料, variance, rate with
// a bar), and per category with its share of the budget total next to the guide's limit.
import { Stat } from "@/components/ui/card";
import type { BudgetCategory } from "@/generated/prisma/enums";
import { BUDGET_CATEGORY_LABELS } from "@/lib/labels";
import { formatPercent, formatYuan, percentBasisPoints } from "@/lib/money";
import { SHARE_LIMITS } from "@/features/budgets/rules";
import type { Execution } from "../execution";

/** Execution rate as a bar: blue up to 100%, red beyond. Width only; the figure beside it is exact. */
export function RateBar({ rate, showValue = true }: { rate: number | null; showValue?: boolean }) {
  const width = rate === null ? 0 : Math.max(0, Math.min(100, rate / 100));
  return (
    <span className="inline-flex items-center gap-2">
      <span className="inline-block h-2 w-24 overflow-hidden rounded bg-slate-100" aria-hidden>
        <span className={`block h-2 ${rate !== null && rate > 10000 ? "bg-red-500" : "bg-blue-600"}`} style={{ width: `${width}%` }} />
      </span>
      {showValue && <span className={`tabular-nums ${rate !== null && rate > 10000 ? "text-red-700" : ""}`}>{formatPercent(rate)}</span>}
    </span>
  );
}

const CATEGORY_LIMIT: Partial<Record<BudgetCategory, keyof typeof SHARE_LIMITS>> = {
  LABOUR: "LABOUR", MEETING: "MEETING", MANAGEMENT: "MANAGEMENT", UNFORESEEN: "UNFORESEEN", TAX: "TAX",
};

function limitText(category: BudgetCategory): string {
  const key = CATEGORY_LIMIT[category];
  if (!key) return "";
  const limit = SHARE_LIMITS[key];
  return `${limit.severity === "hard" ? "不超过" : "建议不超过"} ${limit.max}%`;
}

const money = "whitespace-nowrap px-3 py-2 text-right tabular-nums";

export function ExecutionSummary({ execution }: { execution: Execution }) {
  const { total } = execution;
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="execution-summary">
      <Stat label="预算总额（元）" value={formatYuan(total.budget)} hint={execution.budgetVersion ? `现行预算：第 ${execution.budgetVersion} 版` : "预算尚未审核通过"} />
      <Stat label="实际支出（元）" value={formatYuan(total.spent)} hint={`其中待补材料 ${formatYuan(total.pending)} 元`} />
      <Stat label="预算结余（元）" value={formatYuan(total.variance)} />
      <Stat label="总执行率" value={<span data-testid="execution-rate">{formatPercent(total.rate)}</span>} hint={<RateBar rate={total.rate} showValue={false} />} />
    </div>
  );
}

export function ExecutionTable({ execution }: { execution: Execution }) {
  const { total } = execution;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" aria-label="预算执行情况">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">序号</th>
            <th className="px-3 py-2 font-medium">费用支出项目</th>
            <th className="px-3 py-2 text-right font-medium">预算金额（元）</th>
            <th className="px-3 py-2 text-right font-medium">实际支出（元）</th>
            <th className="px-3 py-2 text-right font-medium">其中待补材料（元）</th>
            <th className="px-3 py-2 text-right font-medium">差异额（元）</th>
            <th className="px-3 py-2 font-medium">执行率</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {execution.lines.map((l) => (
            <tr key={l.itemId} data-testid={`execution-${l.code}`}>
              <td className="px-3 py-2 font-mono">{l.code}</td>
              <td className="px-3 py-2">{l.name}{l.budget === 0 && l.spent > 0 ? <span className="ml-1 text-xs text-red-700">（不在现行预算中）</span> : null}</td>
              <td className={money}>{formatYuan(l.budget)}</td>
              <td className={money} data-testid="spent">{formatYuan(l.spent)}</td>
              <td className={money}>{l.pending ? formatYuan(l.pending) : ""}</td>
              <td className={`${money} ${l.variance < 0 ? "text-red-700" : ""}`}>{formatYuan(l.variance)}</td>
              <td className="px-3 py-2"><RateBar rate={l.rate} /></td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200 font-medium">
          <tr data-testid="execution-total">
            <td className="px-3 py-2" colSpan={2}>合计</td>
            <td className={money}>{formatYuan(total.budget)}</td>
            <td className={money} data-testid="spent">{formatYuan(total.spent)}</td>
            <td className={money}>{total.pending ? formatYuan(total.pending) : ""}</td>
            <td className={`${money} ${total.variance < 0 ? "text-red-700" : ""}`}>{formatYuan(total.variance)}</td>
            <td className="px-3 py-2"><RateBar rate={total.rate} /></td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** Per category: budget and spending, each as a share of the budget total, against the guide's limits. */
export function CategoryTable({ execution }: { execution: Execution }) {
  const whole = execution.total.budget;
  const rows = (Object.keys(BUDGET_CATEGORY_LABELS) as BudgetCategory[])
    .map((c) => ({ category: c, ...execution.byCategory[c] }))
    .filter((r) => r.budget > 0 || r.spent > 0);
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" aria-label="按支出类别">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">支出类别</th>
            <th className="px-3 py-2 text-right font-medium">预算金额（元）</th>
            <th className="px-3 py-2 text-right font-medium">占预算总额</th>
            <th className="px-3 py-2 text-right font-medium">实际支出（元）</th>
            <th className="px-3 py-2 text-right font-medium">实际支出占预算总额</th>
            <th className="px-3 py-2 font-medium">执行率</th>
            <th className="px-3 py-2 font-medium">财务管理指引</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((r) => (
            <tr key={r.category} data-testid={`category-${r.category}`}>
              <td className="px-3 py-2">{BUDGET_CATEGORY_LABELS[r.category]}</td>
              <td className={money}>{formatYuan(r.budget)}</td>
              <td className={money}>{formatPercent(percentBasisPoints(r.budget, whole))}</td>
              <td className={money}>{formatYuan(r.spent)}</td>
              <td className={money}>{formatPercent(percentBasisPoints(r.spent, whole))}</td>
              <td className="px-3 py-2"><RateBar rate={percentBasisPoints(r.spent, r.budget)} /></td>
              <td className="px-3 py-2 text-xs text-slate-500">{limitText(r.category)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-500">其他费用（不可预见费与税费）合计建议不超过项目资金总额的 5%。</p>
    </div>
  );
}
