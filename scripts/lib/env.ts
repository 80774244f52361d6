import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "dotenv";

const ROOT = path.resolve(import.meta.dirname, "../..");
const LOCAL_ENV = path.join(ROOT, ".env.local");

/** Loads .env then .env.local into process.env without overriding what the shell already set. */
export function loadEnvFiles() {
  for (const name of [".env.local", ".env"]) {
    const file = path.join(ROOT, name);
    if (!existsSync(file)) continue;
    const parsed = parse(readFileSync(file));
    for (const [key, value] of Object.entries(parsed)) {
      if (process.env[key] === undefined) process.env[key] = value;
    }
  }
}

const SECRETS = ["NEXTAUTH_SECRET", "DATA_ENCRYPTION_KEY", "BLIND_INDEX_KEY"] as const;

/** Generates any missing secret into .env.local (development convenience; production sets its own). */
export function ensureSecrets(): string[] {
  const created: string[] = [];
  for (const key of SECRETS) {
    if (process.env[key]) continue;
    const value = randomBytes(32).toString("base64");
    appendFileSync(LOCAL_ENV, `${key}=${value}\n`, { mode: 0o600 });
    process.env[key] = value;
    created.push(key);
  }
  return created;
}

export const PROJECT_ROOT = ROOT;
