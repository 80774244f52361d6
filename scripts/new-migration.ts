// Creates prisma/migrations/<timestamp>_<name>/migration.sql from the change between the datamodel the
// migrations already describe (datamodel.snapshot.prisma) and prisma/schema.prisma. Needs no database:
// `prisma migrate dev` cannot run here (docs/decisions/002-prisma-619-js-engine.md).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startEmbeddedDb } from "./lib/embedded-db";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("用法：npm run db:new-migration -- <name>（小写字母、数字、下划线）");
  process.exit(1);
}
const root = path.resolve(import.meta.dirname, "..");
const snapshot = path.join(root, "prisma/migrations/datamodel.snapshot.prisma");
const schema = path.join(root, "prisma/schema.prisma");
// The diff itself reads no database, but Prisma opens the adapter's connection all the same.
let url = process.env.DATABASE_URL;
// Under .data/ (not a 0700 mkdtemp): as root, PostgreSQL runs as its own user and must reach the folder.
const tmp = url ? null : path.join(root, ".data", `migration-${Date.now()}`);
const server = tmp ? await startEmbeddedDb({ dataDir: path.join(tmp, "pg"), port: 54335, persistent: false }) : null;
if (server) url = server.url("postgres");
let sql: string;
try {
  sql = execFileSync(
    "npx",
    ["prisma", "migrate", "diff", "--from-schema-datamodel", snapshot, "--to-schema-datamodel", schema, "--script"],
    { cwd: root, encoding: "utf8", env: { ...process.env, DATABASE_URL: url } },
  );
} finally {
  await server?.stop();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}
if (!sql.trim() || sql.includes("-- This is an empty migration.")) {
  console.log("数据模型没有变化，未生成迁移。");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
copyFileSync(schema, snapshot);
console.log(`已生成 ${path.relative(root, dir)}/migration.sql — 请检查后提交。`);
