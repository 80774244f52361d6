// `npm run bench`: loads a generated district into a dedicated embedded PostgreSQL (.data/bench-pg, kept
// between runs) and prints p50/p95 server time of the hot read paths, through the app's real query
// functions with real actors (scope, masking and audit included). Speed targets are checked here, never
// by timed assertions in the test suite.
//
// The district (scripts/lib/bench-generate.ts): 10 stations × (head, supervisor, 3 supervised workers),
// BENCH_CLIENTS clients, case files for 65 % of them (intake, assessment, consent, plan, 0–12 sessions;
// evaluation and closure for the closed half; sign-offs and history), referrals of 2 % of the older open
// cases to the neighbouring station (most accepted: a new case there), and visits (1–6 households each)
// until case documents + visits reach BENCH_DOCS. Generation is resumable: a rerun adds only what is missing.
//   BENCH_PG_DIR (default .data/bench-pg)  BENCH_PG_PORT (default 54336)  BENCH_CLIENTS (default 100000)
//   BENCH_DOCS (default 10 × clients)  BENCH_VISITS (default: what BENCH_DOCS needs, at least 1.5 × clients)
//   BENCH_ROUNDS (default 200)  BENCH_EXPLAIN=1 (print each path's SQL, slowest first, and EXPLAIN ANALYZE)
//   BENCH_ONLY=督导,探访 (only the paths whose label contains one of these)

import path from "node:path";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../src/generated/prisma/client";
import { migrate } from "./lib/database";
import { startEmbeddedDb } from "./lib/embedded-db";
import { PROJECT_ROOT } from "./lib/env";
import { idOf } from "./lib/bench-data";
import { benchCounts, caseDocuments, ensureOrg, generateCases, generateClients, generateCountersigns, generateReferrals, generateVisits, COUNTERSIGNED } from "./lib/bench-generate";
import { captureAppQueries, measure, type Result } from "./lib/bench-measure";

