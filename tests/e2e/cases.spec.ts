import { expect, test } from "@playwright/test";
import { login } from "./support";

test("a worker opens a case for a client (numbered GA-year-NNNN), files the assessment, and the checklist follows; the supervisor reads it, the station head cannot", async ({ page, browser }) => {
  await login(page, "worker.longcheng", undefined, /\/station/);
  // The demo case opened 12 days ago has no assessment: it is listed as overdue (5 working days).
  await page.goto("/station/cases");
  await expect(page.getByTestId("assessment-overdue").getByText(/GA-\d{4}-0002/)).toBeVisible();
  await page.goto("/station/clients");
  await page.locator("tbody tr").first().getByRole("link").first().click();
  await page.getByRole("link", { name: "开案" }).click();
  await expect(page).toHaveURL(/\/station\/cases\/new\?client=/);

  await page.getByRole("button", { name: "开案" }).click();
  await expect(page.locator('[data-field-error="source"]')).toBeVisible();
  await page.getByLabel(/^服务对象来源/).selectOption({ label: "主动求助" });
  await page.getByLabel(/^服务对象情况/).fill("独居老人，子女在外地务工，近期摔倒后行动不便。");
  await page.getByRole("button", { name: "开案" }).click();
  await expect(page).toHaveURL(/\/station\/cases\/(?!new)[a-z0-9]+$/);
  await expect(page.getByText(/GA-\d{4}-\d{4}/).first()).toBeVisible();
  const caseUrl = page.url();
  const caseNumber = (await page.getByText(/GA-\d{4}-\d{4}/).first().textContent())!.match(/GA-\d{4}-\d{4}/)![0];
  const checklist = page.getByTestId("case-checklist");
  await expect(checklist.locator("tr", { hasText: "个案工作接案记录表" }).getByLabel("已完成")).toBeVisible();
  await expect(checklist.locator("tr", { hasText: "个案工作预估表" }).getByLabel("未完成")).toBeVisible();

  await page.getByLabel(/^生理方面/).fill("行动不便，需助行器。");
  await page.getByLabel(/^需要、困境或问题/).fill("日常照料与复健支持。");
  await page.getByLabel(/^服务目标\*?$/).fill("三个月内恢复独立行走。");
  await page.getByLabel(/^初步服务计划/).fill("链接康复资源，每周家访一次。");
  await page.getByRole("button", { name: "提交预估表" }).click();
  await expect(page.getByText("预估表已保存")).toBeVisible();
  await expect(checklist.locator("tr", { hasText: "个案工作预估表" }).getByLabel("已完成")).toBeVisible();

  // The client's page lists the case.
  await page.locator('main a[href^="/station/clients/"]').first().click();
  await expect(page.getByTestId("client-cases").getByRole("link", { name: caseNumber })).toBeVisible();

  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto(caseUrl);
  await expect(supervisor.getByText("三个月内恢复独立行走。")).toBeVisible();

  const head = await browser.newPage();
  await login(head, "head.longcheng", undefined, /\/station/);
  expect((await head.goto(caseUrl))?.status()).toBe(404);
});
