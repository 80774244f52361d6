"use client";
// 登记支出 / 修改支出, and the steps on one expense (记为已入账, 删除).
import { ActionForm, useFieldError, useFieldId } from "@/components/form/action-form";
import { CheckboxField, FormGrid, Hidden, SelectField, TextareaField, TextField } from "@/components/form/fields";
import type { DailyRateKind, PaymentMethod } from "@/generated/prisma/enums";
import { DAILY_RATE_KIND_LABELS, optionsOf, PAYMENT_METHOD_LABELS } from "@/lib/labels";
import { deleteExpense, saveExpense } from "../actions";

export type ExpenseFormValues = {
  id: string;
  version: number;
  spentOn: string;
  itemId: string;
  amount: string;
  payee: string;
  method: PaymentMethod;
  invoiceNo: string | null;
  purpose: string;
  isPurchase: boolean;
  rateKind: DailyRateKind | null;
  dailyRate: string | null;
  personDays: number | null;
  complete: boolean;
};

/** 记为「已入账」 with its own error line (a purchase without its documents is refused here). */
function StatusCheckbox({ defaultChecked }: { defaultChecked: boolean }) {
  const error = useFieldError("status");
  const id = useFieldId("status");
  return (
    <div className="md:col-span-2">
      <label htmlFor={id} className="inline-flex items-center gap-1.5 font-medium text-slate-700">
        <input id={id} type="checkbox" name="status" value="COMPLETE" defaultChecked={defaultChecked} aria-invalid={!!error} aria-describedby={error ? `${id}-error` : undefined} />
        记为「已入账」
      </label>
      {error
        ? <p id={`${id}-error`} className="mt-1 text-xs text-red-600" data-field-error="status">{error}</p>
        : <p className="mt-1 text-xs text-slate-500">不勾选则保存为「待补材料」。购买物资或服务 2000 元以上的，须上传询价（比价）资料和采购合同后才能记为已入账。</p>}
    </div>
  );
}

export function ExpenseForm({ contractId, lines, today, period, expense }: {
  contractId: string;
  lines: { itemId: string; code: string; name: string }[];
  today: string;
  period: { startsOn: string; endsOn: string };
  expense?: ExpenseFormValues;
}) {
  return (
    <ActionForm action={saveExpense} submitLabel={expense ? "保存修改" : "保存支出"}>
      <Hidden name="contractId" value={contractId} />
      {expense && <Hidden name="expenseId" value={expense.id} />}
      {expense && <Hidden name="version" value={expense.version} />}
      <FormGrid>
        <TextField name="spentOn" label="支出日期" type="date" required defaultValue={expense?.spentOn ?? today} hint={`项目期 ${period.startsOn} 至 ${period.endsOn}，不能晚于今天`} />
        <SelectField name="itemId" label="预算科目" required defaultValue={expense?.itemId} options={lines.map((l) => ({ value: l.itemId, label: `${l.code} ${l.name}` }))} />
        <TextField name="amount" label="金额（元）" required defaultValue={expense?.amount} placeholder="如 1500.00" />
        <SelectField name="method" label="支付方式" required defaultValue={expense?.method ?? "BANK_TRANSFER"} options={optionsOf(PAYMENT_METHOD_LABELS)} hint="单笔 1000 元以上建议银行转账" />
        <TextField name="payee" label="收款方" required defaultValue={expense?.payee} />
        <TextField name="invoiceNo" label="发票号码" defaultValue={expense?.invoiceNo} hint="8–20 位数字或字母，可不填" />
        <TextareaField name="purpose" label="支出事由" required defaultValue={expense?.purpose} className="md:col-span-2" rows={2} />
        <div className="md:col-span-2">
          <CheckboxField name="isPurchase" label="购买物资或服务" defaultChecked={expense?.isPurchase ?? false} />
          <p className="mt-1 text-xs text-slate-500">购买金额 2000 元以上的，须履行询价（比价）程序并签订合同。</p>
        </div>
      </FormGrid>
      <fieldset className="rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-700">劳务费按标准计算（专家咨询费、社工补贴、临时聘用人员、志愿者补贴，可不填）</legend>
        <div className="grid gap-4 md:grid-cols-3">
          <SelectField name="rateKind" label="劳务标准" defaultValue={expense?.rateKind} options={optionsOf(DAILY_RATE_KIND_LABELS)} placeholder="不按标准计算" />
          <TextField name="dailyRate" label="元/人/天" defaultValue={expense?.dailyRate} />
          <TextField name="personDays" label="人·天" defaultValue={expense?.personDays === null || expense?.personDays === undefined ? "" : String(expense.personDays)} hint="填写后金额须等于 元/人/天 × 人·天" />
        </div>
      </fieldset>
      <StatusCheckbox defaultChecked={expense?.complete ?? false} />
    </ActionForm>
  );
}

/** 记为已入账: re-runs the rules on the expense as stored, with the attachments now on file. */
export function CompleteExpenseButton({ expenseId, version }: { expenseId: string; version: number }) {
  return (
    <ActionForm action={saveExpense} submitLabel="记为已入账" className="space-y-2">
      <Hidden name="step" value="complete" />
      <Hidden name="expenseId" value={expenseId} />
      <Hidden name="version" value={version} />
    </ActionForm>
  );
}

export function DeleteExpenseButton({ expenseId, version }: { expenseId: string; version: number }) {
  return (
    <ActionForm action={deleteExpense} submitLabel="删除支出" className="space-y-2">
      <Hidden name="expenseId" value={expenseId} />
      <Hidden name="version" value={version} />
    </ActionForm>
  );
}
