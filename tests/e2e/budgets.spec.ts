import { expect, test } from "@playwright/test";
import { login } from "./support";

// Written for a fresh demo database: 吴家营's contract (CGMZ-2026-004, 280,000 元) has no budget yet.
test("budget: the contractor types a budget with labour at 75%, sees why it cannot be submitted, fixes it to 60% and submits; the bureau reviewer accepts", async ({ page, browser }) => {
  await login(page, "contractor.qiming", undefined, /\/contractor$/);
  await page.goto("/contractor/contracts");
  await page.getByRole("link", { name: "CGMZ-2026-004", exact: true }).click();
  await expect(page).toHaveURL(/\/contractor\/contracts\/[a-z0-9]+$/);
  const contractId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("navigation", { name: "服务项目" }).getByRole("link", { name: "项目经费预算" }).click();
  await expect(page).toHaveURL(new RegExp(`/contractor/contracts/${contractId}/budget$`));
  await expect(page.getByRole("heading", { name: "编制项目经费预算（第 1 版）" })).toBeVisible();

  // The template: one row per category of the 申报书 (A1 社会服务, B1 劳务 … D4 管理费 is the 7th).
  await expect(page.getByLabel("第1行序号", { exact: true })).toHaveValue("A1");
  await expect(page.getByLabel("第2行序号", { exact: true })).toHaveValue("B1");
  await expect(page.getByLabel("第7行序号", { exact: true })).toHaveValue("D4");
  await page.getByLabel("第1行项目名称", { exact: true }).fill("个案、小组、社区活动服务支出");
  await page.getByLabel("第1行计算方式", { exact: true }).fill("活动 25 场*2000 元");
  await page.getByLabel("第1行金额（元）", { exact: true }).fill("50000");
  await page.getByLabel("第2行项目名称", { exact: true }).fill("驻站社工劳务费及保险");
  await page.getByLabel("第2行劳务标准", { exact: true }).selectOption({ label: "社工补贴（服务不低于 4 小时/天）" });
  await page.getByLabel("第2行标准（元/人/天）", { exact: true }).fill("200");
  await page.getByLabel("第2行金额（元）", { exact: true }).fill("210000");
  await page.getByLabel("第7行项目名称", { exact: true }).fill("项目管理费");
  await page.getByLabel("第7行金额（元）", { exact: true }).fill("20000");
  await page.getByLabel(/^申请部省级资金（元）/).fill("80000");
  await page.getByLabel(/^州（市）、县（市、区）配套资金（元）/).fill("200000");
  await page.getByLabel(/^社会募集资金（元）/).fill("0");

  // Live: 210,000 of 280,000 is 75% — red, beside the labour line; the summary says it cannot be submitted.
  const labourLine = page.locator('[data-line="1"]');
  await expect(labourLine.locator('[data-severity="hard"]')).toContainText("占项目经费总额的 75.00%");
  await expect(labourLine.locator('[data-severity="hard"]')).toContainText("不应超过项目经费总额的 70%");
  await expect(page.locator('[data-line="0"] [data-severity="hard"]')).toHaveCount(0);
  await expect(page.getByTestId("budget-total")).toContainText("280,000.00 元");
  await expect(page.getByTestId("budget-verdict")).toContainText("有 1 项不符合财务管理规定");
  await expect(page.locator('[data-share="LABOUR"]')).toContainText("75.00%");

  // A draft with a hard finding is saved, but submitting it is refused with the reason.
  await page.getByRole("button", { name: "保存预算" }).click();
  await page.waitForLoadState("networkidle");
  const open = page.getByTestId("open-version");
  await expect(open).toBeVisible();
  await expect(page.getByRole("heading", { name: /^第 1 版 · 项目经费预算/ })).toContainText("草稿");
  const submitSection = page.getByTestId("submit-section");
  await expect(submitSection.getByTestId("submit-blockers")).toContainText("不应超过项目经费总额的 70%");
  await submitSection.getByRole("button", { name: "提交预算审核" }).click();
  await expect(submitSection.getByTestId("form-error")).toContainText("不能提交");
  await expect(submitSection.getByTestId("form-error")).toContainText("75.00%");
  await expect(page.getByRole("heading", { name: /^第 1 版 · 项目经费预算/ })).toContainText("草稿");

  // Saved lines come back in 序号 order: A1, B1, D4. Labour to 168,000 (60%), social services to 92,000.
  await expect(page.getByLabel("第2行序号", { exact: true })).toHaveValue("B1");
  await page.getByLabel("第2行金额（元）", { exact: true }).fill("168000");
  await page.getByLabel("第1行金额（元）", { exact: true }).fill("92000");
  await expect(page.locator('[data-line="1"] [data-severity="hard"]')).toHaveCount(0);
  await expect(page.getByTestId("budget-verdict")).toContainText("符合财务管理规定的限额要求");
  await expect(page.locator('[data-share="LABOUR"]')).toContainText("60.00%");
  await expect(page.getByTestId("budget-dirty")).toBeVisible();
  await page.getByRole("button", { name: "保存预算" }).click();
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("budget-dirty")).toHaveCount(0);
  await expect(submitSection.getByTestId("submit-blockers")).toHaveCount(0);
  await submitSection.getByRole("button", { name: "提交预算审核" }).click();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name: /^第 1 版 · 项目经费预算/ })).toContainText("待审核");
  await expect(open).toContainText("等待区民政局审核");
  await expect(page.getByLabel("第1行金额（元）", { exact: true })).toHaveCount(0);

  // The bureau's reviewer sees the submitted budget with its shares and accepts it.
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await login(reviewer, "bureau.reviewer", undefined, /\/bureau/);
  await reviewer.goto(`/bureau/contracts/${contractId}/budget`);
  const pending = reviewer.getByTestId("open-version");
  await expect(reviewer.getByRole("heading", { name: /^待审核：第 1 版 · 项目经费预算/ })).toBeVisible();
  await expect(pending.locator('tr[data-code="B1"]')).toContainText("168,000.00");
  await expect(pending.locator('tr[data-code="B1"]')).toContainText("60.00%");
  await expect(pending).toContainText("符合财务管理规定的限额要求");
  await pending.getByRole("button", { name: "审核通过" }).click();
  await reviewer.waitForLoadState("networkidle");
  await expect(reviewer.getByTestId("budget-in-force")).toContainText("280,000.00");
  await expect(reviewer.getByRole("heading", { name: /^现行预算：第 1 版/ })).toBeVisible();
  await expect(reviewer.getByTestId("open-version")).toHaveCount(0);
  await reviewerContext.close();

  // Back at the contractor: the budget is in force, and an adjustment can be started.
  await page.reload();
  await expect(page.getByRole("heading", { name: /^现行预算：第 1 版/ })).toBeVisible();
  await expect(page.locator('[data-version="1"]')).toContainText("已通过");
  await expect(page.getByRole("button", { name: "发起预算调整" })).toBeVisible();
});
