// 社工站项目财务管理指引 (seed 004 第六部分) as rules, checked while the budget is typed (in the browser),
// again when it is submitted (on the server), and on every expense in the ledger. Pure: no I/O, money in 分.
// Severity follows the guide's own words: "不得 / 不应 / 不超过" are hard limits that block; "建议 / 通常 /
// 一般" are advisory and warn (decision 015).
import type { BudgetCategory, DailyRateKind, PaymentMethod } from "@/generated/prisma/enums";
import { formatPercent, formatYuan, percentBasisPoints, sumFen, withinPercent, type Fen } from "@/lib/money";
import { DAILY_RATE_KIND_LABELS } from "@/lib/labels";
import { CATEGORY_ORDER } from "./lines";

export type Severity = "hard" | "advisory";

export type RuleCode =
  | "LABOUR_CAP" | "LABOUR_USUAL" | "MEETING_CAP" | "MANAGEMENT_CAP" | "OTHER_CAP" | "UNFORESEEN_CAP" | "TAX_CAP"
  | "DAILY_RATE" | "FORBIDDEN" | "FUNDS_SUM" | "CONTRACT_AMOUNT" | "NO_LINES"
  | "BANK_TRANSFER" | "PURCHASE_DOCS" | "LINE_OVERRUN";

export type Finding = {
  rule: RuleCode;
  severity: Severity;
  message: string;
  /** The form field it concerns ("lines.3.amount", "fundRaised", "amount" …), when there is one. */
  field?: string;
};

/** Share limits of the budget total, in percent. */
export const SHARE_LIMITS = {
  LABOUR: { max: 70, severity: "hard", basis: "不应超过项目经费总额的 70%（云民发〔2017〕15 号）" },
  MEETING: { max: 7, severity: "advisory", basis: "建议不超过项目总经费的 7%" },
  MANAGEMENT: { max: 10, severity: "hard", basis: "不得超过项目资金总额的 10%" },
  OTHER: { max: 5, severity: "advisory", basis: "其他费用建议不超过项目资金总额的 5%" },
  UNFORESEEN: { max: 1, severity: "advisory", basis: "不可预见费通常不超过总项目经费的 1%" },
  TAX: { max: 4, severity: "advisory", basis: "税费通常不超过总项目经费的 4%" },
} as const;

/** 劳务费标准, 元/人/天 (in 分). */
export const DAILY_RATE_CAPS: Record<DailyRateKind, { cap: Fen; severity: Severity }> = {
  WORKER_FULL_DAY: { cap: 20000, severity: "hard" },
  WORKER_PART_DAY: { cap: 10000, severity: "hard" },
  EXPERT_SENIOR: { cap: 80000, severity: "hard" },
  EXPERT_INTERMEDIATE: { cap: 50000, severity: "hard" },
  EXPERT_OTHER: { cap: 30000, severity: "hard" },
  TEMP_STAFF: { cap: 20000, severity: "advisory" },
  VOLUNTEER: { cap: 10000, severity: "hard" },
};

/** 专项经费不得用于以下开支 — what a line or an expense must not be for, by the words that name it. */
export const FORBIDDEN_SPENDING: { label: string; pattern: RegExp }[] = [
  // 设备租赁 is an allowed 租赁费用; buying equipment is not.
  { label: "购买固定资产及设施设备", pattern: /固定资产|设施设备(?!租)|(购置|购买|采购)[^，。；,;]{0,6}(设备|电脑|空调|冰箱|电视|家具)(?!租)|设备(购置|采购)/ },
  { label: "发放员工福利及奖励", pattern: /员工福利|职工福利|福利费|奖金|年终奖|员工奖励/ },
  { label: "罚款、罚金", pattern: /罚款|罚金|滞纳金/ },
  // Not 贷款 alone: 小额贷款政策宣传 is a service.
  { label: "还贷、偿还债务", pattern: /还贷|还款|(支付|偿付|偿还|归还)[^，。；,;]{0,4}(贷款|借款|债务)|贷款(本金|利息|本息)/ },
  // 捐赠物资发放 hands out what others gave; giving away project money is forbidden.
  { label: "捐赠、赞助", pattern: /捐赠(?!物资|品)|捐款|赞助/ },
  // Not 理财 alone: 家庭理财知识讲座 is a service.
  { label: "对外投资", pattern: /对外投资|(股权|股票|证券|基金)投资|投资(支出|款)|理财产品|购买理财/ },
  { label: "土建工程、房屋设施的维修改造", pattern: /土建|装修|装饰工程|维修改造|改造工程|修缮/ },
  { label: "购买或修建楼堂馆所", pattern: /楼堂馆所|修建|建房|购房/ },
  // 汽车租赁 and 车辆租赁 are allowed (交通费 includes 车辆租赁费用); 购车票 is a ticket.
  { label: "购买汽车", pattern: /(购置|购买|采购)[^，。；,;]{0,4}(汽车|车辆)(?!租|保险)|(汽车|车辆)(购置|采购)|购车(?!票)/ },
  { label: "党组织建设经费", pattern: /党组织建设|党建经费|党建活动经费/ },
];

