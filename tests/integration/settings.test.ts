import { beforeAll, describe, expect, it } from "vitest";
import { saveSettingsCommand } from "@/features/settings/commands";
import { getSettingsForm, readDeploymentSettings } from "@/features/settings/queries";
import { DEFAULT_SETTINGS } from "@/features/settings/schemas";
import { db } from "@/server/db";
import { ALL_ACTOR_KEYS, buildWorld, type World } from "../support/world";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const valid = { platformName: "呈贡区社工站管理平台", auditRetentionDays: "365", supportContact: "信息科 0871-67489000" };

describe("settings (tests in this file run in order on one database)", () => {
  it("defaults before anything is saved", async () => {
    expect(await readDeploymentSettings()).toEqual(DEFAULT_SETTINGS);
    const form = await getSettingsForm(w.systemAdmin);
    expect(form?.settings).toEqual(DEFAULT_SETTINGS);
    expect(form?.updatedAt).toBeNull();
  });

  it("no district role may change or even open the settings; nothing is written", async () => {
    for (const key of ALL_ACTOR_KEYS) {
      for (const district of [w.a, w.b]) {
        const result = await saveSettingsCommand.execute(district.actors[key], valid);
        expect(result.ok, key).toBe(false);
        if (!result.ok) expect(result.code).toBe("FORBIDDEN");
        expect(await getSettingsForm(district.actors[key])).toBeNull();
      }
    }
    expect(await db.systemSetting.count()).toBe(0);
  });

  it("bad input is reported on its field and nothing is written", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ auditRetentionDays: "183" }, "auditRetentionDays"],
      [{ auditRetentionDays: "一年" }, "auditRetentionDays"],
      [{ auditRetentionDays: "365.5" }, "auditRetentionDays"],
      [{ platformName: "" }, "platformName"],
      [{ platformName: "名".repeat(51) }, "platformName"],
      [{ supportContact: "电".repeat(201) }, "supportContact"],
    ];
    for (const [overrides, field] of cases) {
      const result = await saveSettingsCommand.execute(w.systemAdmin, { ...valid, ...overrides });
      expect(result.ok, field).toBe(false);
      if (!result.ok) expect(Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await db.systemSetting.count()).toBe(0);
  });

  it("the system administrator saves; the change is audited with before and after", async () => {
    const form = await getSettingsForm(w.systemAdmin);
    const result = await saveSettingsCommand.execute(w.systemAdmin, { ...valid, stamp: form!.stamp });
    expect(result.ok).toBe(true);
    expect(await readDeploymentSettings()).toEqual({ platformName: valid.platformName, auditRetentionDays: 365, supportContact: valid.supportContact });
    const rows = await db.systemSetting.findMany();
    expect(rows.every((r) => r.updatedBy === w.systemAdminUser.id)).toBe(true);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "settings.save", outcome: "SUCCESS" } });
    expect(audit.actorUserId).toBe(w.systemAdminUser.id);
    expect(audit.detail).toMatchObject({ changes: { auditRetentionDays: { from: DEFAULT_SETTINGS.auditRetentionDays, to: 365 } } });
  });

  it("the legal minimum itself is accepted; an emptied contact is stored as none", async () => {
    expect((await saveSettingsCommand.execute(w.systemAdmin, { ...valid, auditRetentionDays: "184", supportContact: "" })).ok).toBe(true);
    expect(await readDeploymentSettings()).toMatchObject({ auditRetentionDays: 184, supportContact: null });
  });

  it("a save over someone else's newer save is a conflict", async () => {
    const stale = (await getSettingsForm(w.systemAdmin))!.stamp;
    await new Promise((r) => setTimeout(r, 5));
    expect((await saveSettingsCommand.execute(w.systemAdmin, { ...valid, platformName: "先保存的" })).ok).toBe(true);
    const result = await saveSettingsCommand.execute(w.systemAdmin, { ...valid, platformName: "后保存的", stamp: stale });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe("CONFLICT");
    expect((await readDeploymentSettings()).platformName).toBe("先保存的");
  });
});
