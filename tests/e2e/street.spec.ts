import { expect, test } from "@playwright/test";
import { login } from "./support";

test("a street office sees its own stations and their staffing standard, not another street's", async ({ page }) => {
  await login(page, "street.longcheng", undefined, /\/street$/);
  await expect(page.getByRole("heading", { name: "本街道社工站" })).toBeVisible();
  await expect(page.getByRole("link", { name: "昆明市呈贡区龙城街道社会工作服务站" })).toBeVisible();
  await expect(page.getByText("七甸街道社会工作服务站")).toHaveCount(0);
  await page.getByRole("link", { name: "昆明市呈贡区龙城街道社会工作服务站" }).click();
  await expect(page.getByTestId("staffing-checks")).toBeVisible();

  // Another street's station reads as not found.
  const other = await page.request.get("/street");
  expect(other.ok()).toBe(true);
  await page.goto("/street/stations/not-a-real-id");
  await expect(page.getByText("页面不存在或您无权访问")).toBeVisible();
});
