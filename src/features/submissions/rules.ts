// Review rules for everything a contractor submits (§4): 月度工作简报, 中期报告, 结项报告书, 项目变更申请审批表
// and 项目经费预算 (with its adjustments), and the 绩效目标申报表 and its year-end 绩效自评 any declaring unit submits to the bureau (§5). Pure, so the UI shows only the steps the server would allow.
// DRAFT → SUBMITTED → RETURNED (with comments) → SUBMITTED … → ACCEPTED; budgets and change requests can
// also be REJECTED (不予批准). A change request needs the project supervisor's opinion before the bureau decides.
import type { ReportKind, SubmissionStatus } from "@/generated/prisma/enums";
import type { Permission } from "@/server/permissions";

export type SubmissionAction = "edit" | "submit" | "return" | "accept" | "reject" | "opinion";

type KindRules = {
  /** Who drafts, edits and submits. */
  draft: Permission;
  /** Who returns and accepts (and rejects, where allowed). */
  review: Permission;
  /** Kinds the reviewer may refuse outright instead of returning for changes. */
  rejectable: boolean;
  /** Kinds that need the project supervisor's opinion (change:opinion) before the reviewer decides. */
  opinion: boolean;
};

export const SUBMISSION_RULES: Record<ReportKind, KindRules> = {
  MONTHLY_BRIEF: { draft: "brief:manage", review: "brief:review", rejectable: false, opinion: false },
  MIDTERM_REPORT: { draft: "report:manage", review: "report:review", rejectable: false, opinion: false },
  FINAL_REPORT: { draft: "report:manage", review: "report:review", rejectable: false, opinion: false },
  CHANGE_REQUEST: { draft: "report:manage", review: "report:review", rejectable: true, opinion: true },
  BUDGET: { draft: "budget:manage", review: "budget:review", rejectable: true, opinion: false },
  DECLARATION: { draft: "declaration:manage", review: "declaration:review", rejectable: false, opinion: false },
  EVALUATION: { draft: "declaration:manage", review: "declaration:review", rejectable: false, opinion: false },
};

export const EDITABLE: readonly SubmissionStatus[] = ["DRAFT", "RETURNED"];

export type SubmissionState = {
  kind: ReportKind;
  status: SubmissionStatus;
  /** The project supervisor's opinion is on file (change requests). */
  hasOpinion?: boolean;
};

/** Whether `action` is allowed on a submission in `state` for someone holding `permissions`. Null = allowed. */
export function submissionRefusal(state: SubmissionState, action: SubmissionAction, permissions: (p: Permission) => boolean): string | null {
  const rules = SUBMISSION_RULES[state.kind];
  switch (action) {
    case "edit":
    case "submit":
      if (!permissions(rules.draft)) return "无权编辑或提交";
      return EDITABLE.includes(state.status) ? null : state.status === "SUBMITTED" ? "已提交，等待审核，不能修改" : "已审核完毕，不能修改";
    case "return":
    case "accept":
    case "reject":
      if (!permissions(rules.review)) return "无权审核";
      if (action === "reject" && !rules.rejectable) return "此类材料只能退回修改或通过";
      if (state.status !== "SUBMITTED") return "只有待审核的材料才能审核";
      if (rules.opinion && action !== "return" && !state.hasOpinion) return "请先由项目督导填写审核意见";
      return null;
    case "opinion":
      if (!rules.opinion) return "此类材料无需督导审核意见";
      if (!permissions("change:opinion")) return "无权填写督导审核意见";
      if (state.status !== "SUBMITTED") return "只有待审核的申请才能填写督导审核意见";
      return null;
  }
}

export function allowedSubmissionActions(state: SubmissionState, permissions: (p: Permission) => boolean): SubmissionAction[] {
  return (["edit", "submit", "return", "accept", "reject", "opinion"] as const).filter((a) => submissionRefusal(state, a, permissions) === null);
}
