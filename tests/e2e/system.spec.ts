import { expect, test } from "@playwright/test";
import { login } from "./support";

test("the system administrator changes a deployment setting and cannot read service data", async ({ page }) => {
  await login(page, "sysadmin", undefined, /\/system$/);
  await page.getByLabel("审计日志保存天数").fill("100");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.locator('[data-field-error="auditRetentionDays"]')).toContainText("不能少于 184 天");
  await page.getByLabel("审计日志保存天数").fill("365");
  await page.getByRole("button", { name: "保存设置" }).click();
  await expect(page.getByText("系统设置已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("审计日志保存天数")).toHaveValue("365");

  const response = await page.goto("/station/staff");
  expect(response?.status()).toBe(404);
});
