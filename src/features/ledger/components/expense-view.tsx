// One expense: what was recorded, what the finance rules say about it, its attachments (支出凭证), and —
// for the contractor while the contract is carried out — 记为已入账, 删除 and the edit form.
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, DefinitionList, Multiline } from "@/components/ui/card";
import type { FileKind } from "@/generated/prisma/enums";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/dates";
import { DAILY_RATE_KIND_LABELS, EXPENSE_STATUS_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/labels";
import { formatYuan, toDecimalString } from "@/lib/money";
import { AttachmentList, AttachmentUpload } from "@/features/files/components/attachments";
import type { ExpenseDetail } from "../queries";
import { CompleteExpenseButton, DeleteExpenseButton, ExpenseForm } from "./expense-form";
import { FindingList } from "./findings";

const EXPENSE_FILE_KINDS: FileKind[] = ["INVOICE", "QUOTE_COMPARISON", "PURCHASE_CONTRACT", "RECEIPT_SHEET", "OTHER"];

export function ExpenseView({ detail, base }: { detail: ExpenseDetail; base: string }) {
  const { expense: e, contract } = detail;
  const ledgerPath = `${base}/${contract.id}/ledger`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-lg font-semibold">
          支出：{formatCalendarDate(e.spentOn)} · {formatYuan(e.amount)} 元{" "}
          <span data-testid="expense-status"><Badge tone={e.status === "COMPLETE" ? "green" : "amber"}>{EXPENSE_STATUS_LABELS[e.status]}</Badge></span>
        </h2>
        <ButtonLink href={ledgerPath}>返回台账</ButtonLink>
      </div>
      <Card title="支出信息">
        <DefinitionList
          items={[
            { label: "支出日期", value: formatCalendarDate(e.spentOn) },
            { label: "预算科目", value: <>{e.item.code} {e.item.name}{!e.item.inForce && <span className="ml-1 text-xs text-red-700">（不在现行预算中）</span>}</> },
            { label: "金额", value: <span className="tabular-nums">{formatYuan(e.amount)} 元</span> },
            { label: "收款方", value: e.payee },
            { label: "支付方式", value: PAYMENT_METHOD_LABELS[e.method] },
            { label: "发票号码", value: e.invoiceNo },
            { label: "支出事由", value: <Multiline value={e.purpose} /> },
            { label: "购买物资或服务", value: e.isPurchase ? "是" : "否" },
            ...(e.rateKind
              ? [{ label: "劳务标准", value: `${DAILY_RATE_KIND_LABELS[e.rateKind]}：${e.dailyRate === null ? "" : `${formatYuan(e.dailyRate)} 元/人/天`}${e.personDays ? ` × ${e.personDays} 人·天` : ""}` }]
              : []),
            { label: "状态", value: EXPENSE_STATUS_LABELS[e.status] },
            { label: "登记人", value: `${e.recordedBy} · ${formatDateTime(e.createdAt)}` },
          ]}
        />
      </Card>
      <Card title="财务规则检查">
        <div className="space-y-3">
          <FindingList findings={detail.findings} />
          {e.status === "PENDING" && detail.completeBlocked && <p className="text-sm text-amber-800">{detail.completeBlocked}。</p>}
          {detail.canManage && (
            <div className="flex flex-wrap items-start gap-3 border-t border-slate-100 pt-3">
              {e.status === "PENDING" && !detail.completeBlocked && <CompleteExpenseButton expenseId={e.id} version={e.version} />}
              {e.status === "PENDING" && <DeleteExpenseButton expenseId={e.id} version={e.version} />}
            </div>
          )}
        </div>
      </Card>
      <Card title="附件（支出凭证）">
        <div className="space-y-4">
          <AttachmentList files={detail.files} canManage={detail.canManage} />
          {detail.canManage && (
            <div className="border-t border-slate-100 pt-3">
              <AttachmentUpload ownerType="Expense" ownerId={e.id} kinds={EXPENSE_FILE_KINDS} />
            </div>
          )}
        </div>
      </Card>
      {detail.canManage && (
        <Card title="修改支出">
          <ExpenseForm
            contractId={contract.id}
            lines={e.item.inForce ? detail.lines : [...detail.lines, { itemId: e.itemId, code: e.item.code, name: `${e.item.name}（不在现行预算中）` }]}
            today={formatDate(new Date())}
            period={{ startsOn: formatCalendarDate(contract.startsOn), endsOn: formatCalendarDate(contract.endsOn) }}
            expense={{
              id: e.id, version: e.version, spentOn: formatCalendarDate(e.spentOn), itemId: e.itemId, amount: toDecimalString(e.amount), payee: e.payee,
              method: e.method, invoiceNo: e.invoiceNo, purpose: e.purpose, isPurchase: e.isPurchase, rateKind: e.rateKind,
              dailyRate: e.dailyRate === null ? null : toDecimalString(e.dailyRate), personDays: e.personDays, complete: e.status === "COMPLETE",
            }}
          />
        </Card>
      )}
    </div>
  );
}
