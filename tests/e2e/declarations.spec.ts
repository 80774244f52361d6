import { expect, test, type Page } from "@playwright/test";
import { login } from "./support";

// The review of a 绩效目标申报表 in the browser: 龙城街道 declares and submits, the bureau reviewer returns it with a
// comment on one indicator, the street office fixes that indicator and resubmits, the reviewer sees the change
// highlighted beside the comment and approves. Then a reviewer opens the real documents of the demo data.

const NAME = "龙城街道2027年社区志愿服务经费";

async function cell(page: Page, label: string) {
  return page.getByLabel(label, { exact: true });
}

test("a street office submits, the reviewer returns it with a comment on one indicator, the fix is compared and approved", async ({ page, browser }) => {
  await login(page, "street.longcheng", undefined, /\/street$/);
  await page.getByRole("link", { name: "绩效目标" }).click();
  await expect(page).toHaveURL(/\/street\/declarations$/);
  await page.getByTestId("declaration-new").click();
  await page.getByLabel(/^项目名称/).fill(NAME);
  await page.getByRole("button", { name: "新建并填写" }).click();
  await expect(page).toHaveURL(/\/street\/declarations\/[a-z0-9]+\/edit$/);
  const id = new URL(page.url()).pathname.split("/")[3];

  await page.getByRole("textbox", { name: "总投入（元）", exact: true }).fill("60000");
  await page.getByLabel("项目期", { exact: true }).fill("2027年1月-12月");
  await page.getByLabel("年度目标", { exact: true }).fill("培训社区志愿者200人次，开展志愿服务活动24场。");
  await page.getByRole("button", { name: "添加资金安排" }).click();
  await (await cell(page, "资金安排第1项 用途")).fill("志愿者培训经费");
  await (await cell(page, "资金安排第1项 金额（元）")).fill("40000");
  // The lines do not add up yet: said right there, live.
  await expect(page.getByTestId("fund-lines-total")).toContainText("20,000.00");
  await page.getByRole("button", { name: "添加资金安排" }).click();
  await (await cell(page, "资金安排第2项 用途")).fill("志愿服务活动经费");
  await (await cell(page, "资金安排第2项 金额（元）")).fill("20000");

  await page.getByRole("button", { name: "添加指标", exact: true }).click();
  await (await cell(page, "第1行 三级指标")).fill("志愿者培训人次");
  await (await cell(page, "第1行 指标性质")).selectOption({ label: "≥" });
  await (await cell(page, "第1行 指标值")).fill("200人次");
  await page.getByRole("button", { name: "添加指标", exact: true }).click();
  await (await cell(page, "第2行 三级指标")).fill("志愿服务活动场次");
  await (await cell(page, "第2行 指标性质")).selectOption({ label: "≥" });
  await (await cell(page, "第2行 指标值")).fill("24场");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/street/declarations/${id}$`));

  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("待审核").first()).toBeVisible();

  // The reviewer returns it with a comment on the second indicator.
  const reviewer = await browser.newPage();
  await login(reviewer, "bureau.reviewer", undefined, /\/bureau$/);
  await reviewer.goto("/bureau/reviews");
  await reviewer.getByRole("link", { name: `2027年「${NAME}」` }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/bureau/declarations/${id}$`));
  await reviewer.getByLabel("意见 1 针对").selectOption({ label: "绩效指标 · 产出指标 · 数量指标 · 志愿服务活动场次（第 2 行）" });
  await reviewer.getByLabel("意见 1", { exact: true }).fill("每月不少于3场，全年应不少于36场");
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await expect(reviewer.getByText("已退回").first()).toBeVisible();

  // The street office sees the comment beside that indicator, fixes it and resubmits.
  await page.reload();
  await expect(page.getByTestId("item-comment")).toContainText("每月不少于3场，全年应不少于36场");
  await page.getByRole("link", { name: "修改", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/street/declarations/${id}/edit$`));
  await expect(page.getByText("每月不少于3场，全年应不少于36场").first()).toBeVisible();
  await (await cell(page, "第2行 指标值")).fill("36场");
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/street/declarations/${id}$`));
  await page.getByRole("button", { name: "修改完毕，重新提交" }).click();
  await expect(page.getByText("待审核").first()).toBeVisible();

  // The reviewer compares the two submissions: only that indicator's value changed, next to the comment.
  await reviewer.goto(`/bureau/declarations/${id}/versions`);
  const rows = reviewer.getByTestId("comparison-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("志愿服务活动场次");
  await expect(rows.first().locator("td").nth(0)).toContainText("24场");
  await expect(rows.first().locator('[data-changed="true"]').first()).toContainText("36场");
  await expect(rows.first()).toContainText("每月不少于3场，全年应不少于36场");
  await reviewer.goto(`/bureau/declarations/${id}`);
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByText("已通过").first()).toBeVisible();
  await reviewer.close();
});

test("a reviewer opens the real documents: seed 000 with its sum mismatch said where it is, and 003 with its eight projects", async ({ page }) => {
  await login(page, "bureau.reviewer", undefined, /\/bureau$/);
  await page.goto("/bureau/declarations?year=2020");
  await page.getByRole("link", { name: "社会工作发展经费", exact: true }).click();
  await expect(page.getByText("资金安排各项合计 700,000.00 元，与总投入 800,000.00 元不符，少 100,000.00 元").first()).toBeVisible();
  await expect(page.getByText("长期从事社会工作人员培训").first()).toBeVisible();

  await login(page, "reviewer.renhe", undefined, /\/bureau$/);
  await page.goto("/bureau/declarations");
  await page.getByRole("link", { name: "中共攀枝花市仁和区委社会工作部" }).first().click();
  await expect(page.getByText("村干部“花城保”经费").first()).toBeVisible();
});
