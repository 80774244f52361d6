// 支出台账: the expense form (登记 / 修改支出) and the step that marks a 待补材料 expense 已入账 once its
// documents are on file. Both are `expense.save`; `step` tells them apart (absent = the form).
import { z } from "zod";
import { calendarDate, checkbox, choice, optionalChoice, optionalCount, optionalReference, optionalText, optionalYuan, reference, requiredText, version, yuan } from "@/lib/fields";
import { DAILY_RATE_KIND_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/labels";
import { formatYuan } from "@/lib/money";

export const INVOICE_NO = /^[0-9A-Z]{8,20}$/;

/** 记为「已入账」: the checkbox (any value it posts) asks for COMPLETE. */
const requestedStatus = z.preprocess((v) => (v === "COMPLETE" || v === "on" || v === "true" || v === true ? "COMPLETE" : "PENDING"), z.enum(["PENDING", "COMPLETE"]));

export const expenseFormSchema = z.object({
  step: z.literal("save"),
  contractId: reference("服务项目"),
  expenseId: optionalReference(),
  version: version(),
  spentOn: calendarDate("支出日期"),
  itemId: reference("预算科目"),
  amount: yuan("金额", { allowZero: false }),
  payee: requiredText("收款方", 100),
  method: choice(PAYMENT_METHOD_LABELS, "支付方式"),
  invoiceNo: z.preprocess((v) => (typeof v === "string" ? v.replace(/\s+/g, "").toUpperCase() : v), optionalText("发票号码", 20))
    .refine((v) => v === null || INVOICE_NO.test(v), "发票号码应为 8–20 位数字或字母"),
  purpose: requiredText("支出事由", 500),
  isPurchase: checkbox(),
  rateKind: optionalChoice(DAILY_RATE_KIND_LABELS, "劳务标准"),
  dailyRate: optionalYuan("元/人/天"),
  personDays: optionalCount("人·天", { min: 1, max: 100_000 }),
  status: requestedStatus,
}).superRefine((v, ctx) => {
  // 劳务费按标准计算: the standard and the rate go together; with the person-days the amount follows exactly.
  const priced = v.rateKind !== null || v.dailyRate !== null || v.personDays !== null;
  if (!priced) return;
  if (v.rateKind === null) ctx.addIssue({ code: "custom", path: ["rateKind"], message: "请选择劳务标准" });
  if (v.dailyRate === null) ctx.addIssue({ code: "custom", path: ["dailyRate"], message: "请填写元/人/天" });
  else if (v.dailyRate === 0) ctx.addIssue({ code: "custom", path: ["dailyRate"], message: "元/人/天应大于 0" });
  if (v.dailyRate !== null && v.personDays !== null && v.dailyRate * v.personDays !== v.amount) {
    ctx.addIssue({ code: "custom", path: ["amount"], message: `金额应等于 ${formatYuan(v.dailyRate)} 元/人/天 × ${v.personDays} 人·天 = ${formatYuan(v.dailyRate * v.personDays)} 元` });
  }
});

export const completeExpenseSchema = z.object({
  step: z.literal("complete"),
  expenseId: reference("支出"),
  version: version(),
});

/** The form posts no `step`; the 记为已入账 button posts step=complete. */
export const saveExpenseSchema = z.preprocess(
  (v) => (v && typeof v === "object" && !Array.isArray(v) && !(v as Record<string, unknown>).step ? { ...(v as Record<string, unknown>), step: "save" } : v),
  z.discriminatedUnion("step", [expenseFormSchema, completeExpenseSchema], { error: "提交的内容有误" }),
);

export const deleteExpenseSchema = z.object({
  expenseId: reference("支出"),
  version: version(),
});
