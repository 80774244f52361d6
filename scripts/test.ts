// `npm test`: every check, in order — types, lint, unit, integration (real PostgreSQL), production build,
// end-to-end (real Chromium). Stops at the first failing stage and says which.
import { spawnSync } from "node:child_process";
import { PROJECT_ROOT } from "./lib/env";

const stages: [string, string[]][] = [
  ["类型检查 (tsc)", ["tsc", "--noEmit"]],
  ["代码检查 (eslint)", ["eslint", "--max-warnings=0", "."]],
  ["单元测试 (vitest unit)", ["vitest", "run", "--project", "unit"]],
  ["集成测试 (vitest integration, PostgreSQL)", ["vitest", "run", "--project", "integration"]],
  ["生产构建 (next build)", ["next", "build"]],
  ["端到端测试 (Playwright, Chromium)", ["playwright", "test"]],
];

const only = process.argv.slice(2);
const results: [string, number, boolean][] = [];
for (const [name, args] of stages) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n\x1b[1m▶ ${name}\x1b[0m`);
  const started = Date.now();
  const run = spawnSync("npx", args, { cwd: PROJECT_ROOT, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  const ok = run.status === 0;
  results.push([name, (Date.now() - started) / 1000, ok]);
  if (!ok) break;
}
console.log("\n测试汇总：");
for (const [name, seconds, ok] of results) console.log(`  ${ok ? "✓" : "✗"} ${name}  ${seconds.toFixed(0)} s`);
const failed = results.filter(([, , ok]) => !ok).length;
process.exit(failed ? 1 : 0);
