import { expect, test, type Page } from "@playwright/test";
import { login } from "./support";

// The demo data leaves 龙城's October 2026 brief undrafted (prisma/seed/demo-briefs.ts) for this run.

async function saved(page: Page, message: string | RegExp) {
  await expect(page.getByText(message).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
}

const HIGHLIGHTS = "开展重阳节敬老活动，为辖区高龄老人送去慰问品。";
const FIXED_HIGHLIGHTS = "开展重阳节敬老活动，参与老人 56 人，链接志愿者 12 名。";
const PLAN = "11 月开展冬季安全探访，启动防跌倒小组第二期。";
const COMMENT = "请补充重阳节活动的参与人数和志愿者情况。";

test("monthly brief: the contractor drafts it from the records and submits, the street office returns it with a comment, the contractor fixes and resubmits, the bureau accepts", async ({ page, browser }) => {
  // 1. The contractor drafts 龙城's October brief: the counts come from the station's records.
  await login(page, "contractor.qiming", undefined, /\/contractor$/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "月度简报" }).click();
  await expect(page).toHaveURL(/\/contractor\/briefs$/);
  const longcheng = page.locator("section").filter({ has: page.getByRole("heading", { name: /龙城街道社会工作服务站/ }) });
  const october = longcheng.getByRole("row", { name: /2026年10月/ });
  await expect(october).toContainText("未起草");
  await october.getByRole("button", { name: "起草" }).click();
  await expect(page).toHaveURL(/\/contractor\/briefs\/[a-z0-9]+$/);
  const briefPath = new URL(page.url()).pathname;
  await expect(page.getByRole("heading", { name: "2026年10月月度工作简报" })).toBeVisible();
  await expect(page.getByTestId("brief-status")).toHaveText("草稿");
  await expect(page.getByRole("heading", { name: "本月服务数据" })).toBeVisible();
  await expect(page.getByText("探访次数", { exact: true })).toBeVisible();
  await expect(page.getByText("个案服务次数", { exact: true })).toBeVisible();
  await expect(page.getByText("来访接待人数", { exact: true })).toBeVisible();
  await expect(page.getByLabel(/^1、日常工作/)).toHaveValue(/^本月开展探访 \d+ 次，覆盖 \d+ 户；新开个案 \d+ 个，个案服务 \d+ 次/);

  // 2. Highlights and next month's plan; saved, then submitted.
  await page.getByLabel(/^2、特色、亮点及重点工作/).fill(HIGHLIGHTS);
  await page.getByLabel(/^3、下月度的工作计划/).fill(PLAN);
  await page.getByRole("button", { name: "保存简报" }).click();
  await saved(page, "2026年10月月度工作简报已保存");
  await page.getByRole("button", { name: "提交审核" }).click();
  await saved(page, /2026年10月月度工作简报已提交审核/);
  await expect(page.getByTestId("brief-status")).toHaveText("待审核");
  await expect(page.getByLabel(/^2、特色、亮点及重点工作/)).toHaveCount(0);
  await expect(page.getByText(HIGHLIGHTS)).toBeVisible();

  // 3. The street office opens it from its grid and returns it with a comment.
  const street = await browser.newPage();
  await login(street, "street.longcheng", undefined, /\/street/);
  await street.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "月度简报" }).click();
  await expect(street).toHaveURL(/\/street\/briefs/);
  await street.goto("/street/briefs?year=2026");
  await street.getByRole("link", { name: /龙城街道社会工作服务站 2026年10月/ }).click();
  await expect(street).toHaveURL(new RegExp(`${briefPath.replace("/contractor/", "/street/")}$`));
  await expect(street.getByText(HIGHLIGHTS)).toBeVisible();
  await expect(street.getByTestId("brief-status")).toHaveText("待审核");
  await street.getByLabel(/^退回意见/).fill(COMMENT);
  await street.getByRole("button", { name: "退回修改" }).click();
  await saved(street, /已退回修改/);
  await expect(street.getByTestId("brief-status")).toHaveText("已退回");

  // 4. The contractor sees the comment, fixes the highlights and resubmits.
  await page.reload();
  await expect(page.getByTestId("brief-status")).toHaveText("已退回");
  await expect(page.getByTestId("return-comment")).toHaveText(COMMENT);
  await page.getByLabel(/^2、特色、亮点及重点工作/).fill(FIXED_HIGHLIGHTS);
  await page.getByRole("button", { name: "保存简报" }).click();
  await saved(page, "2026年10月月度工作简报已保存");
  await page.getByRole("button", { name: "提交审核" }).click();
  await saved(page, /2026年10月月度工作简报已提交审核/);
  await expect(page.getByTestId("brief-status")).toHaveText("待审核");

  // 5. The bureau reviewer accepts it from the bureau's grid.
  const bureau = await browser.newPage();
  await login(bureau, "bureau.reviewer", undefined, /\/bureau/);
  await bureau.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "月度简报" }).click();
  await expect(bureau).toHaveURL(/\/bureau\/briefs/);
  await bureau.goto("/bureau/briefs?year=2026");
  await bureau.getByRole("link", { name: /龙城街道社会工作服务站 2026年10月/ }).click();
  await expect(bureau.getByText(FIXED_HIGHLIGHTS)).toBeVisible();
  await bureau.getByRole("button", { name: "审核通过" }).click();
  await saved(bureau, /已审核通过/);
  await expect(bureau.getByTestId("brief-status")).toHaveText("已通过");

  // 6. The contractor sees 已通过, the whole history, and the Word document.
  await page.reload();
  await expect(page.getByTestId("brief-status")).toHaveText("已通过");
  const history = page.getByRole("list", { name: "审核记录" });
  await expect(history.getByRole("listitem")).toHaveCount(4);
  await expect(history).toContainText(COMMENT);
  await expect(history).toContainText("马春燕");
  await expect(history).toContainText("孙卫东");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载 Word" }).click();
  expect((await download).suggestedFilename()).toMatch(/^月度工作简报-.*龙城.*-2026-10\.docx$/);

  await page.goto("/contractor/briefs");
  const row = page.locator("section").filter({ has: page.getByRole("heading", { name: /龙城街道社会工作服务站/ }) }).getByRole("row", { name: /2026年10月/ });
  await expect(row).toContainText("已通过");
  await expect(row.getByRole("link", { name: "查看" })).toBeVisible();
});
