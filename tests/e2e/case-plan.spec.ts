import { expect, test } from "@playwright/test";
import { login } from "./support";

test("consent and plan: the worker submits, the supervisor returns it with a comment, the worker fixes and resubmits, the supervisor approves and signs", async ({ page, browser }) => {
  await login(page, "worker.longcheng", undefined, /\/station/);
  await page.goto("/station/cases");
  await page.getByRole("link", { name: /GA-\d{4}-0001/ }).first().click();
  await expect(page).toHaveURL(/\/station\/cases\/(?!new)[a-z0-9]+$/);

  await page.getByRole("checkbox", { name: /已阅读并同意以上条款/ }).check();
  await page.getByRole("button", { name: "保存接受服务同意书" }).click();
  await expect(page.getByText("接受服务同意书已保存")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: "计划表", exact: true }).click();
  await expect(page).toHaveURL(/\/plan$/);
  const planUrl = page.url();

  await page.getByLabel(/^案主问题及需求分析/).fill("行动不便，缺少日常照料。");
  await page.getByLabel(/^服务目标（与服务对象商议后制定）/).fill("恢复行走。");
  await page.getByLabel(/^服务计划/).fill("每周家访，链接康复资源。");
  await page.getByRole("button", { name: "创建计划表" }).click();
  await expect(page.getByText(/计划表已(创建|保存)/).first()).toBeVisible();
  // Let the save's refresh finish before acting on the refreshed page (a stale page would be refused as a conflict).
  await page.waitForLoadState("networkidle");
  await page.reload();
  await page.getByRole("button", { name: "提交督导审批" }).click();
  await expect(page.getByText("计划表已提交督导审批")).toBeVisible();

  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto(planUrl);
  await supervisor.getByLabel(/^退回意见/).fill("服务目标需可衡量，请写明时限。");
  await supervisor.getByRole("button", { name: "退回修改" }).click();
  await expect(supervisor.getByText("计划表已退回负责社工修改")).toBeVisible();

  await page.reload();
  await expect(page.getByText("服务目标需可衡量，请写明时限。").first()).toBeVisible();
  await page.getByText("修改计划表", { exact: true }).click();
  await page.getByLabel(/^服务目标（与服务对象商议后制定）/).fill("三个月内恢复独立行走。");
  await page.getByRole("button", { name: "保存计划表" }).click();
  await expect(page.getByText(/计划表已(创建|保存)/).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.getByText("三个月内恢复独立行走。").first()).toBeVisible();
  await page.getByRole("button", { name: "提交督导审批" }).click();
  await expect(page.getByText("计划表已提交督导审批")).toBeVisible();

  await supervisor.reload();
  await supervisor.getByRole("button", { name: "批准" }).click();
  await expect(supervisor.getByText("计划表已批准")).toBeVisible();
  // The supervisor may sign once the worker has not yet: reviewed forms are signed after approval, in any order.
  await supervisor.getByRole("button", { name: "督导签名" }).click();
  await expect(supervisor.getByText("已签名（督导）")).toBeVisible();
  await expect(supervisor.getByTestId("signoffs")).toContainText("督导（签名）：");
});
