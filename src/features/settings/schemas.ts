import { z } from "zod";
import { optionalText, requiredText } from "@/lib/fields";

/** 网络安全法 第二十一条: network logs are kept for no less than six months. */
export const AUDIT_RETENTION_MIN_DAYS = 184;
export const AUDIT_RETENTION_MAX_DAYS = 3650;

export type DeploymentSettings = { platformName: string; auditRetentionDays: number; supportContact: string | null };
export const SETTING_KEYS = ["platformName", "auditRetentionDays", "supportContact"] as const satisfies readonly (keyof DeploymentSettings)[];

export const DEFAULT_SETTINGS: DeploymentSettings = { platformName: "社工站管理平台", auditRetentionDays: AUDIT_RETENTION_MIN_DAYS, supportContact: null };

const retentionDays = z.preprocess(
  (v) => (v === undefined || v === null ? "" : String(v).trim()),
  z
    .string()
    .min(1, "请填写审计日志保存天数")
    .regex(/^\d+$/, "审计日志保存天数应为整数")
    .transform(Number)
    .refine((n) => n >= AUDIT_RETENTION_MIN_DAYS, `审计日志保存天数不能少于 ${AUDIT_RETENTION_MIN_DAYS} 天（法定最短六个月）`)
    .refine((n) => n <= AUDIT_RETENTION_MAX_DAYS, `审计日志保存天数不能超过 ${AUDIT_RETENTION_MAX_DAYS} 天`),
);

export const settingsSchema = z.object({
  platformName: requiredText("平台名称", 50),
  auditRetentionDays: retentionDays,
  supportContact: optionalText("技术支持联系方式", 200),
  /** When the form was loaded (latest updatedAt); a newer save in between is a conflict. */
  stamp: z.preprocess((v) => (typeof v === "string" && v !== "" ? v : undefined), z.string().optional()),
});

/** Stamp of settings never saved yet. */
export const NEVER_SAVED = "never";

/** Stored JSON values are read defensively: anything malformed falls back to the default. */
const stored = {
  platformName: z.string().trim().min(1).max(50),
  auditRetentionDays: z.number().int().min(AUDIT_RETENTION_MIN_DAYS).max(AUDIT_RETENTION_MAX_DAYS),
  supportContact: z.string().max(200).nullable().transform((v) => v?.trim() || null),
} satisfies Record<keyof DeploymentSettings, z.ZodType>;

export function settingsFromRows(rows: { key: string; value: unknown }[]): DeploymentSettings {
  const byKey = new Map(rows.map((r) => [r.key, r.value]));
  const read = <K extends keyof DeploymentSettings>(key: K): DeploymentSettings[K] => {
    const parsed = stored[key].safeParse(byKey.get(key));
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as DeploymentSettings[K];
  };
  return { platformName: read("platformName"), auditRetentionDays: read("auditRetentionDays"), supportContact: read("supportContact") };
}
