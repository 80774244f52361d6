// How the 申报书 lays a budget out: categories in its order (一 … 五, then 其他费用), lines numbered by a
// letter per section (A 社会服务, B 劳务, C 志愿者, D 项目执行费用, E 场所, F 其他费用). Pure; used by the
// editor in the browser, the read views and the server (the same order everywhere, so a finding's
// `lines.N` names the same row the user sees).
import type { BudgetCategory } from "@/generated/prisma/enums";

export const CATEGORY_ORDER: BudgetCategory[] = ["SOCIAL_SERVICE", "LABOUR", "VOLUNTEER", "TRANSPORT", "TRAINING", "MEETING", "MANAGEMENT", "PRINTING", "VENUE", "UNFORESEEN", "TAX"];

export const CODE_LETTER: Record<BudgetCategory, string> = {
  SOCIAL_SERVICE: "A", LABOUR: "B", VOLUNTEER: "C", TRANSPORT: "D", TRAINING: "D", MEETING: "D", MANAGEMENT: "D", PRINTING: "D", VENUE: "E", UNFORESEEN: "F", TAX: "F",
};

/** The 申报书's headings above the category lines (四、项目执行费用支出 spans five categories). */
export const SECTION_OF: Record<BudgetCategory, string> = {
  SOCIAL_SERVICE: "一、社会服务支出",
  LABOUR: "二、社工、督导劳务和保险费支出",
  VOLUNTEER: "三、志愿者补贴、保险费支出",
  TRANSPORT: "四、项目执行费用支出",
  TRAINING: "四、项目执行费用支出",
  MEETING: "四、项目执行费用支出",
  MANAGEMENT: "四、项目执行费用支出",
  PRINTING: "四、项目执行费用支出",
  VENUE: "五、社工站服务场所支出",
  UNFORESEEN: "六、其他费用",
  TAX: "六、其他费用",
};

/** Sub-heading inside a section (四 and 六 have them). */
export const SUBSECTION_OF: Partial<Record<BudgetCategory, string>> = {
  TRANSPORT: "1.交通费", TRAINING: "2.培训费", MEETING: "3.会议费", MANAGEMENT: "4.管理费", PRINTING: "5.印刷宣传费", UNFORESEEN: "不可预见费", TAX: "税费",
};

/** A1 < A2 < A10 < B1. */
export function byCode<T extends { code: string }>(x: T, y: T): number {
  return x.code.localeCompare(y.code, "zh-CN", { numeric: true });
}

/** The next free code of the category's letter (A3 after A1, A2), avoiding every code in `taken`. */
export function suggestCode(category: BudgetCategory, taken: Iterable<string>): string {
  const letter = CODE_LETTER[category];
  const used = new Set([...taken].map((c) => c.toUpperCase()));
  for (let n = 1; ; n++) if (!used.has(`${letter}${n}`)) return `${letter}${n}`;
}

/** The rows a new budget starts from: one per category of the 申报书 (blank rows are not saved). */
export const TEMPLATE_CATEGORIES: BudgetCategory[] = ["SOCIAL_SERVICE", "LABOUR", "VOLUNTEER", "TRANSPORT", "TRAINING", "MEETING", "MANAGEMENT", "PRINTING", "VENUE", "TAX"];

/** Lines grouped by category, in the 申报书's order (categories without lines left out). */
export function groupByCategory<T extends { category: BudgetCategory; code: string }>(lines: readonly T[]): { category: BudgetCategory; lines: T[] }[] {
  return CATEGORY_ORDER.map((category) => ({ category, lines: lines.filter((l) => l.category === category).sort(byCode) })).filter((g) => g.lines.length > 0);
}

/**
 * What makes a row of the form a line (blank rows are not saved): the category select always has a value
 * and new rows come with a suggested 序号, so neither counts.
 */
export const LINE_TYPED_FIELDS = ["name", "basis", "amount", "dailyRate"] as const;

export function rowIsTyped(row: Record<string, unknown>): boolean {
  return LINE_TYPED_FIELDS.some((k) => {
    const v = row[k];
    return v !== undefined && v !== null && String(v).trim() !== "";
  });
}
