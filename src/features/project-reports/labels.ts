// Wording of the 中期报告 and 结项报告书 (seed 004) that only this feature uses: section headings, the
// 受益对象 letters, the 资金来源 rows. Enum labels shared with the rest of the app live in src/lib/labels.ts.
import type { ProjectReportKind } from "@/generated/prisma/enums";

/** URL segment of each kind (/reports/midterm, /reports/final). */
export const REPORT_SLUGS: Record<ProjectReportKind, "midterm" | "final"> = { MIDTERM: "midterm", FINAL: "final" };

export function kindOfSlug(slug: string): ProjectReportKind | null {
  return slug === "midterm" ? "MIDTERM" : slug === "final" ? "FINAL" : null;
}

/** The review workflow's kind for each report (src/features/submissions). */
export const SUBMISSION_KIND = { MIDTERM: "MIDTERM_REPORT", FINAL: "FINAL_REPORT" } as const satisfies Record<ProjectReportKind, string>;

export const MIDTERM_SECTIONS = {
  basic: "一、项目基本情况",
  implementation: "二、项目实施情况",
  effects: "三、项目取得的效果及经验",
  difficulties: "四、遇到的困难和问题",
  nextPlan: "五、下一步项目实施计划",
  funds: "六、项目资金使用情况",
} as const;

export const FINAL_SECTIONS = {
  cover: "封面",
  org: "一、组织基本情况",
  project: "二、项目基本情况",
  execution: "三、项目执行情况",
  outcomes: "四、项目成效",
  photos: "五、图片材料",
} as const;

/** 受益对象（可选择多项）: A 老年人 … I 其它. */
export const BENEFICIARY_GROUP_LABELS = {
  A: "老年人",
  B: "孤儿",
  C: "残疾人",
  D: "贫困人群",
  E: "灾区群众",
  F: "城市流动人口",
  G: "留守人员",
  H: "特殊群体",
  I: "其它",
} as const;
export type BeneficiaryGroup = keyof typeof BENEFICIARY_GROUP_LABELS;

/** 项目资金来源 rows (单位：万元). */
export const FUNDING_ROW_LABELS = {
  declared: "项目申报资金",
  otherFiscal: "其他财政资金",
  raised: "社会募集资金",
  own: "自有资金",
  other: "其它",
} as const;
export type FundingRow = keyof typeof FUNDING_ROW_LABELS;
export const FUNDING_ROWS = Object.keys(FUNDING_ROW_LABELS) as FundingRow[];

export const EMPLOYMENT_LABELS = { FULL: "全职", PART: "兼职" } as const;
export const TAX_EXEMPT_LABELS = { YES: "有", NO: "无" } as const;
export const DELAYED_LABELS = { YES: "是", NO: "否" } as const;

/** Ordinals of the photos (图片一 … 图片五). */
export const PHOTO_ORDINALS = ["一", "二", "三", "四", "五"] as const;
export const MIN_PHOTOS = 3;
export const MAX_PHOTOS = 5;

/** 项目执行中的问题和建议（限300字以内）. */
export const PROBLEMS_MAX = 300;
