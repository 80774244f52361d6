import { expect, test } from "@playwright/test";
import { login } from "./support";

// 项目变更申请审批表 on 龙城's contract (CGMZ-2026-001): the contractor files and submits; the project supervisor of
// 龙城 gives the opinion at /station/changes; the bureau's reviewer approves from 待审核; the contractor sees it
// approved with both opinions. Each run files a new request (numbered per contract).
test("change request: the contractor files and submits; the supervisor gives the opinion; the bureau reviewer approves", async ({ page, browser }) => {
  const tag = `E2E${Date.now().toString(36)}`;
  const opinion = `经与街道、社区沟通，变更可行。${tag}`;

  await login(page, "contractor.qiming", undefined, /\/contractor$/);
  await page.goto("/contractor/contracts");
  await page.getByRole("link", { name: "CGMZ-2026-001", exact: true }).click();
  await expect(page).toHaveURL(/\/contractor\/contracts\/[a-z0-9]+$/);
  const contractId = new URL(page.url()).pathname.split("/").pop()!;
  await page.getByRole("navigation", { name: "服务项目" }).getByRole("link", { name: "项目变更申请" }).click();
  await expect(page).toHaveURL(new RegExp(`/contractor/contracts/${contractId}/changes$`));
  await page.getByRole("link", { name: "新建变更申请" }).click();
  await expect(page).toHaveURL(new RegExp(`/contractor/contracts/${contractId}/changes/new$`));

  // The filer is the user; the three parts are required (server-side messages under the fields).
  await expect(page.getByLabel(/^填报人/)).toHaveValue("杨启明");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page.locator('[data-field-error="originalContent"]')).toHaveText("请填写原项目申报书中涉及变更的内容");
  await expect(page.locator('[data-field-error="changedContent"]')).toHaveText("请填写变更计划及内容");
  await expect(page.locator('[data-field-error="reasons"]')).toHaveText("请填写变更原因");

  await page.getByLabel(/^原项目申报书中涉及变更的内容/).fill(`三、项目具体实施方案（二）小组工作：开展青少年兴趣拓展小组 2 个。${tag}`);
  await page.getByLabel(/^变更计划及内容/).fill("调整为老年人防范电信诈骗互助小组 1 个、留守儿童课业支持小组 1 个，小组总数不变。");
  await page.getByLabel(/^变更原因/).fill("1. 需求调研显示老年人受骗风险突出；\n2. 兴趣类活动已由学校课后服务覆盖。");
  await page.getByRole("button", { name: "保存草稿" }).click();
  await expect(page).toHaveURL(new RegExp(`/contractor/contracts/${contractId}/changes/(?!new)[a-z0-9]+$`));
  await page.waitForLoadState("networkidle");
  const changeId = new URL(page.url()).pathname.split("/").pop()!;
  const heading = page.getByRole("heading", { name: /项目变更申请审批表（第 \d+ 号）/ });
  await expect(heading).toContainText("草稿");
  const number = /第 (\d+) 号/.exec((await heading.textContent()) ?? "")![1];

  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText(/项目变更申请（第 \d+ 号）已提交审核/)).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(heading).toContainText("待审核");
  await expect(page.getByTestId("督导审核意见")).toContainText("等待项目督导填写");
  await expect(page.getByRole("button", { name: "保存修改" })).toHaveCount(0);

  // The project supervisor of 龙城: the list of requests of the contracts covering the station, then the opinion.
  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto("/station/changes");
  await supervisor.getByRole("link", { name: `第 ${number} 号`, exact: true }).click();
  await expect(supervisor).toHaveURL(new RegExp(`/station/changes/${changeId}$`));
  await expect(supervisor.getByText(tag)).toBeVisible();
  await supervisor.getByLabel(/^督导审核意见/).fill(opinion);
  await supervisor.getByRole("button", { name: "保存督导审核意见" }).click();
  await expect(supervisor.getByText("督导审核意见已保存")).toBeVisible();
  await supervisor.waitForLoadState("networkidle");
  await supervisor.reload();
  await expect(supervisor.getByTestId("督导审核意见")).toContainText(opinion);
  await expect(supervisor.getByTestId("督导审核意见")).toContainText("郑慧敏");
  await supervisor.close();

  // The bureau's reviewer: from 待审核 to the request's page, approves.
  const reviewer = await browser.newPage();
  await login(reviewer, "bureau.reviewer", undefined, /\/bureau/);
  await reviewer.goto("/bureau/reviews");
  const item = reviewer.getByTestId("review-item").filter({ has: reviewer.locator(`a[href="/bureau/contracts/${contractId}/changes/${changeId}"]`) });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText("项目变更申请审批表");
  await expect(item).not.toContainText("待督导审核意见");
  await item.getByRole("link", { name: `项目变更申请（第 ${number} 号）` }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/bureau/contracts/${contractId}/changes/${changeId}$`));
  await expect(reviewer.getByTestId("督导审核意见")).toContainText(opinion);
  await reviewer.getByLabel(/^民政局审核意见/).fill(`同意按变更后的方案实施。${tag}`);
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await expect(reviewer.getByText(/项目变更申请（第 \d+ 号）已审核通过/)).toBeVisible();
  await reviewer.waitForLoadState("networkidle");
  await reviewer.reload();
  await expect(reviewer.getByRole("heading", { name: /项目变更申请审批表（第 \d+ 号）/ })).toContainText("已通过");
  await reviewer.goto("/bureau/reviews");
  await expect(reviewer.locator(`a[href="/bureau/contracts/${contractId}/changes/${changeId}"]`)).toHaveCount(0);
  await reviewer.close();

  // The contractor sees it approved, with both opinions and the history.
  await page.reload();
  await expect(heading).toContainText("已通过");
  await expect(page.getByTestId("督导审核意见")).toContainText(opinion);
  await expect(page.getByTestId("民政局审核意见")).toContainText(`批准。同意按变更后的方案实施。${tag}`);
  await expect(page.getByTestId("民政局审核意见")).toContainText("孙卫东");
  await expect(page.getByRole("list", { name: "审核记录" })).toContainText("督导审核意见");
  await expect(page.getByRole("list", { name: "审核记录" })).toContainText("通过");
  await expect(page.getByTestId("change-request-docx")).toHaveAttribute("href", `/api/exports/change-requests/${changeId}/docx`);
  const download = await page.request.get(`/api/exports/change-requests/${changeId}/docx`);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("wordprocessingml");
});
