// Timing of the benchmark's hot paths (npm run bench): p50/p95/max over ROUNDS calls after a warm-up, and,
// with BENCH_EXPLAIN=1, the SQL the app's Prisma client sent for one call of each path, slowest first,
// with PostgreSQL's EXPLAIN ANALYZE of the slowest reads — the way to find the index a slow path needs.
import { performance } from "node:perf_hooks";
import type pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";

export type Result = { label: string; p50: number; p95: number; max: number };

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

type Captured = { query: string; params: string; duration: number };
let captured: Captured[] | null = null;

/**
 * With BENCH_EXPLAIN=1: installs the app's database client (src/server/db.ts keeps one per process in
 * globalThis.prisma) with query events on, before the app's modules first use it.
 */
export function captureAppQueries(url: string) {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) }), log: [{ emit: "event", level: "query" }] });
  client.$on("query", (e) => captured?.push({ query: e.query, params: e.params, duration: Number(e.duration) }));
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = client;
}

export async function measure(label: string, rounds: number, fn: (round: number) => Promise<unknown>, explain?: pg.Pool): Promise<Result> {
  for (let i = 0; i < 10; i++) await fn(i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await fn(i);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const result = { label, p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
  process.stdout.write(`  ${label}: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms\n`);
  if (explain) await explainOne(label, fn, explain);
  return result;
}

async function explainOne(label: string, fn: (round: number) => Promise<unknown>, pool: pg.Pool) {
  captured = [];
  await fn(0);
  const queries = captured.sort((a, b) => b.duration - a.duration);
  captured = null;
  console.log(`\n── ${label}: ${queries.length} 条 SQL（按耗时排序）`);
  for (const q of queries) console.log(`  ${q.duration.toFixed(1).padStart(6)} ms  ${q.query.replace(/\s+/g, " ").slice(0, 220)}`);
  for (const q of queries.filter((q) => /^\s*SELECT/i.test(q.query)).slice(0, 2)) {
    const params = JSON.parse(q.params) as unknown[];
    const { rows } = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.query}`, params);
    console.log(`\n  EXPLAIN ANALYZE（app 计时 ${q.duration.toFixed(1)} ms）: ${q.query.replace(/\s+/g, " ")}\n  参数: ${q.params}`);
    for (const r of rows) console.log(`    ${r["QUERY PLAN"]}`);
  }
}