export function forbiddenSpending(text: string): string | null {
  return FORBIDDEN_SPENDING.find((f) => f.pattern.test(text))?.label ?? null;
}

export type BudgetLineInput = { category: BudgetCategory; name: string; amount: Fen; rateKind?: DailyRateKind | null; dailyRate?: Fen | null };

export type Funds = { fundProvincial: Fen; fundLocal: Fen; fundRaised: Fen };

export type BudgetCheck = {
  total: Fen;
  byCategory: Record<BudgetCategory, Fen>;
  /** Shares of the total in basis points (7001 = 70.01%), for the limits above. */
  shares: Record<keyof typeof SHARE_LIMITS, number | null>;
  findings: Finding[];
  /** Hard findings: the budget cannot be submitted. */
  blocking: boolean;
};


export function sumByCategory(rows: readonly { category: BudgetCategory; amount: Fen }[]): Record<BudgetCategory, Fen> {
  const out = Object.fromEntries(CATEGORY_ORDER.map((c) => [c, 0])) as Record<BudgetCategory, Fen>;
  for (const r of rows) out[r.category] = sumFen([out[r.category], r.amount]);
  return out;
}

function shareAmounts(byCategory: Record<BudgetCategory, Fen>): Record<keyof typeof SHARE_LIMITS, Fen> {
  return Object.fromEntries((Object.keys(SHARE_LIMITS) as (keyof typeof SHARE_LIMITS)[]).map((key) => [key, sumFen(CATEGORIES_OF_SHARE[key].map((c) => byCategory[c]))])) as Record<keyof typeof SHARE_LIMITS, Fen>;
}

const SHARE_NAMES: Record<keyof typeof SHARE_LIMITS, string> = {
  LABOUR: "社工、督导劳务和保险费",
  MEETING: "会议费",
  MANAGEMENT: "管理费",
  OTHER: "其他费用（不可预见费、税费）",
  UNFORESEEN: "不可预见费",
  TAX: "税费",
};

/** The categories each share limit measures. */
const CATEGORIES_OF_SHARE: Record<keyof typeof SHARE_LIMITS, BudgetCategory[]> = {
  LABOUR: ["LABOUR"], MEETING: ["MEETING"], MANAGEMENT: ["MANAGEMENT"], OTHER: ["UNFORESEEN", "TAX"], UNFORESEEN: ["UNFORESEEN"], TAX: ["TAX"],
};

const SHARE_RULE: Record<keyof typeof SHARE_LIMITS, RuleCode> = {
  LABOUR: "LABOUR_CAP", MEETING: "MEETING_CAP", MANAGEMENT: "MANAGEMENT_CAP", OTHER: "OTHER_CAP", UNFORESEEN: "UNFORESEEN_CAP", TAX: "TAX_CAP",
};

