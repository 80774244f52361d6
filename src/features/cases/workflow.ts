// Pure rules of the 个案工作计划表 approval workflow, shared by commands, the case page and tests.
// DRAFT → (owner submits) → SUBMITTED → (assigned supervisor) APPROVED | RETURNED → (owner edits, resubmits)
// SUBMITTED … An APPROVED plan is signed by worker and supervisor; it is never edited in place: 更正
// starts the next version as a DRAFT (only on the latest version).

export type PlanStatus = "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
export type PlanAction = "edit" | "submit" | "approve" | "return" | "sign" | "correct";
/** The actor's relation to the case: its owner (负责社工), the supervisor assigned to the owner there, or neither. */
export type PlanRole = "owner" | "supervisor" | "other";

export type PlanState = {
  status: PlanStatus;
  /** Whether this is the case's latest plan version (older versions are read-only). */
  latest: boolean;
  /** Which roles have signed this version. */
  signedBy: { worker: boolean; supervisor: boolean };
};

export type TransitionResult =
  | { ok: true; to: PlanStatus }
  | { ok: false; code: "FORBIDDEN" | "INVALID_TRANSITION"; message: string };

const ACTOR_OF: Record<PlanAction, PlanRole[]> = {
  edit: ["owner"],
  submit: ["owner"],
  approve: ["supervisor"],
  return: ["supervisor"],
  sign: ["owner", "supervisor"],
  correct: ["owner"],
};

const FROM: Record<PlanAction, PlanStatus[]> = {
  edit: ["DRAFT", "RETURNED"],
  submit: ["DRAFT", "RETURNED"],
  approve: ["SUBMITTED"],
  return: ["SUBMITTED"],
  sign: ["APPROVED"],
  correct: ["APPROVED"],
};

const TO: Record<PlanAction, (from: PlanStatus) => PlanStatus> = {
  edit: (from) => from,
  submit: () => "SUBMITTED",
  approve: () => "APPROVED",
  return: () => "RETURNED",
  sign: () => "APPROVED",
  // The new version starts as a DRAFT; the corrected one stays APPROVED (and read-only).
  correct: () => "DRAFT",
};

const REFUSED: Record<PlanAction, string> = {
  edit: "计划表已提交审批或已批准，不能直接修改（已批准的计划表请使用“更正”）",
  submit: "只有草稿或已退回的计划表可以提交审批",
  approve: "只有待审批的计划表可以批准",
  return: "只有待审批的计划表可以退回",
  sign: "计划表经督导批准后才能签名",
  correct: "只有已批准的计划表可以更正",
};

const WHO: Record<PlanAction, string> = {
  edit: "只有负责社工可以修改计划表",
  submit: "只有负责社工可以提交计划表",
  approve: "只有该社工的督导可以审批，负责社工不能审批自己的计划表",
  return: "只有该社工的督导可以审批，负责社工不能审批自己的计划表",
  sign: "只有负责社工和督导可以签名",
  correct: "只有负责社工可以更正计划表",
};

/** Whether `role` may do `action` on a plan in `state`, and the status it leads to. */
export function planTransition(state: PlanState, action: PlanAction, role: PlanRole): TransitionResult {
  if (!ACTOR_OF[action].includes(role)) return { ok: false, code: "FORBIDDEN", message: WHO[action] };
  if (!state.latest) return { ok: false, code: "INVALID_TRANSITION", message: "这是已更正的旧版本，只能查看" };
  if (!FROM[action].includes(state.status)) return { ok: false, code: "INVALID_TRANSITION", message: REFUSED[action] };
  if (action === "sign" && state.signedBy[role === "owner" ? "worker" : "supervisor"]) {
    return { ok: false, code: "INVALID_TRANSITION", message: "您已在此版本上签名" };
  }
  return { ok: true, to: TO[action](state.status) };
}

/** The actions the page offers to `role` on a plan. */
export function allowedPlanActions(state: PlanState, role: PlanRole): PlanAction[] {
  return (Object.keys(ACTOR_OF) as PlanAction[]).filter((a) => planTransition(state, a, role).ok);
}

/** Fully signed: the worker and the supervisor have both signed. */
export function planSigned(state: Pick<PlanState, "signedBy">): boolean {
  return state.signedBy.worker && state.signedBy.supervisor;
}
