// Shared by the start script and the test harness: migrations and seeding against a database URL.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { seedDemo } from "../../prisma/seed/demo";
import { PROJECT_ROOT } from "./env";

export function migrate(databaseUrl: string): void {
  const result = spawnSync("npx", ["prisma", "migrate", "deploy"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    const output = `${result.stdout}\n${result.stderr}`.split("\n").filter((l) => /Error|error|P\d{4}|failed/.test(l)).slice(0, 8).join("\n");
    throw new Error(`数据库迁移失败：\n${output}`);
  }
}

export async function seed(databaseUrl: string): Promise<boolean> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return (await seedDemo(db)).created;
  } finally {
    await db.$disconnect();
  }
}

/**
 * Deletes audit rows older than the configured retention (never less than the legal 184 days, which the
 * table's trigger enforces as well). Returns the number of rows removed.
 */
export async function purgeAuditLog(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ value: unknown }>(`SELECT value FROM system_setting WHERE key = 'auditRetentionDays'`);
    const days = Math.max(184, Number(rows[0]?.value) || 184);
    const result = await client.query(`DELETE FROM audit_log WHERE "at" < now() - make_interval(days => $1)`, [days]);
    return result.rowCount ?? 0;
  } finally {
    await client.end();
  }
}