/** The share limits for amounts (planned or spent) measured against `whole`. */
function shareFindings(amounts: Record<keyof typeof SHARE_LIMITS, Fen>, whole: Fen, what: "预算" | "实际支出", fieldOf: (key: keyof typeof SHARE_LIMITS) => string | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(SHARE_LIMITS) as (keyof typeof SHARE_LIMITS)[]) {
    const limit = SHARE_LIMITS[key];
    if (amounts[key] === 0 || withinPercent(amounts[key], whole, limit.max)) continue;
    findings.push({
      rule: SHARE_RULE[key],
      severity: limit.severity,
      message: `${SHARE_NAMES[key]}${what} ${formatYuan(amounts[key])} 元，占项目经费总额的 ${formatPercent(percentBasisPoints(amounts[key], whole))}，${limit.basis}`,
      field: fieldOf(key),
    });
  }
  return findings;
}

function rateFinding(rateKind: DailyRateKind | null | undefined, dailyRate: Fen | null | undefined, field: string): Finding | null {
  if (!rateKind || dailyRate === null || dailyRate === undefined) return null;
  const { cap, severity } = DAILY_RATE_CAPS[rateKind];
  if (dailyRate <= cap) return null;
  return {
    rule: "DAILY_RATE", severity, field,
    message: `${DAILY_RATE_KIND_LABELS[rateKind]}标准 ${formatYuan(dailyRate)} 元/人/天，${severity === "hard" ? "不得超过" : "建议不超过"} ${formatYuan(cap)} 元/人/天${rateKind === "VOLUNTEER" ? "（发放志愿者补贴的不得再报销餐费和交通费）" : ""}`,
  };
}

/**
 * The whole budget: every share limit, the per-day rates, forbidden spending, and the funding sources adding
 * up to the total. `contractAmount` (the service contract's amount) is compared with the government funds.
 */
export function checkBudget(input: { lines: readonly BudgetLineInput[]; funds?: Funds | null; contractAmount?: Fen | null }): BudgetCheck {
  const findings: Finding[] = [];
  const total = sumFen(input.lines.map((l) => l.amount));
  const byCategory = sumByCategory(input.lines);
  if (input.lines.length === 0) findings.push({ rule: "NO_LINES", severity: "hard", message: "请至少填写一项预算支出" });

  const firstLineOf = (categories: BudgetCategory[]) => {
    const i = input.lines.findIndex((l) => categories.includes(l.category));
    return i >= 0 ? `lines.${i}.amount` : undefined;
  };
  const amounts = shareAmounts(byCategory);
  if (total > 0) {
    findings.push(...shareFindings(amounts, total, "预算", (key) => firstLineOf(CATEGORIES_OF_SHARE[key])));
    // 一般按照项目资金规模、资方和委托方的要求确定 40%–65%.
    const above65 = !withinPercent(amounts.LABOUR, total, 65);
    const below40 = amounts.LABOUR * 100 < total * 40;
    if (amounts.LABOUR > 0 && withinPercent(amounts.LABOUR, total, SHARE_LIMITS.LABOUR.max) && (above65 || below40)) {
      findings.push({ rule: "LABOUR_USUAL", severity: "advisory", field: firstLineOf(["LABOUR"]), message: `社工、督导劳务和保险费占 ${formatPercent(percentBasisPoints(amounts.LABOUR, total))}，一般按 40%–65% 确定` });
    }
  }

  input.lines.forEach((line, i) => {
    const rate = rateFinding(line.rateKind, line.dailyRate, `lines.${i}.dailyRate`);
    if (rate) findings.push(rate);
    const forbidden = forbiddenSpending(line.name);
    if (forbidden) findings.push({ rule: "FORBIDDEN", severity: "hard", field: `lines.${i}.name`, message: `「${line.name}」属于不得列支的开支（${forbidden}）` });
  });

  if (input.funds) {
    const funded = sumFen([input.funds.fundProvincial, input.funds.fundLocal, input.funds.fundRaised]);
    if (funded !== total) {
      findings.push({ rule: "FUNDS_SUM", severity: "hard", field: "fundLocal", message: `资金来源合计 ${formatYuan(funded)} 元，应等于资金支出合计 ${formatYuan(total)} 元（相差 ${formatYuan(funded - total)} 元）` });
    }
    const government = input.funds.fundProvincial + input.funds.fundLocal;
    if (input.contractAmount !== null && input.contractAmount !== undefined && government !== input.contractAmount) {
      findings.push({ rule: "CONTRACT_AMOUNT", severity: "advisory", field: "fundProvincial", message: `申请部省级资金与配套资金合计 ${formatYuan(government)} 元，与服务项目金额 ${formatYuan(input.contractAmount)} 元不一致` });
    }
  }

  const shares = Object.fromEntries((Object.keys(SHARE_LIMITS) as (keyof typeof SHARE_LIMITS)[]).map((k) => [k, percentBasisPoints(amounts[k], total)])) as BudgetCheck["shares"];
  return { total, byCategory, shares, findings, blocking: findings.some((f) => f.severity === "hard") };
}

