import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, settingsFromRows, settingsSchema } from "@/features/settings/schemas";

describe("deployment settings", () => {
  it("audit retention is a whole number of days, at least the legal 184", () => {
    const parse = (auditRetentionDays: unknown) => settingsSchema.safeParse({ platformName: "平台", auditRetentionDays, supportContact: "" });
    expect(parse("184").success).toBe(true);
    expect(parse("3650").success).toBe(true);
    for (const bad of ["183", "0", "-200", "200.5", "abc", "", "3651"]) {
      const result = parse(bad);
      expect(result.success, bad).toBe(false);
      expect(result.error?.issues[0].path).toEqual(["auditRetentionDays"]);
    }
  });

  it("reads stored values defensively, falling back to the defaults", () => {
    expect(settingsFromRows([])).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromRows([
      { key: "platformName", value: "呈贡区社工站平台" },
      { key: "auditRetentionDays", value: 100 },
      { key: "supportContact", value: "" },
    ])).toEqual({ platformName: "呈贡区社工站平台", auditRetentionDays: DEFAULT_SETTINGS.auditRetentionDays, supportContact: null });
    expect(settingsFromRows([{ key: "auditRetentionDays", value: "365" }]).auditRetentionDays).toBe(DEFAULT_SETTINGS.auditRetentionDays);
    expect(settingsFromRows([{ key: "auditRetentionDays", value: 365 }]).auditRetentionDays).toBe(365);
  });
});
