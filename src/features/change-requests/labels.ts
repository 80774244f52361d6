// 项目变更申请审批表 (seed 004): the form's field names and the instructions printed under them. Pure, shared
// by the form, the pages and the Word export.

export const CHANGE_REQUEST_TITLE = "项目变更申请审批表";

export const CHANGE_REQUEST_FIELDS = {
  filer: { label: "填报人", hint: "" },
  originalContent: {
    label: "原项目申报书中涉及变更的内容",
    hint: "请列明在原项目申报书中涉及的变更版块（如：项目受益人群、项目目标、项目具体实施方案等）及其具体内容原文。",
  },
  changedContent: { label: "变更计划及内容", hint: "对应上述涉及变更的内容列明变更后的项目实施内容。" },
  reasons: { label: "变更原因", hint: "对应变更内容逐条列明变更原因。" },
} as const;

/** The instruction printed beside both opinions (督导、民政局). */
export const OPINION_HINT = "（根据项目各相关方反馈，审定项目变更可行性）";

/** 第 3 号 */
export const changeRequestNumber = (n: number) => `第 ${n} 号`;
