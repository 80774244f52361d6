import "server-only";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { cache } from "react";
import { DEFAULT_SETTINGS, NEVER_SAVED, SETTING_KEYS, settingsFromRows, type DeploymentSettings } from "./schemas";

/** Deployment settings every part of the app may use (platform name, audit retention). No personal data. */
export async function readDeploymentSettings(): Promise<DeploymentSettings> {
  return settingsFromRows(await db.systemSetting.findMany({ where: { key: { in: [...SETTING_KEYS] } } }));
}

/** The settings form: values plus who changed them last and when; null for anyone but the system administrator. */
export async function getSettingsForm(actor: Actor) {
  if (!can(actor, "settings:manage")) return null;
  const rows = await db.systemSetting.findMany({ where: { key: { in: [...SETTING_KEYS] } }, orderBy: { updatedAt: "desc" } });
  const latest = rows[0] ?? null;
  const updatedBy = latest?.updatedBy ? await db.user.findUnique({ where: { id: latest.updatedBy }, select: { name: true, username: true } }) : null;
  return { settings: settingsFromRows(rows), stamp: latest?.updatedAt.toISOString() ?? NEVER_SAVED, updatedAt: latest?.updatedAt ?? null, updatedBy };
}

/** The platform's name for headers and titles; the default when the database cannot be read. */
export const platformName = cache(async (): Promise<string> => {
  try {
    return (await readDeploymentSettings()).platformName;
  } catch {
    return DEFAULT_SETTINGS.platformName;
  }
});