export type ExpenseInput = {
  amount: Fen;
  method: PaymentMethod;
  purpose: string;
  payee: string;
  isPurchase: boolean;
  rateKind?: DailyRateKind | null;
  dailyRate?: Fen | null;
  /** The budget line it is booked to. */
  item: { category: BudgetCategory; name: string; budget: Fen; spentBefore: Fen };
  /** The budget in force: its total and what each category has spent before this expense. */
  budgetTotal: Fen;
  spentBeforeByCategory: Record<BudgetCategory, Fen>;
  /** Attachments on file (for 已入账). */
  has: { quoteComparison: boolean; purchaseContract: boolean };
};

export type ExpenseCheck = {
  findings: Finding[];
  /** Hard findings: the expense cannot be recorded at all. */
  blocking: boolean;
  /** Why it cannot be 已入账 yet (it can still be kept as 待补材料). */
  incomplete: string[];
};

export const BANK_TRANSFER_FROM: Fen = 100000; // 1000 元
export const PURCHASE_DOCS_FROM: Fen = 200000; // 2000 元

/** One expense against the budget in force and the guide's payment and purchase rules. */
export function checkExpense(e: ExpenseInput): ExpenseCheck {
  const findings: Finding[] = [];
  const incomplete: string[] = [];
  const forbidden = forbiddenSpending(`${e.purpose} ${e.item.name}`);
  if (forbidden) findings.push({ rule: "FORBIDDEN", severity: "hard", field: "purpose", message: `该支出属于不得列支的开支（${forbidden}）` });
  const rate = rateFinding(e.rateKind, e.dailyRate, "dailyRate");
  if (rate) findings.push(rate);
  if (e.amount >= BANK_TRANSFER_FROM && e.method !== "BANK_TRANSFER") {
    findings.push({ rule: "BANK_TRANSFER", severity: "advisory", field: "method", message: "单笔 1000 元以上的支出建议采用银行转账方式，避免大额支付现金" });
  }
  if (e.isPurchase && e.amount >= PURCHASE_DOCS_FROM) {
    if (!e.has.quoteComparison) incomplete.push("购买物资或服务 2000 元以上须附询价（比价）资料");
    if (!e.has.purchaseContract) incomplete.push("购买服务或物资 2000 元以上须签订合同并附合同");
    for (const message of incomplete) findings.push({ rule: "PURCHASE_DOCS", severity: "advisory", field: "isPurchase", message: `${message}，补齐前只能记为「待补材料」` });
  }
  const lineAfter = e.item.spentBefore + e.amount;
  if (lineAfter > e.item.budget) {
    findings.push({ rule: "LINE_OVERRUN", severity: "advisory", field: "amount", message: `记入后「${e.item.name}」累计支出 ${formatYuan(lineAfter)} 元，超出预算 ${formatYuan(e.item.budget)} 元（超 ${formatYuan(lineAfter - e.item.budget)} 元），调整预算须经审批` });
  }
  if (e.budgetTotal > 0) {
    const after = { ...e.spentBeforeByCategory, [e.item.category]: e.spentBeforeByCategory[e.item.category] + e.amount };
    const touched = (key: keyof typeof SHARE_LIMITS) => CATEGORIES_OF_SHARE[key].includes(e.item.category);
    const shares = shareFindings(shareAmounts(after), e.budgetTotal, "实际支出", () => "amount");
    findings.push(...shares.filter((f) => (Object.keys(SHARE_RULE) as (keyof typeof SHARE_LIMITS)[]).some((k) => SHARE_RULE[k] === f.rule && touched(k))));
  }
  return { findings, blocking: findings.some((f) => f.severity === "hard"), incomplete };
}
