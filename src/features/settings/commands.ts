import "server-only";
import { defineCommand } from "@/server/action";
import { AppError } from "@/server/errors";
import { NEVER_SAVED, SETTING_KEYS, settingsFromRows, settingsSchema } from "./schemas";

export const saveSettingsCommand = defineCommand({
  name: "settings.save",
  schema: settingsSchema,
  permission: "settings:manage",
  run: async ({ input, actor, tx }) => {
    const rows = await tx.systemSetting.findMany({ where: { key: { in: [...SETTING_KEYS] } }, orderBy: { updatedAt: "desc" } });
    const currentStamp = rows[0]?.updatedAt.toISOString() ?? NEVER_SAVED;
    if (input.stamp !== undefined && input.stamp !== currentStamp) throw new AppError("CONFLICT", "系统设置已被他人修改，请刷新后重试。");
    const current = settingsFromRows(rows);
    const changes: Record<string, { from: string | number | null; to: string | number | null }> = {};
    for (const key of SETTING_KEYS) {
      const value = input[key];
      // An empty optional value is stored as "" (a JSON null would need Prisma's JsonNull sentinel).
      const json = value ?? "";
      const stored = rows.some((r) => r.key === key);
      if (stored && current[key] === value) continue;
      await tx.systemSetting.upsert({ where: { key }, create: { key, value: json, updatedBy: actor.userId }, update: { value: json, updatedBy: actor.userId } });
      if (current[key] !== value) changes[key] = { from: current[key], to: value };
    }
    return { target: { type: "SystemSetting", id: "deployment" }, detail: { changes }, message: "系统设置已保存" };
  },
});
