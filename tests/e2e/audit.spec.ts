import { expect, test } from "@playwright/test";
import { login } from "./support";

test("the auditor reads the district's audit log, which offers no way to change it", async ({ page }) => {
  await login(page, "auditor", undefined, /\/audit$/);
  await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();
  await expect(page.locator("tbody tr").filter({ hasText: "登录" }).first()).toBeVisible();
  await expect(page.getByRole("button", { name: /删除|修改/ })).toHaveCount(0);
  const response = await page.goto("/bureau");
  expect(response?.status()).toBe(404);
});
