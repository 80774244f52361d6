// Pure rules of every signed form (接案记录表 … 转介表, 探访记录表): who signs it, which ones the
// supervisor approves, and which step each person may take in each state. Shared by the generic document
// commands, the pages (to offer only what the server would allow) and the unit tests.
//
// Reviewed forms (计划表, 结案表): DRAFT → (owner submits) → SUBMITTED → (the supervisor assigned to the
// owner at that station) APPROVED | RETURNED → (owner edits, resubmits) SUBMITTED … Signing follows
// approval. Other forms: the owner signs first, then the supervisor and the station head countersign.
// A signed form is never edited in place: 更正 keeps the signed revision and starts the next one unsigned
// (a reviewed form goes back to DRAFT).
import type { DocumentKind, ReviewStatus, SignRole } from "@/generated/prisma/enums";
import { DOCUMENT_SHORT_LABELS } from "@/lib/labels";

export type DocAction = "edit" | "submit" | "approve" | "return" | "sign" | "correct";
/**
 * The actor's relation to a document: its owner (负责社工), the supervisor assigned to the owner at the
 * document's station, the station's head (负责人, countersigns without reading), or none of these.
 */
export type DocRole = "owner" | "supervisor" | "head" | "other";

/** The seed's signature lines (the client signs on paper; the worker records that date when signing). */
export const SIGNERS: Record<DocumentKind, readonly SignRole[]> = {
  INTAKE: ["WORKER", "SUPERVISOR", "STATION_HEAD"],
  ASSESSMENT: ["WORKER", "SUPERVISOR"],
  PLAN: ["WORKER", "SUPERVISOR"],
  SESSION: ["WORKER", "SUPERVISOR", "STATION_HEAD"],
  EVALUATION: ["SUPERVISOR"],
  CLOSURE: ["WORKER", "SUPERVISOR", "STATION_HEAD"],
  REFERRAL: ["WORKER", "STATION_HEAD"], // 转出方 (the receiving side answers by accepting)
  VISIT: ["WORKER", "STATION_HEAD"],
};

/** Forms the supervisor approves before they are signed. */
export const REVIEWED: readonly DocumentKind[] = ["PLAN", "CLOSURE"];

/** Forms on which the worker's signature comes with the date the client signed the paper form. */
export const CLIENT_SIGNS_WITH_WORKER: readonly DocumentKind[] = ["PLAN", "CLOSURE"];


export type DocState = {
  kind: DocumentKind;
  /** Review status for reviewed forms; null for the others. */
  status: ReviewStatus | null;
  /** The roles that have signed the current revision. */
  signedBy: readonly SignRole[];
};

export type TransitionResult =
  | { ok: true; to: ReviewStatus | null }
  | { ok: false; code: "FORBIDDEN" | "INVALID_TRANSITION"; message: string };

const SIGN_ROLE_OF: Record<DocRole, SignRole | null> = { owner: "WORKER", supervisor: "SUPERVISOR", head: "STATION_HEAD", other: null };

export function signRoleOf(role: DocRole): SignRole | null {
  return SIGN_ROLE_OF[role];
}

const refuse = (code: "FORBIDDEN" | "INVALID_TRANSITION", message: string): TransitionResult => ({ ok: false, code, message });

/** Whether `role` may take `action` on a document in `state`, and the review status it leads to. */
export function documentTransition(state: DocState, action: DocAction, role: DocRole): TransitionResult {
  const name = DOCUMENT_SHORT_LABELS[state.kind];
  const reviewed = REVIEWED.includes(state.kind);
  const signed = state.signedBy.length > 0;
  switch (action) {
    case "edit":
      if (role !== "owner") return refuse("FORBIDDEN", `只有负责社工可以修改${name}`);
      if (reviewed && state.status !== "DRAFT" && state.status !== "RETURNED") {
        return refuse("INVALID_TRANSITION", `${name}已提交审批或已批准，不能直接修改（已批准的${name}请使用“更正”）`);
      }
      if (signed) return refuse("INVALID_TRANSITION", `${name}已签名，不能直接修改，请使用“更正”`);
      return { ok: true, to: state.status };
    case "submit":
      if (!reviewed) return refuse("INVALID_TRANSITION", `${name}无需督导审批`);
      if (role !== "owner") return refuse("FORBIDDEN", `只有负责社工可以提交${name}`);
      if (state.status !== "DRAFT" && state.status !== "RETURNED") return refuse("INVALID_TRANSITION", `只有草稿或已退回的${name}可以提交审批`);
      return { ok: true, to: "SUBMITTED" };
    case "approve":
    case "return":
      if (!reviewed) return refuse("INVALID_TRANSITION", `${name}无需督导审批`);
      if (role !== "supervisor") return refuse("FORBIDDEN", `只有该社工的督导可以审批，负责社工不能审批自己的${name}`);
      if (state.status !== "SUBMITTED") return refuse("INVALID_TRANSITION", `只有待审批的${name}可以${action === "approve" ? "批准" : "退回"}`);
      return { ok: true, to: action === "approve" ? "APPROVED" : "RETURNED" };
    case "sign": {
      const signRole = signRoleOf(role);
      if (!signRole || !SIGNERS[state.kind].includes(signRole)) return refuse("FORBIDDEN", `您不是${name}的签名人`);
      if (reviewed && state.status !== "APPROVED") return refuse("INVALID_TRANSITION", `${name}经督导批准后才能签名`);
      if (state.signedBy.includes(signRole)) return refuse("INVALID_TRANSITION", `您已在${name}的此版本上签名`);
      // The head countersigns what the worker has signed; on unreviewed forms the supervisor does too.
      const countersign = signRole === "STATION_HEAD" || (!reviewed && signRole === "SUPERVISOR");
      if (countersign && SIGNERS[state.kind].includes("WORKER") && !state.signedBy.includes("WORKER")) {
        return refuse("INVALID_TRANSITION", `负责社工签名后才能签署${name}`);
      }
      return { ok: true, to: state.status };
    }
    case "correct":
      if (role !== "owner") return refuse("FORBIDDEN", `只有负责社工可以更正${name}`);
      if (reviewed && state.status !== "APPROVED") return refuse("INVALID_TRANSITION", `只有已批准的${name}可以更正`);
      if (!reviewed && !signed) return refuse("INVALID_TRANSITION", `${name}尚未签名，可直接修改`);
      return { ok: true, to: reviewed ? "DRAFT" : null };
  }
}

const ACTIONS: DocAction[] = ["edit", "submit", "approve", "return", "sign", "correct"];

/** The steps the page offers to `role` on a document. */
export function allowedDocumentActions(state: DocState, role: DocRole): DocAction[] {
  return ACTIONS.filter((a) => documentTransition(state, a, role).ok);
}

/** Every signature line of the form is signed. */
export function fullySigned(state: Pick<DocState, "kind" | "signedBy">): boolean {
  return SIGNERS[state.kind].every((r) => state.signedBy.includes(r));
}
