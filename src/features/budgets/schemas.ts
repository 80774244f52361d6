// The forms of 项目经费预算: the budget as typed (funding sources, lines as repeated rows lines.N.*), the
// discarding of an unsubmitted adjustment (folded into budget.save as action=discard), and 发起预算调整.
import { z } from "zod";
import { choice, indexedRows, NARRATIVE_MAX, optionalChoice, optionalReference, optionalText, optionalYuan, reference, requiredText, version, yuan } from "@/lib/fields";
import { BUDGET_CATEGORY_LABELS, DAILY_RATE_KIND_LABELS } from "@/lib/labels";
import { rowIsTyped } from "./lines";

export const MAX_BUDGET_LINES = 100;
export const REASON_MAX = 1000;

const str = (v: unknown) => (v === undefined || v === null ? "" : String(v));

/** 序号 as the 申报书 numbers lines: a letter and a number (A1, D3 …); upper-cased. */
const code = z.preprocess(
  (v) => str(v).trim().toUpperCase(),
  z.string().min(1, { error: "请填写序号", abort: true }).max(10, { error: "序号不能超过 10 个字符", abort: true }).regex(/^[A-Z][A-Z0-9.-]*$/, "序号应以字母开头，如 A1、D3"),
);

const lineRow = z.preprocess(
  (v) => (v && typeof v === "object" && rowIsTyped(v as Record<string, unknown>) ? v : null),
  z.object({
    /** The BudgetItem the row continues (hidden): an item keeps its id and code across versions. */
    itemId: optionalReference(),
    code,
    category: choice(BUDGET_CATEGORY_LABELS, "费用类别"),
    name: requiredText("项目名称", 100),
    basis: optionalText("计算方式", 200),
    rateKind: optionalChoice(DAILY_RATE_KIND_LABELS, "劳务标准"),
    dailyRate: optionalYuan("标准（元/人/天）"),
    amount: yuan("金额"),
  }).superRefine((v, ctx) => {
    if (v.rateKind && v.dailyRate === null) ctx.addIssue({ code: "custom", path: ["dailyRate"], message: "选择了劳务标准，请填写标准（元/人/天）" });
    if (!v.rateKind && v.dailyRate !== null) ctx.addIssue({ code: "custom", path: ["rateKind"], message: "请选择该标准对应的劳务标准" });
    if (v.dailyRate !== null && v.dailyRate === 0) ctx.addIssue({ code: "custom", path: ["dailyRate"], message: "标准（元/人/天）应大于 0" });
  }).nullable(),
);

const saveFields = z.object({
  action: z.literal("save"),
  contractId: reference("服务项目"),
  /** The DRAFT/RETURNED version edited; none when the contract has no budget yet (version 1 is created). */
  versionId: optionalReference(),
  version: version(),
  fundProvincial: yuan(`申请部省级资金`),
  fundLocal: yuan(`配套资金`),
  fundRaised: yuan(`社会募集资金`),
  notes: optionalText("预算编制说明", NARRATIVE_MAX),
  reason: optionalText("调整原因", REASON_MAX),
  lines: z.array(lineRow).max(MAX_BUDGET_LINES, `预算支出最多 ${MAX_BUDGET_LINES} 项`),
}).superRefine((v, ctx) => {
  // 序号 is unique within the version (rows that failed their own checks are skipped).
  const seen = new Map<string, number>();
  v.lines.forEach((row, index) => {
    if (!row || typeof row.code !== "string" || row.code === "") return;
    const first = seen.get(row.code);
    if (first === undefined) seen.set(row.code, index);
    else ctx.addIssue({ code: "custom", path: ["lines", index, "code"], message: `序号 ${row.code} 与第 ${first + 1} 行重复` });
  });
  const items = new Set<string>();
  v.lines.forEach((row, index) => {
    if (!row?.itemId) return;
    if (items.has(row.itemId)) ctx.addIssue({ code: "custom", path: ["lines", index, "code"], message: "同一预算项不能出现两次" });
    items.add(row.itemId);
  });
}).transform((v) => ({
  ...v,
  // Rows keep their index in the form, so a server-side error can name the row the user sees.
  lines: v.lines.flatMap((row, index) => (row ? [{ ...row, index }] : [])),
}));

const discardFields = z.object({
  action: z.literal("discard"),
  contractId: reference("服务项目"),
  versionId: reference("预算调整"),
  version: version(),
});

export const saveBudgetSchema = z.preprocess(
  (raw) => {
    if (!raw || typeof raw !== "object") return raw;
    const r = raw as Record<string, unknown>;
    return { ...r, action: r.action === "discard" ? "discard" : "save", lines: indexedRows(r, "lines") };
  },
  z.discriminatedUnion("action", [saveFields, discardFields]),
);

export type SaveBudgetInput = z.output<typeof saveBudgetSchema>;
export type SaveBudgetLine = Extract<SaveBudgetInput, { action: "save" }>["lines"][number];

export const startAdjustmentSchema = z.object({
  contractId: reference("服务项目"),
  reason: requiredText("调整原因", REASON_MAX),
});
