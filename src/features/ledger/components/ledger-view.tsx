// The ledger page of one contract, the same for the contractor (who records) and the bureau (who reads):
// execution of the budget in force on top, then the expenses with their filters and totals.
import Link from "next/link";
import { DataTable, FilterSelect } from "@/components/data-table";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/dates";
import { EXPENSE_STATUS_LABELS, optionsOf, PAYMENT_METHOD_LABELS } from "@/lib/labels";
import type { ListParams } from "@/lib/list-params";
import { formatYuan } from "@/lib/money";
import type { Ledger, LedgerSort } from "../queries";
import { CategoryTable, ExecutionSummary, ExecutionTable } from "./execution";

export function LedgerView({ ledger, base, params }: { ledger: Ledger; base: string; params: ListParams<LedgerSort> }) {
  const path = `${base}/${ledger.contract.id}/ledger`;
  const filtered = Object.keys(params.filters).length > 0 || params.q !== "";
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">支出台账与预算执行</h2>
        <div className="flex gap-2">
          {ledger.canRecord && <ButtonLink href={`${path}/new`} variant="primary">登记支出</ButtonLink>}
          <a href={`/api/exports/contracts/${ledger.contract.id}/ledger`} data-testid="ledger-export" className="inline-flex items-center justify-center rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">导出项目收支表（Excel）</a>
        </div>
      </div>
      {!ledger.budget && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">项目经费预算尚未审核通过，通过后才能登记支出。</p>
      )}
      {ledger.contract.status !== "ACTIVE" && <p className="text-sm text-slate-500">服务项目不在履行中，台账只读。</p>}
      <ExecutionSummary execution={ledger.execution} />
      <Card title="预算执行情况（按预算科目）">
        <ExecutionTable execution={ledger.execution} />
      </Card>
      <Card title="按支出类别（占预算总额）">
        <CategoryTable execution={ledger.execution} />
      </Card>
      <section className="space-y-2" aria-label="支出台账">
        <h3 className="font-semibold">支出台账</h3>
        <p className="text-sm text-slate-600" data-testid="ledger-totals">
          {filtered ? "筛选结果" : "全部支出"}：共 {ledger.total} 笔，合计 <span className="tabular-nums">{formatYuan(ledger.totalAmount)}</span> 元
        </p>
        <DataTable
          basePath={path}
          params={params}
          total={ledger.total}
          rows={ledger.rows}
          searchPlaceholder="收款方、事由或发票号"
          empty="暂无支出"
          filters={
            <>
              <input type="month" name="month" defaultValue={params.filters.month} aria-label="月份" className="rounded-md border border-slate-300 px-2 py-1.5" />
              <FilterSelect name="item" value={params.filters.item} placeholder="全部科目" options={ledger.items.map((i) => ({ value: i.id, label: `${i.code} ${i.name}` }))} />
              <FilterSelect name="status" value={params.filters.status} placeholder="全部状态" options={optionsOf(EXPENSE_STATUS_LABELS)} />
              <FilterSelect name="method" value={params.filters.method} placeholder="全部支付方式" options={optionsOf(PAYMENT_METHOD_LABELS)} />
            </>
          }
          columns={[
            { key: "spentOn", label: "日期", sortable: true, className: "whitespace-nowrap", render: (r) => <Link className="text-blue-700 hover:underline" href={`${path}/${r.id}`}>{formatCalendarDate(r.spentOn)}</Link> },
            { key: "item", label: "科目", render: (r) => <><span className="font-mono">{r.item.code}</span> {r.item.name}</> },
            { key: "purpose", label: "事由", render: (r) => <Link className="hover:underline" href={`${path}/${r.id}`}>{r.purpose}</Link> },
            { key: "payee", label: "收款方", render: (r) => r.payee },
            { key: "method", label: "方式", className: "whitespace-nowrap", render: (r) => PAYMENT_METHOD_LABELS[r.method] },
            { key: "invoiceNo", label: "发票号", className: "font-mono text-xs", render: (r) => r.invoiceNo ?? "" },
            { key: "amount", label: "金额（元）", sortable: true, className: "whitespace-nowrap text-right tabular-nums", render: (r) => formatYuan(r.amount) },
            { key: "status", label: "状态", className: "whitespace-nowrap", render: (r) => <Badge tone={r.status === "COMPLETE" ? "green" : "amber"}>{EXPENSE_STATUS_LABELS[r.status]}</Badge> },
            { key: "files", label: "附件", className: "text-right", render: (r) => r.files },
            { key: "warnings", label: "提示", render: (r) => (r.warnings.length ? <span title={r.warnings.join("\n")}><Badge tone="amber">{r.warnings.length} 条提示</Badge></span> : "") },
          ]}
        />
      </section>
    </div>
  );
}
