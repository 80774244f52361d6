import { describe, expect, it } from "vitest";
import type { DocumentKind, ReviewStatus, SignRole } from "@/generated/prisma/enums";
import { allowedDocumentActions, documentTransition, fullySigned, REVIEWED, SIGNERS, type DocAction, type DocRole, type DocState } from "@/features/documents/rules";

const STATUSES: ReviewStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"];
const ACTIONS: DocAction[] = ["edit", "submit", "approve", "return", "sign", "correct"];
const ROLES: DocRole[] = ["owner", "supervisor", "head", "other"];
const KINDS = Object.keys(SIGNERS) as DocumentKind[];

describe("reviewed forms (计划表, 结案表)", () => {
  /** Every allowed (status, action, role) → target status, with nobody signed yet; everything else is refused. */
  const ALLOWED: Record<string, ReviewStatus> = {
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
  for (const kind of REVIEWED) {
    for (const status of STATUSES) {
      for (const action of ACTIONS) {
        for (const role of ROLES) {
          const key = `${status}/${action}/${role}`;
          // Nobody has signed yet: the station head's countersignature (closure only) waits for the worker's.
          const expected = ALLOWED[key];
          it(`${kind} ${key} → ${expected ?? "refused"}`, () => {
            const result = documentTransition({ kind, status, signedBy: [] }, action, role);
            if (expected) expect(result).toEqual({ ok: true, to: expected });
            else expect(result.ok).toBe(false);
          });
        }
      }
    }
  }

  it("refuses with FORBIDDEN for the wrong person, INVALID_TRANSITION for the wrong state", () => {
    const plan = (status: ReviewStatus): DocState => ({ kind: "PLAN", status, signedBy: [] });
    expect(documentTransition(plan("SUBMITTED"), "approve", "owner")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(documentTransition(plan("SUBMITTED"), "approve", "head")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(documentTransition(plan("DRAFT"), "submit", "supervisor")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(documentTransition(plan("DRAFT"), "approve", "supervisor")).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "只有待审批的计划表可以批准" });
    expect(documentTransition({ kind: "CLOSURE", status: "SUBMITTED", signedBy: [] }, "return", "supervisor")).toEqual({ ok: true, to: "RETURNED" });
    expect(documentTransition(plan("APPROVED"), "edit", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
  });

  it("each role signs once; a plan has no station-head line", () => {
    const workerSigned: DocState = { kind: "PLAN", status: "APPROVED", signedBy: ["WORKER"] };
    expect(documentTransition(workerSigned, "sign", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION", message: "您已在计划表的此版本上签名" });
    expect(documentTransition(workerSigned, "sign", "supervisor")).toEqual({ ok: true, to: "APPROVED" });
    expect(documentTransition(workerSigned, "sign", "head")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(fullySigned(workerSigned)).toBe(false);
    expect(fullySigned({ kind: "PLAN", signedBy: ["WORKER", "SUPERVISOR"] })).toBe(true);
  });

  it("lists the actions the page offers", () => {
    expect(allowedDocumentActions({ kind: "PLAN", status: "DRAFT", signedBy: [] }, "owner")).toEqual(["edit", "submit"]);
    expect(allowedDocumentActions({ kind: "PLAN", status: "SUBMITTED", signedBy: [] }, "supervisor")).toEqual(["approve", "return"]);
    expect(allowedDocumentActions({ kind: "PLAN", status: "SUBMITTED", signedBy: [] }, "owner")).toEqual([]);
    expect(allowedDocumentActions({ kind: "PLAN", status: "APPROVED", signedBy: [] }, "owner")).toEqual(["sign", "correct"]);
    expect(allowedDocumentActions({ kind: "PLAN", status: "APPROVED", signedBy: ["WORKER", "SUPERVISOR"] }, "supervisor")).toEqual([]);
    expect(allowedDocumentActions({ kind: "CLOSURE", status: "APPROVED", signedBy: [] }, "head")).toEqual([]);
    expect(allowedDocumentActions({ kind: "CLOSURE", status: "APPROVED", signedBy: ["WORKER"] }, "head")).toEqual(["sign"]);
  });
});

describe("forms without approval (接案记录表, 预估表, 过程记录表, 评估表, 转介表, 探访记录表)", () => {
  const plain = KINDS.filter((k) => !REVIEWED.includes(k));
  const state = (kind: DocumentKind, signedBy: SignRole[] = []): DocState => ({ kind, status: null, signedBy });

  for (const kind of plain) {
    it(`${kind}: the owner edits until someone signs, then only 更正 (a new revision)`, () => {
      expect(documentTransition(state(kind), "edit", "owner")).toEqual({ ok: true, to: null });
      expect(documentTransition(state(kind), "correct", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
      const first = SIGNERS[kind][0];
      expect(documentTransition(state(kind, [first]), "edit", "owner")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
      expect(documentTransition(state(kind, [first]), "correct", "owner")).toEqual({ ok: true, to: null });
      for (const role of ["supervisor", "head", "other"] as DocRole[]) {
        expect(documentTransition(state(kind), "edit", role).ok).toBe(false);
        expect(documentTransition(state(kind, [first]), "correct", role).ok).toBe(false);
      }
      for (const action of ["submit", "approve", "return"] as DocAction[]) for (const role of ROLES) expect(documentTransition(state(kind), action, role).ok).toBe(false);
    });

    it(`${kind}: only the form's signature lines sign, each once, the worker first`, () => {
      const signers = SIGNERS[kind];
      const roleOf: Record<SignRole, DocRole> = { WORKER: "owner", SUPERVISOR: "supervisor", STATION_HEAD: "head" };
      for (const [signRole, role] of Object.entries(roleOf) as [SignRole, DocRole][]) {
        const afterWorker = signRole === "WORKER" ? [] : signers.includes("WORKER") ? (["WORKER"] as SignRole[]) : [];
        const result = documentTransition(state(kind, afterWorker), "sign", role);
        expect(result.ok, `${kind} ${signRole}`).toBe(signers.includes(signRole));
        if (signers.includes(signRole)) expect(documentTransition(state(kind, [...afterWorker, signRole]), "sign", role).ok).toBe(false);
      }
      expect(documentTransition(state(kind), "sign", "other")).toMatchObject({ ok: false, code: "FORBIDDEN" });
      if (signers.includes("WORKER") && signers.includes("STATION_HEAD")) {
        expect(documentTransition(state(kind), "sign", "head")).toMatchObject({ ok: false, code: "INVALID_TRANSITION" });
      }
    });
  }

  it("the seed's signature lines", () => {
    expect(SIGNERS.SESSION).toEqual(["WORKER", "SUPERVISOR", "STATION_HEAD"]);
    expect(SIGNERS.EVALUATION).toEqual(["SUPERVISOR"]);
    expect(SIGNERS.VISIT).toEqual(["WORKER", "STATION_HEAD"]);
    expect(documentTransition(state("EVALUATION"), "sign", "supervisor")).toEqual({ ok: true, to: null });
  });
});
