// `npm run bench`: loads a generated district into a dedicated embedded PostgreSQL (.data/bench-pg, kept
// between runs) and prints p50/p95 server time of the hot read paths, through the app's real query
// functions with real actors (scope, masking and audit included). Speed targets are checked here, never
// by timed assertions in the test suite.
//   BENCH_CLIENTS (default 100000)  BENCH_ROUNDS (default 200)

import path from "node:path";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client";
import type { Gender } from "../src/generated/prisma/enums";
import { encryptField, idNumberBlindIndex } from "../src/server/crypto";
import { idNumberCheckChar, mask } from "../src/lib/validators";
import { createBureau, createStation, createStreetOffice, createUser } from "../prisma/seed/factories";
import { migrate } from "./lib/database";
import { startEmbeddedDb } from "./lib/embedded-db";
import { PROJECT_ROOT } from "./lib/env";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const STATIONS = 10;
const WORKERS_PER_STATION = 3;
// Fixed keys so a kept database stays readable between runs (benchmark data only, all fictional).
process.env.DATA_ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
process.env.BLIND_INDEX_KEY = Buffer.alloc(32, 5).toString("base64");

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文";
const GIVEN = "秀英桂芳建华丽娟志强海燕春梅晓东文静俊杰玉兰明辉雪梅国庆红霞子涵雨轩思远欣怡浩然";
const nameOf = (i: number) => SURNAMES[i % SURNAMES.length] + GIVEN.slice((i * 2) % GIVEN.length, ((i * 2) % GIVEN.length) + 2) + (i % 7 === 0 ? "" : String.fromCharCode(0x4e00 + (i % 2000)));
/** Unique valid ID numbers: birth day = i mod 20000 days after 1930-01-01, sequence from i / 20000. */
const idOf = (i: number) => {
  const birth = new Date(Date.UTC(1930, 0, 1) + (i % 20000) * 86_400_000).toISOString().slice(0, 10).replaceAll("-", "");
  const first17 = `530114${birth}${String(Math.floor(i / 20000) * 2 + (i % 2)).padStart(3, "0")}`;
  return first17 + idNumberCheckChar(first17);
};

