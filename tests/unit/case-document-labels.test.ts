import { describe, expect, it } from "vitest";
import { isClockTime, sessionFormText, spanSuggestion, timeSlot, yesNoOf } from "@/features/cases/document-labels";

describe("过程记录表 time slot", () => {
  it("accepts 24-hour HH:MM only", () => {
    for (const t of ["00:00", "09:05", "14:00", "23:59"]) expect(isClockTime(t), t).toBe(true);
    for (const t of ["24:00", "9:05", "14:60", "2pm", "14:00:00", "", "14-00"]) expect(isClockTime(t), t).toBe(false);
    expect(timeSlot("14:00", "16:00")).toBe("14:00-16:00");
  });

  it("shows 其他 with its note", () => {
    expect(sessionFormText("PHONE", null)).toBe("电话");
    expect(sessionFormText("OTHER", "陪同就医")).toBe("其他（陪同就医）");
    expect(sessionFormText("OTHER", null)).toBe("其他");
  });
});

describe("结案表 point 1 suggestion", () => {
  it("counts the sessions by form in the form's order", () => {
    expect(spanSuggestion("2026-09-01", "2026-11-22", [])).toBe("服务时间2026-09-01至2026-11-22，共 0 次");
    expect(spanSuggestion("2026-09-01", "2026-11-22", ["PHONE", "FACE_TO_FACE", "PHONE", "HOME_VISIT"])).toBe(
      "服务时间2026-09-01至2026-11-22，共 4 次，服务方式：面谈 1 次、电话 2 次、家访 1 次",
    );
  });

  it("maps 是/否 from the stored boolean", () => {
    expect([yesNoOf(true), yesNoOf(false), yesNoOf(null)]).toEqual(["YES", "NO", null]);
  });
});
