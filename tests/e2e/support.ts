import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "Demo@2026";
export const E2E_SECRET = "e2e-only-secret-not-for-production";

/** Logs in through the real login page and waits for the role's home. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD, home?: RegExp) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  if (home) await expect(page).toHaveURL(home);
}
