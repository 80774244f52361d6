// 本区设置: the bureau administrator of a district sets its 月度工作简报报送日 (1–28, default 5); the briefs read it
// through briefDueDay(districtId).
import { beforeAll, describe, expect, it } from "vitest";
import { saveDistrictSettingsCommand } from "@/features/district-settings/commands";
import { briefDueDay, getDistrictSettings } from "@/features/district-settings/queries";
import { briefDueExplanation } from "@/features/district-settings/schemas";
import { db } from "@/server/db";
import { buildWorld, type World } from "../support/world";

let w: World;

beforeAll(async () => {
  w = await buildWorld();
});

describe("district.settings", () => {
  it("defaults to the 5th; the explanation names the day", async () => {
    expect(await briefDueDay(w.a.district.id)).toBe(5);
    expect(briefDueExplanation(5)).toBe("每月简报应于次月 5 日前报送");
    expect(await briefDueDay("no-such-district")).toBe(5);
  });

  it("the district's bureau administrator changes it (audited, with the old and new day)", async () => {
    const r = await saveDistrictSettingsCommand.execute(w.a.actors.bureauAdmin, { districtId: w.a.district.id, briefDueDay: "10", previousBriefDueDay: "5" });
    expect(r, JSON.stringify(r)).toMatchObject({ ok: true, message: "本区设置已保存：每月简报应于次月 10 日前报送" });
    expect(await briefDueDay(w.a.district.id)).toBe(10);
    expect(await briefDueDay(w.b.district.id)).toBe(5);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "district.settings", targetId: w.a.district.id } });
    expect(audit).toMatchObject({ outcome: "SUCCESS", districtId: w.a.district.id, targetType: "District", detail: { briefDueDay: { from: 5, to: 10 } } });
    expect(await getDistrictSettings(w.a.actors.bureauAdmin)).toMatchObject({ id: w.a.district.id, briefDueDay: 10 });
  });

  it("1–28 only", async () => {
    for (const day of ["0", "29", "31", "abc", ""]) {
      const r = await saveDistrictSettingsCommand.execute(w.a.actors.bureauAdmin, { districtId: w.a.district.id, briefDueDay: day });
      expect(r, day).toMatchObject({ ok: false, code: "VALIDATION" });
      expect(r.ok ? null : r.fieldErrors?.briefDueDay?.[0], day).toMatch(/月度工作简报报送日/);
    }
    for (const day of ["1", "28"]) {
      expect(await saveDistrictSettingsCommand.execute(w.a.actors.bureauAdmin, { districtId: w.a.district.id, briefDueDay: day }), day).toMatchObject({ ok: true });
    }
    expect(await briefDueDay(w.a.district.id)).toBe(28);
  });

  it("a stale form is a conflict", async () => {
    await saveDistrictSettingsCommand.execute(w.a.actors.bureauAdmin, { districtId: w.a.district.id, briefDueDay: "6" });
    expect(await saveDistrictSettingsCommand.execute(w.a.actors.bureauAdmin, { districtId: w.a.district.id, briefDueDay: "7", previousBriefDueDay: "5" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await briefDueDay(w.a.district.id)).toBe(6);
  });

  it("other roles are refused; another district's administrator does not reach it", async () => {
    for (const key of ["bureauStaff", "bureauReviewer", "evaluator", "auditor", "streetStaff", "stationHead", "socialWorker", "supervisor", "contractorAdmin"] as const) {
      expect(await saveDistrictSettingsCommand.execute(w.a.actors[key], { districtId: w.a.district.id, briefDueDay: "9" }), key).toMatchObject({ ok: false, code: "FORBIDDEN" });
      expect(await getDistrictSettings(w.a.actors[key]), key).toBeNull();
    }
    expect(await saveDistrictSettingsCommand.execute(w.systemAdmin, { districtId: w.a.district.id, briefDueDay: "9" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await saveDistrictSettingsCommand.execute(w.b.actors.bureauAdmin, { districtId: w.a.district.id, briefDueDay: "9" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await briefDueDay(w.a.district.id)).not.toBe(9);
    expect(await getDistrictSettings(w.b.actors.bureauAdmin)).toMatchObject({ id: w.b.district.id });
  });
});
