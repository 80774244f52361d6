import { expect, test } from "@playwright/test";
import { login } from "./support";

test("the station head countersigns from 待签署文书, which shows no client names", async ({ page }) => {
  await login(page, "head.longcheng", undefined, /\/station/);
  await page.getByRole("link", { name: "待签署文书" }).click();
  await expect(page).toHaveURL(/\/station\/signoffs$/);
  const queue = page.getByTestId("countersign-queue");
  // The demo has a visit the worker signed that waits for the head.
  const row = queue.getByRole("row").filter({ hasText: "探访记录表" }).first();
  await expect(row).toBeVisible();
  const before = await queue.getByRole("row").count();
  // Demo clients' names never appear here.
  for (const name of ["赵德顺", "孙小龙"]) await expect(page.getByText(name)).toHaveCount(0);
  await row.getByRole("button", { name: "签署" }).click();
  await expect(page.getByText("已签名（机构（站点）负责人）")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.getByTestId("countersign-queue").or(page.getByText("目前没有待签署的文书。"))).toBeVisible();
  const after = await page.getByTestId("countersign-queue").getByRole("row").count().catch(() => 1);
  expect(after).toBeLessThan(before);
});