const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 100_000);
const DOCS = Number(process.env.BENCH_DOCS ?? CLIENTS * 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const EXPLAIN = process.env.BENCH_EXPLAIN === "1";
const ONLY = (process.env.BENCH_ONLY ?? "").split(",").map((s) => s.trim()).filter(Boolean);
// Fixed keys so a kept database stays readable between runs (benchmark data only, all fictional).
process.env.DATA_ENCRYPTION_KEY = Buffer.alloc(32, 3).toString("base64");
process.env.BLIND_INDEX_KEY = Buffer.alloc(32, 5).toString("base64");

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(0)} 秒`;

async function main() {
  const server = await startEmbeddedDb({ dataDir: process.env.BENCH_PG_DIR ?? path.join(PROJECT_ROOT, ".data/bench-pg"), port: Number(process.env.BENCH_PG_PORT ?? 54336), persistent: true });
  await server.createDatabase("bench");
  const url = server.url("bench");
  process.env.DATABASE_URL = url;
  const raw = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  pool.on("error", () => {}); // an idle connection closed by the server's stop
  try {
    migrate(url);

    // ── Generation (only what is missing)
    const started = performance.now();
    const org = await ensureOrg(raw);
    let t = performance.now();
    const clientsAdded = await generateClients(raw, org, CLIENTS);
    if (clientsAdded) console.log(`  服务对象用时 ${seconds(t)}`);
    t = performance.now();
    const casesAdded = await generateCases(pool, org);
    if (casesAdded) console.log(`  个案用时 ${seconds(t)}`);
    t = performance.now();
    const referralsAdded = await generateReferrals(pool, org);
    if (referralsAdded) console.log(`  转介用时 ${seconds(t)}`);
    const afterCases = await benchCounts(pool);
    const visitTarget = Number(process.env.BENCH_VISITS ?? Math.max(Math.ceil(CLIENTS * 1.5), Math.ceil((DOCS - caseDocuments(afterCases)) / 10_000) * 10_000 + 10_000));
    t = performance.now();
    const visitsAdded = await generateVisits(pool, org, visitTarget);
    if (visitsAdded) console.log(`  探访记录用时 ${seconds(t)}`);
    // Each station's countersignatures commit together: a station (or a countersigned kind) without any was not done yet.
    const { rows: [done] } = await pool.query<{ stations: number; kinds: number }>(
      `SELECT count(DISTINCT station_id)::int AS stations, count(DISTINCT kind)::int AS kinds FROM document_signoff WHERE role = 'STATION_HEAD'`);
    let countersignsAdded = 0;
    if (clientsAdded || casesAdded || referralsAdded || visitsAdded || done.stations < org.stations.length || done.kinds < COUNTERSIGNED.length) {
      t = performance.now();
      countersignsAdded = await generateCountersigns(pool, org);
      if (countersignsAdded) console.log(`  站长会签 ${countersignsAdded} 件，用时 ${seconds(t)}`);
    }
    if (clientsAdded || casesAdded || referralsAdded || visitsAdded || countersignsAdded) {
      t = performance.now();
      await pool.query("VACUUM (ANALYZE)");
      console.log(`  VACUUM ANALYZE 用时 ${seconds(t)}\n生成合计用时 ${seconds(started)}`);
    }
    const counts = await benchCounts(pool);

    // ── The app's own modules, imported after DATABASE_URL is set (and the logging client installed).
    if (EXPLAIN) captureAppQueries(url);
    const { loadActor } = await import("../src/server/actor");
    const { listClients, getClient } = await import("../src/features/clients/queries");
    const { listCases, assessmentDeadlines, getCaseHeader, getCaseOverview, getCasePlan, CASE_SORTS, CASE_FILTERS } = await import("../src/features/cases/queries");
    const { getCaseSessions, getCaseSession } = await import("../src/features/cases/sessions");
    const { listVisits, getVisit, VISIT_SORTS, VISIT_FILTERS } = await import("../src/features/visits/queries");
    const { countersignQueue } = await import("../src/features/documents/queries");
    const { parseListParams } = await import("../src/lib/list-params");
    const worker = await raw.user.findUniqueOrThrow({ where: { username: "bench.w0.0" } });
    const supervisor = await raw.user.findUniqueOrThrow({ where: { username: "bench.sup0" } });
    const workerActor = (await loadActor(worker.id, { ip: "127.0.0.1" }))!;
    const supervisorActor = (await loadActor(supervisor.id, { ip: "127.0.0.1" }))!;
    const head = await raw.user.findUniqueOrThrow({ where: { username: "bench.head0" } });
    const headActor = (await loadActor(head.id, { ip: "127.0.0.1" }))!;
    const mine = await raw.client.findMany({ where: { ownerId: worker.id }, select: { id: true, name: true }, take: 500 });
    const perWorker = await raw.client.count({ where: { ownerId: worker.id } });
    const workerIndexes = Array.from({ length: CLIENTS }, (_, i) => i).filter((i) => i % org.workers.length === 0).slice(0, 500);
    const clientList = (q = "", page = 1) => parseListParams({ q, page: String(page) }, { sortable: ["name", "birthDate", "riskLevel", "createdAt"] as const, defaultSort: "name", filters: ["category", "risk"] });
    // As the case list page parses its URL (default: number, newest first).
    const caseList = (q = "", page = 1) => parseListParams({ q, page: String(page) }, { sortable: CASE_SORTS, defaultSort: "number", defaultDir: "desc", filters: CASE_FILTERS });
    const { rows: myCases } = await pool.query<{ id: string; number: string; name: string }>(
      `SELECT f.id, f.number, c.name FROM case_file f JOIN client c ON c.id = f.client_id WHERE f.owner_id = $1 ORDER BY md5(f.id) LIMIT 500`, [worker.id]);
    const { rows: mySessions } = await pool.query<{ id: string; case_file_id: string }>(
      `SELECT s.id, s.case_file_id FROM case_session s JOIN case_file f ON f.id = s.case_file_id WHERE f.owner_id = $1 ORDER BY md5(s.id) LIMIT 500`, [worker.id]);
    const { rows: myVisits } = await pool.query<{ id: string; month: string }>(
      `SELECT id, to_char(visited_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month FROM visit WHERE worker_id = $1 ORDER BY md5(id) LIMIT 500`, [worker.id]);
    const visitList = (q = "", page = 1, month = "") => parseListParams({ q, page: String(page), month }, { sortable: VISIT_SORTS, defaultSort: "visitedAt", defaultDir: "desc", filters: VISIT_FILTERS });
    const { rows: [scopeSizes] } = await pool.query<{ worker: number; worker_open: number; supervised: number; worker_visits: number; station_visits: number; worker_sessions: number }>(
      `SELECT (SELECT count(*)::int FROM case_file WHERE owner_id = $1) AS worker,
              (SELECT count(*)::int FROM case_file WHERE owner_id = $1 AND status = 'OPEN') AS worker_open,
              (SELECT count(*)::int FROM case_file f JOIN supervisor_assignment a ON a.worker_id = f.owner_id AND a.station_id = f.station_id WHERE a.supervisor_id = $2) AS supervised,
              (SELECT count(*)::int FROM visit WHERE worker_id = $1) AS worker_visits,
              (SELECT count(*)::int FROM visit v JOIN membership m ON m.station_id = v.station_id WHERE m.user_id = $3) AS station_visits,
              (SELECT count(*)::int FROM case_session s JOIN case_file f ON f.id = s.case_file_id WHERE f.owner_id = $1) AS worker_sessions`, [worker.id, supervisor.id, head.id]);
    const explain = EXPLAIN ? pool : undefined;
    const run = async (label: string, fn: (round: number) => Promise<unknown>) => (ONLY.length === 0 || ONLY.some((o) => label.includes(o)) ? measure(label, ROUNDS, fn, explain) : null);
    const caseAt = (r: number) => myCases[r % myCases.length];
    const casePage = async (actor: typeof workerActor, id: string) => {
      const header = await getCaseHeader(actor, id);
      if (!header) throw new Error(`个案 ${id} 不可读`);
      return Promise.all([getCaseOverview(header), getCasePlan(header)]);
    };

    console.log(`\n测量（每项 ${ROUNDS} 次）…`);
    const results = [
      await run("社工的服务对象列表（第 1–5 页，按姓名）", (r) => listClients(workerActor, clientList("", (r % 5) + 1))),
      await run("督导查看所督导社工的服务对象列表", (r) => listClients(supervisorActor, clientList("", (r % 5) + 1))),
      await run("按姓名搜索服务对象", (r) => listClients(workerActor, clientList(mine[r % mine.length].name.slice(0, 2)))),
      await run("按身份证号搜索服务对象（盲索引）", (r) => listClients(workerActor, clientList(idOf(workerIndexes[r % workerIndexes.length])))),
      await run("服务对象档案页（含查看审计写入）", (r) => getClient(workerActor, mine[r % mine.length].id)),
      await run("社工的个案列表 listCases（第 1–5 页，编号倒序）", (r) => listCases(workerActor, caseList("", (r % 5) + 1))),
      await run("社工的个案列表页（listCases + 预估逾期/即将到期）", (r) => Promise.all([listCases(workerActor, caseList("", (r % 5) + 1)), assessmentDeadlines(workerActor)])),
      await run("社工的个案列表：按服务对象姓名搜索", (r) => listCases(workerActor, caseList(caseAt(r).name.slice(0, 2)))),
      await run("社工的个案列表：按个案编号搜索", (r) => listCases(workerActor, caseList(caseAt(r).number))),
      await run("督导的个案列表 listCases（第 1–5 页）", (r) => listCases(supervisorActor, caseList("", (r % 5) + 1))),
      await run("督导的个案列表页（listCases + 预估逾期/即将到期）", (r) => Promise.all([listCases(supervisorActor, caseList("", (r % 5) + 1)), assessmentDeadlines(supervisorActor)])),
      await run("督导的个案列表：按服务对象姓名搜索", (r) => listCases(supervisorActor, caseList(caseAt(r).name.slice(0, 2)))),
      await run("个案页：社工（header + 概览 + 计划，含 case.view 审计写入）", (r) => casePage(workerActor, caseAt(r).id)),
      await run("个案页：督导（header + 概览 + 计划，含审计写入）", (r) => casePage(supervisorActor, caseAt(r).id)),
      await run("过程记录页（header + 过程记录列表及签名）", async (r) => getCaseSessions((await getCaseHeader(workerActor, caseAt(r).id))!)),
      await run("单次过程记录页（header + 记录解密 + 签名/历史）", async (r) => {
        const s = mySessions[r % mySessions.length];
        return getCaseSession((await getCaseHeader(workerActor, s.case_file_id))!, s.id);
      }),
      await run("社工的探访记录列表（第 1–5 页，时间倒序）", (r) => listVisits(workerActor, visitList("", (r % 5) + 1))),
      await run("社工的探访记录列表：按服务对象/地点搜索", (r) => listVisits(workerActor, visitList(["东风", "南湖", "高龄", "留守儿童", "新村"][r % 5]))),
      await run("社工的探访记录列表：按月份筛选", (r) => listVisits(workerActor, visitList("", 1, myVisits[r % myVisits.length].month))),
      await run("督导的探访记录列表（第 1–5 页）", (r) => listVisits(supervisorActor, visitList("", (r % 5) + 1))),
      await run("探访记录页（含 visit.view 审计写入）", (r) => getVisit(workerActor, myVisits[r % myVisits.length].id)),
      await run("站长待签署文书（countersignQueue）", () => countersignQueue(headActor)),
    ].filter((r): r is Result => r !== null);

    const docs = caseDocuments(counts);
    console.log(`\n数据量：服务对象 ${counts.client}；个案 ${counts.case_file}（已结案 ${counts.closedCases}，已转介 ${counts.referredCases}）；转介 ${counts.case_referral}；` +
      `接案 ${counts.case_intake}、预估 ${counts.case_assessment}、同意书 ${counts.case_consent}、计划 ${counts.case_plan}、过程记录 ${counts.case_session}（平均每案 ${(counts.case_session / counts.case_file).toFixed(1)} 次）、评估 ${counts.case_evaluation}、结案 ${counts.case_closure}；` +
      `探访记录 ${counts.visit}（探访名单 ${counts.visit_household} 户、特殊情况 ${counts.visit_situation}）；签名 ${counts.document_signoff}、文书历史 ${counts.document_event}；审计日志 ${counts.audit_log}`);
    console.log(`个案文书 ${docs} + 探访记录 ${counts.visit} = ${docs + counts.visit}（目标 ≥ ${DOCS}）${docs + counts.visit >= DOCS ? " ✓" : " ✗"}`);
    console.log(`测量用社工 bench.w0.0：服务对象 ${perWorker}，个案 ${scopeSizes.worker}（未结案 ${scopeSizes.worker_open}），过程记录 ${scopeSizes.worker_sessions}，探访记录 ${scopeSizes.worker_visits}；督导 bench.sup0 所督导个案 ${scopeSizes.supervised}、所督导探访记录 ${scopeSizes.station_visits}（即全站）`);
    console.log(`\n每项 ${ROUNDS} 次，单位毫秒（服务端时间，含数据库往返）`);
    console.log("| 查询 | p50 | p95 | 最大 |\n| --- | ---: | ---: | ---: |");
    for (const r of results) console.log(`| ${r.label} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.max.toFixed(1)} |`);
    // The head's queue against the truth: worker-signed forms of the station without the head's signature.
    const queue = await countersignQueue(headActor);
    const { rows: [truth] } = await pool.query<{ pending: number; oldest: Date | null }>(
      `SELECT count(*)::int AS pending, min(s.signed_at) AS oldest FROM document_signoff s JOIN membership m ON m.station_id = s.station_id AND m.user_id = $1
        WHERE s.role = 'WORKER' AND s.kind = ANY($2::"DocumentKind"[]) AND NOT EXISTS (SELECT 1 FROM document_signoff h WHERE h.document_id = s.document_id AND h.role = 'STATION_HEAD')`,
      [head.id, COUNTERSIGNED]);
    console.log(`\n站长 bench.head0 待签署：countersignQueue 返回 ${queue.length} 件；数据库中实际待签 ${truth.pending} 件${truth.oldest ? `（最早负责社工签名于 ${truth.oldest.toISOString().slice(0, 10)}）` : ""}${queue.length === Math.min(truth.pending, 500) ? " ✓" : " ✗"}`);
    const worst = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
    console.log(`\n最慢 p95：${worst.p95.toFixed(1)} ms（${worst.label}；目标 < 200 ms）${worst.p95 < 200 ? " ✓" : " ✗"}`);
  } finally {
    await pool.end();
    await raw.$disconnect();
    await (globalThis as unknown as { prisma?: PrismaClient }).prisma?.$disconnect(); // the app's client (src/server/db.ts), if it was used
    await server.stop();
  }
}

await main();
