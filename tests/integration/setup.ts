// Runs in the worker before each test file: a fresh database cloned from the migrated template, so
// files never see each other's rows. DATABASE_URL is set before anything imports src/server/db.ts.
import pg from "pg";
import { afterAll, inject } from "vitest";

const server = inject("testDbServer");
const name = `sgz_test_${process.env.VITEST_POOL_ID ?? "0"}_${process.pid}`;

const admin = new pg.Client({ connectionString: `${server}postgres` });
await admin.connect();
await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "sgz_template"`);
await admin.end();

process.env.DATABASE_URL = `${server}${name}`;
process.env.NEXTAUTH_SECRET ??= "integration-test-secret";
// Fixed test keys (32 bytes each); never used outside the tests.
process.env.DATA_ENCRYPTION_KEY = Buffer.alloc(32, 7).toString("base64");
process.env.BLIND_INDEX_KEY = Buffer.alloc(32, 9).toString("base64");

afterAll(async () => {
  const { db } = await import("@/server/db");
  await db.$disconnect();
});
