import { describe, expect, it } from "vitest";
import { assessmentDeadline, caseChecklist, caseNumber } from "@/features/cases/helpers";

describe("case helpers", () => {
  it("numbers cases GA-YYYY-NNNN", () => {
    expect(caseNumber(2026, 1)).toBe("GA-2026-0001");
    expect(caseNumber(2026, 123)).toBe("GA-2026-0123");
    expect(caseNumber(2026, 12345)).toBe("GA-2026-12345");
  });

  it("places a case against its assessment deadline", () => {
    const at = (dueOn: string, hasAssessment = false) => assessmentDeadline({ hasAssessment, dueOn }, "2026-11-22", "2026-11-24");
    expect(at("2026-11-20")).toBe("overdue");
    expect(at("2026-11-22")).toBe("dueSoon");
    expect(at("2026-11-24")).toBe("dueSoon");
    expect(at("2026-11-25")).toBe("pending");
    expect(at("2026-11-20", true)).toBe("done");
  });

  it("lists the twelve rows of 个案咨询资料清单 in the seed's order", () => {
    const rows = caseChecklist({ intake: true, assessment: false });
    expect(rows.map((r) => r.label)).toEqual([
      "个案资料封面", "个案咨询资料清单", "个案工作接案记录表", "个案工作预估表", "个案工作服务协议", "个案工作计划表",
      "个案工作过程记录表", "个案工作评估表", "个案工作结案表", "个案转介同意书", "个案工作转介表", "其他文件",
    ]);
    expect(rows.filter((r) => r.done).map((r) => r.key)).toEqual(["cover", "checklist", "intake"]);
  });
});