async function generate(db: PrismaClient) {
  const district = await db.district.create({ data: { name: "基准测试区", cityName: "昆明市", code: "BENCH" } });
  const bureau = await createBureau(db, { districtId: district.id, name: "基准测试区民政局" });
  const workers: { id: string; stationId: string }[] = [];
  for (let s = 0; s < STATIONS; s++) {
    const street = await createStreetOffice(db, { districtId: district.id, name: `基准${s + 1}街道` });
    const station = await createStation(db, { districtId: district.id, streetOfficeId: street.id, name: `基准${s + 1}街道社会工作服务站` });
    const supervisor = await createUser(db, { districtId: district.id, username: `bench.sup${s}`, memberships: [{ role: "SUPERVISOR", stationId: station.id }] });
    for (let k = 0; k < WORKERS_PER_STATION; k++) {
      const worker = await createUser(db, { districtId: district.id, username: `bench.w${s}.${k}`, memberships: [{ role: "SOCIAL_WORKER", stationId: station.id }] });
      await db.supervisorAssignment.create({ data: { districtId: district.id, stationId: station.id, supervisorId: supervisor.id, workerId: worker.id } });
      workers.push({ id: worker.id, stationId: station.id });
    }
  }
  void bureau;
  const batch = 2000;
  for (let start = 0; start < CLIENTS; start += batch) {
    const rows = [];
    for (let i = start; i < Math.min(CLIENTS, start + batch); i++) {
      const worker = workers[i % workers.length];
      const id = idOf(i);
      const phone = `139${String(10_000_000 + i).slice(-8)}`;
      rows.push({
        districtId: district.id, stationId: worker.stationId, ownerId: worker.id, createdById: worker.id,
        name: nameOf(i), gender: (i % 2 ? "MALE" : "FEMALE") as Gender, birthDate: new Date(`${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}T00:00:00Z`),
        idNumberEnc: encryptField(id), idNumberIndex: idNumberBlindIndex(id), idNumberMasked: mask(id),
        phoneEnc: encryptField(phone), phoneMasked: mask(phone, 3, 4),
        addressEnc: encryptField(`昆明市呈贡区基准路 ${i} 号`), addressMasked: "昆明市呈贡区****",
        healthEnc: encryptField("慢性病，需定期随访"), situationEnc: encryptField("独居，子女在外务工，社会支持较弱。"),
        categories: i % 3 ? ["ADVANCED_AGE" as const] : ["MINIMUM_LIVING" as const, "EMPTY_NEST" as const],
        riskLevel: (["NONE", "LOW", "MEDIUM", "HIGH"] as const)[i % 4], serviceDomain: "ELDERLY" as const,
      });
    }
    await db.client.createMany({ data: rows });
    if ((start / batch) % 10 === 0) process.stdout.write(`  生成服务对象 ${Math.min(CLIENTS, start + batch)} / ${CLIENTS}\r`);
  }
  process.stdout.write("\n");
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function measure(label: string, fn: (round: number) => Promise<unknown>) {
  for (let i = 0; i < 10; i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { label, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
}

async function main() {
  const server = await startEmbeddedDb({ dataDir: path.join(PROJECT_ROOT, ".data/bench-pg"), port: Number(process.env.BENCH_PG_PORT ?? 54336), persistent: true });
  try {
    await server.createDatabase("bench");
    const url = server.url("bench");
    migrate(url);
    process.env.DATABASE_URL = url;
    const raw = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
    const existing = await raw.client.count({ where: { district: { code: "BENCH" } } });
    if (existing < CLIENTS) {
      if (existing > 0) {
        console.log(`已有 ${existing} 名服务对象，少于 ${CLIENTS}：请删除 .data/bench-pg 后重跑。`);
        return;
      }
      console.log(`生成基准数据：${CLIENTS} 名服务对象，${STATIONS} 个站点，${STATIONS * WORKERS_PER_STATION} 名社工…`);
      const t = performance.now();
      await generate(raw);
      console.log(`  用时 ${((performance.now() - t) / 1000).toFixed(0)} 秒`);
      await raw.$executeRawUnsafe("ANALYZE");
    }
    // The app's own modules, imported after DATABASE_URL is set.
    const { loadActor } = await import("../src/server/actor");
    const { listClients, getClient } = await import("../src/features/clients/queries");
    const { parseListParams } = await import("../src/lib/list-params");
    const worker = await raw.user.findUniqueOrThrow({ where: { username: "bench.w0.0" } });
    const supervisor = await raw.user.findUniqueOrThrow({ where: { username: "bench.sup0" } });
    const workerActor = (await loadActor(worker.id, { ip: "127.0.0.1" }))!;
    const supervisorActor = (await loadActor(supervisor.id, { ip: "127.0.0.1" }))!;
    const mine = await raw.client.findMany({ where: { ownerId: worker.id }, select: { id: true, name: true }, take: 500 });
    const total = await raw.client.count();
    const perWorker = await raw.client.count({ where: { ownerId: worker.id } });
    const workerIndexes = Array.from({ length: CLIENTS }, (_, i) => i).filter((i) => i % (STATIONS * WORKERS_PER_STATION) === 0).slice(0, 500);
    const list = (q = "", page = 1) => parseListParams({ q, page: String(page) }, { sortable: ["name", "birthDate", "riskLevel", "createdAt"] as const, defaultSort: "name", filters: ["category", "risk"] });

    const results = [
      await measure("社工的服务对象列表（第 1–5 页，按姓名）", (r) => listClients(workerActor, list("", (r % 5) + 1))),
      await measure("督导查看所督导社工的服务对象列表", (r) => listClients(supervisorActor, list("", (r % 5) + 1))),
      await measure("按姓名搜索服务对象", (r) => listClients(workerActor, list(mine[r % mine.length].name.slice(0, 2)))),
      await measure("按身份证号搜索服务对象（盲索引）", (r) => listClients(workerActor, list(idOf(workerIndexes[r % workerIndexes.length])))),
      await measure("服务对象档案页（含查看审计写入）", (r) => getClient(workerActor, mine[r % mine.length].id)),
    ];
    console.log(`\n数据量：服务对象 ${total}（该社工负责 ${perWorker}），每项 ${ROUNDS} 次，单位毫秒（服务端时间，含数据库往返）`);
    console.log("| 查询 | p50 | p95 | 最大 |\n| --- | ---: | ---: | ---: |");
    for (const r of results) console.log(`| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
    const worst = Math.max(...results.map((r) => r.p95));
    console.log(`\n最慢 p95：${worst.toFixed(1)} ms（目标 < 200 ms）${worst < 200 ? " ✓" : " ✗"}`);
    await raw.$disconnect();
    const { db } = await import("../src/server/db");
    await db.$disconnect();
  } finally {
    await server.stop();
  }
}


await main();
