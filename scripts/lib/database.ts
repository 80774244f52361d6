// Shared by the start script and the test harness: migrations and seeding against a database URL.
import { spawnSync } from "node:child_process";
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
