import { existsSync } from "node:fs";
import { defineConfig } from "@playwright/test";
import { E2E_SECRET } from "./tests/e2e/support";

// Debian's Chromium (apt-get install chromium); `npx playwright install` cannot download browsers here.
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (!existsSync(chromium)) {
  throw new Error(`未找到 Chromium（${chromium}）。请安装 Debian 的 chromium 软件包（apt-get install chromium），或用 CHROMIUM_PATH 指定浏览器路径。`);
}

const PORT = Number(process.env.E2E_PORT ?? 3100);


export default defineConfig({
  testDir: "tests/e2e",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  // One project per kind of user, each logging in through the real login page.
  projects: [
    { name: "auth", testMatch: /auth\.spec\.ts/ },
    { name: "bureau", testMatch: /bureau(-users)?\.spec\.ts/ },
    { name: "street", testMatch: /street\.spec\.ts/ },
    { name: "station", testMatch: /(station|clients|cases|case-plan|case-lifecycle|referrals|visits|case-print|signoffs|receptions)\.spec\.ts/ },
    { name: "contractor", testMatch: /contractor\.spec\.ts/ },
    // Contracts and the contractor's submissions, each reviewed by the street office or the bureau.
    { name: "contracts", testMatch: /(contracts|budgets|ledger|briefs|project-reports|change-requests)\.spec\.ts/ },
    // District budget projects: declared by a unit, reviewed by the bureau.
    { name: "declarations", testMatch: /(declarations|performance)\.spec\.ts/ },
    { name: "audit-system", testMatch: /(audit|system)\.spec\.ts/ },
  ],
  webServer: {
    command: "npx tsx scripts/e2e-server.ts",
    url: `http://127.0.0.1:${PORT}/login`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: { E2E_PORT: String(PORT), NEXTAUTH_SECRET: E2E_SECRET },
  },
});
