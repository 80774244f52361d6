import { describe, expect, it } from "vitest";
import { allowedPlanActions, planSigned, planTransition, type PlanAction, type PlanRole, type PlanState, type PlanStatus } from "@/features/cases/workflow";

const STATUSES: PlanStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
const ACTIONS: PlanAction[] = ["edit", "submit", "approve", "return", "sign", "correct"];
const ROLES: PlanRole[] = ["owner", "supervisor", "other"];
const state = (status: PlanStatus, over: Partial<PlanState> = {}): PlanState => ({ status, latest: true, signedBy: { worker: false, supervisor: false }, ...over });

/** Every allowed (status, action, role) → target status; everything else is refused. */
const ALLOWED: Record<string, PlanStatus> = {
  "DRAFT/edit/owner": "DRAFT",
  "RETURNED/edit/owner": "RETURNED",
  "DRAFT/submit/owner": "SUBMITTED",
  "RETURNED/submit/owner": "SUBMITTED",
  "SUBMITTED/approve/supervisor": "APPROVED",
  "SUBMITTED/return/supervisor": "RETURNED",
  "APPROVED/sign/owner": "APPROVED",
  "APPROVED/sign/supervisor": "APPROVED",
  "APPROVED/correct/owner": "DRAFT",
};

describe("plan workflow", () => {
  for (const status of STATUSES) {
    for (const action of ACTIONS) {
      for (const role of ROLES) {
        const key = `${status}/${action}/${role}`;
        it(`${key} → ${ALLOWED[key] ?? "refused"}`, () => {
          const result = planTransition(state(status), action, role);
          if (ALLOWED[key]) expect(result).toEqual({ ok: true, to: ALLOWED[key] });
          else expect(result.ok).toBe(false);
        });
      }
    }
  }

  it("refuses with FORBIDDEN for the wrong person, INVALID_TRANSITION for the wrong state", () => {
    expect(planTransition(state("SUBMITTED"), "approve", "owner")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(planTransition(state("SUBMITTED"), "approve", "other")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(planTransition(state("DRAFT"), "submit", "supervisor")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(planTransition(state("DRAFT"), "approve", "supervisor")).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "只有待审批的计划表可以批准" });
    expect(planTransition(state("APPROVED"), "submit", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(planTransition(state("APPROVED"), "edit", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("each role signs once; older versions are read-only", () => {
    const workerSigned = state("APPROVED", { signedBy: { worker: true, supervisor: false } });
    expect(planTransition(workerSigned, "sign", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "您已在此版本上签名" });
    expect(planTransition(workerSigned, "sign", "supervisor")).toEqual({ ok: true, to: "APPROVED" });
    const old = state("APPROVED", { latest: false, signedBy: { worker: true, supervisor: true } });
    for (const action of ACTIONS) for (const role of ROLES) expect(planTransition(old, action, role).ok).toBe(false);
    expect(planTransition(state("DRAFT", { latest: false }), "edit", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
    expect(planSigned(old)).toBe(true);
    expect(planSigned(workerSigned)).toBe(false);
  });

  it("lists the actions the page offers", () => {
    expect(allowedPlanActions(state("DRAFT"), "owner")).toEqual(["edit", "submit"]);
    expect(allowedPlanActions(state("SUBMITTED"), "supervisor")).toEqual(["approve", "return"]);
    expect(allowedPlanActions(state("SUBMITTED"), "owner")).toEqual([]);
    expect(allowedPlanActions(state("APPROVED"), "owner")).toEqual(["sign", "correct"]);
    expect(allowedPlanActions(state("APPROVED", { signedBy: { worker: true, supervisor: true } }), "supervisor")).toEqual([]);
  });
});
