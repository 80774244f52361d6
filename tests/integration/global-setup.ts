// Starts one embedded PostgreSQL for the integration run and prepares a migrated template database;
// each test file then gets its own copy (tests/integration/setup.ts). Real PostgreSQL, nothing mocked.
import { rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrate } from "../../scripts/lib/database";
import { startEmbeddedDb } from "../../scripts/lib/embedded-db";

declare module "vitest" {
  // Module augmentation needs an interface.
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions
  export interface ProvidedContext {
    testDbServer: string;
  }
}

export const TEMPLATE_DB = "sgz_template";

export default async function setup(project: TestProject) {
  const port = Number(process.env.TEST_PG_PORT ?? 54331);
  const dataDir = path.join(import.meta.dirname, `../../.data/test-pg-${port}`);
  rmSync(dataDir, { recursive: true, force: true });
  const db = await startEmbeddedDb({ dataDir, port, persistent: false });
  await db.dropDatabase(TEMPLATE_DB);
  await db.createDatabase(TEMPLATE_DB);
  migrate(db.url(TEMPLATE_DB));
  project.provide("testDbServer", db.url(""));
  return async () => {
    await db.stop();
  };
}
