import { describe, expect, it } from "vitest";
import type { ReportKind, SubmissionStatus } from "@/generated/prisma/enums";
import { ROLE_PERMISSIONS, type Permission } from "@/server/permissions";
import { allowedSubmissionActions, submissionRefusal, SUBMISSION_RULES } from "@/features/submissions/rules";

const roleCan = (role: keyof typeof ROLE_PERMISSIONS) => (p: Permission) => ROLE_PERMISSIONS[role].includes(p);
const KINDS = Object.keys(SUBMISSION_RULES) as ReportKind[];
const STATUSES: SubmissionStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "ACCEPTED", "REJECTED"];

describe("contractor submissions: who may do what, in which state", () => {
  it("the contractor edits and submits drafts and returned ones, nothing else", () => {
    for (const kind of KINDS) {
      for (const status of STATUSES) {
        const allowed = allowedSubmissionActions({ kind, status, hasOpinion: true }, roleCan("CONTRACTOR_ADMIN"));
        expect(allowed, `${kind} ${status}`).toEqual(status === "DRAFT" || status === "RETURNED" ? ["edit", "submit"] : []);
      }
    }
  });

  it("the bureau reviewer reviews only what is submitted; rejects only budgets and change requests", () => {
    for (const kind of KINDS) {
      for (const status of STATUSES) {
        const allowed = allowedSubmissionActions({ kind, status, hasOpinion: true }, roleCan("BUREAU_REVIEWER"));
        const expected = status !== "SUBMITTED" ? [] : SUBMISSION_RULES[kind].rejectable ? ["return", "accept", "reject"] : ["return", "accept"];
        expect(allowed, `${kind} ${status}`).toEqual(expected);
      }
    }
  });

  it("a street office reviews monthly briefs and nothing else", () => {
    for (const kind of KINDS) {
      const allowed = allowedSubmissionActions({ kind, status: "SUBMITTED", hasOpinion: true }, roleCan("STREET_STAFF"));
      expect(allowed, kind).toEqual(kind === "MONTHLY_BRIEF" ? ["return", "accept"] : []);
    }
  });

  it("a change request needs the supervisor's opinion before the bureau decides; it can always be returned", () => {
    const waiting = { kind: "CHANGE_REQUEST" as const, status: "SUBMITTED" as const, hasOpinion: false };
    expect(submissionRefusal(waiting, "accept", roleCan("BUREAU_REVIEWER"))).toBe("请先由项目督导填写审核意见");
    expect(submissionRefusal(waiting, "reject", roleCan("BUREAU_REVIEWER"))).toBe("请先由项目督导填写审核意见");
    expect(submissionRefusal(waiting, "return", roleCan("BUREAU_REVIEWER"))).toBeNull();
    expect(allowedSubmissionActions(waiting, roleCan("SUPERVISOR"))).toEqual(["opinion"]);
    expect(submissionRefusal({ ...waiting, status: "DRAFT" }, "opinion", roleCan("SUPERVISOR"))).not.toBeNull();
    expect(submissionRefusal({ kind: "MONTHLY_BRIEF", status: "SUBMITTED" }, "opinion", roleCan("SUPERVISOR"))).not.toBeNull();
  });

  it("a declaring unit (the bureau's staff, a street office, a contractor) edits and submits its declarations and self-evaluations; only the bureau reviewer decides", () => {
    for (const kind of ["DECLARATION", "EVALUATION"] as const) {
      for (const role of ["BUREAU_STAFF", "STREET_STAFF", "CONTRACTOR_ADMIN"] as const) {
        for (const status of STATUSES) {
          const allowed = allowedSubmissionActions({ kind, status }, roleCan(role));
          expect(allowed, `${kind} ${role} ${status}`).toEqual(status === "DRAFT" || status === "RETURNED" ? ["edit", "submit"] : []);
        }
      }
      expect(allowedSubmissionActions({ kind, status: "SUBMITTED" }, roleCan("BUREAU_REVIEWER"))).toEqual(["return", "accept"]);
      for (const status of ["DRAFT", "RETURNED", "ACCEPTED"] as const) expect(allowedSubmissionActions({ kind, status }, roleCan("BUREAU_REVIEWER")), `${kind} ${status}`).toEqual([]);
      expect(submissionRefusal({ kind, status: "SUBMITTED" }, "reject", roleCan("BUREAU_REVIEWER"))).toBe("此类材料只能退回修改或通过");
    }
  });

  it("nobody else takes a step", () => {
    for (const role of ["SOCIAL_WORKER", "STATION_HEAD", "DEPUTY_HEAD", "EVALUATOR", "AUDITOR", "SYSTEM_ADMIN", "BUREAU_STAFF", "BUREAU_ADMIN"] as const) {
      for (const kind of KINDS) {
        // The bureau's staff declare the bureau's own performance targets (above).
        if (role === "BUREAU_STAFF" && (kind === "DECLARATION" || kind === "EVALUATION")) continue;
        for (const status of STATUSES) expect(allowedSubmissionActions({ kind, status, hasOpinion: true }, roleCan(role)), `${role} ${kind} ${status}`).toEqual([]);
      }
    }
  });
});
