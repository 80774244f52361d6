// Serves the production build for the end-to-end tests: a fresh embedded PostgreSQL, migrations, the
// demo data plus a few accounts only the tests use, then `next start`. Started by Playwright.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client";
import { createUser } from "../prisma/seed/factories";
import { migrate, seed } from "./lib/database";
import { startEmbeddedDb } from "./lib/embedded-db";
import { PROJECT_ROOT } from "./lib/env";

const port = Number(process.env.E2E_PORT ?? 3100);
// Fresh keys per run: the seed encrypts the demo clients with them and the server decrypts with them.
process.env.DATA_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
process.env.BLIND_INDEX_KEY ??= randomBytes(32).toString("base64");
// Always a fresh cluster: a previous run killed before it could clean up must not leak its rows.
const dataDir = path.join(PROJECT_ROOT, ".data/e2e-pg");
rmSync(dataDir, { recursive: true, force: true });
const db = await startEmbeddedDb({ dataDir, port: Number(process.env.E2E_PG_PORT ?? 54333), persistent: false });
await db.createDatabase("sgz_e2e");
const url = db.url("sgz_e2e");
migrate(url);
await seed(url);

// Accounts the browser tests lock out or force through the first-login password change.
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
const district = await prisma.district.findUniqueOrThrow({ where: { code: "530114" } });
const bureau = await prisma.bureau.findFirstOrThrow({ where: { districtId: district.id } });
await createUser(prisma, { districtId: district.id, username: "e2e.lockout", name: "锁定测试", password: "Demo@2026", memberships: [{ role: "BUREAU_STAFF", bureauId: bureau.id }] });
await createUser(prisma, { districtId: district.id, username: "e2e.newbie", name: "新用户", password: "Initial@2026", mustChangePassword: true, memberships: [{ role: "BUREAU_STAFF", bureauId: bureau.id }] });
await prisma.$disconnect();

if (!existsSync(path.join(PROJECT_ROOT, ".next/BUILD_ID"))) {
  const build = spawnSync("npx", ["next", "build"], { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (build.status !== 0) process.exit(1);
}

const next = spawn(process.execPath, [path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"], {
  cwd: PROJECT_ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: url,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1", LOG_LEVEL: "warn" },
});
const stop = async () => {
  next.kill("SIGTERM");
  await db.stop().catch(() => {});
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
next.on("exit", async (code) => {
  await db.stop().catch(() => {});
  process.exit(code ?? 0);
});
