import { expect, test, type Page } from "@playwright/test";
import { login } from "./support";

// The demo data leaves 龙城's mid-term report a draft with 项目基本情况 and 项目实施情况 written
// (prisma/seed/demo-reports.ts); this run completes, submits and gets it reviewed.

async function saved(page: Page, message: string | RegExp) {
  await expect(page.getByText(message).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
}

const EFFECTS = "建立高龄独居老人安全台账，上半年排查并协助整改燃气、用电隐患 23 处。";
const DIFFICULTIES = "部分村组距离站点较远，入户探访交通时间长。";
const PLAN = "下半年开展防跌倒小组 2 期、社区安全宣传活动 4 场。";
const FIXED_PLAN = "下半年开展防跌倒小组 2 期（每期 6 节）、社区安全宣传活动 4 场，并完成全部服务对象的年度回访。";
const COMMENT = "请在下一步计划中写明小组的节数和回访安排。";

test("mid-term report: drafted from the ledger and the records, submitted, returned with a comment, fixed and resubmitted, accepted; Word download", async ({ page, browser }) => {
  // 1. The contractor opens 龙城's contract and its reports.
  await login(page, "contractor.qiming", undefined, /\/contractor$/);
  await page.goto("/contractor/contracts");
  await page.getByRole("link", { name: "CGMZ-2026-001" }).click();
  await expect(page).toHaveURL(/\/contractor\/contracts\/[a-z0-9]+$/);
  const contractPath = new URL(page.url()).pathname;
  // What the ledger says has been spent so far…
  await page.getByRole("navigation", { name: "服务项目" }).getByRole("link", { name: "支出台账" }).click();
  await expect(page).toHaveURL(new RegExp(`${contractPath}/ledger`));
  const ledgerSpent = (await page.getByTestId("execution-total").getByTestId("spent").innerText()).trim();
  expect(ledgerSpent).toMatch(/^[\d,]+\.\d{2}$/);
  await page.getByRole("navigation", { name: "服务项目" }).getByRole("link", { name: "中期与结项报告" }).click();
  await expect(page).toHaveURL(new RegExp(`${contractPath}/reports$`));
  await expect(page.getByTestId("report-row-midterm")).toBeVisible();
  await page.getByTestId("report-row-midterm").getByRole("link", { name: "项目中期报告" }).click();
  await expect(page).toHaveURL(new RegExp(`${contractPath}/reports/midterm$`));

  // 2. 六、项目资金使用情况 is drafted from the ledger: the budget's sections and lines with 合计, read-only.
  const fundTable = page.getByTestId("fund-use-table");
  await expect(fundTable).toBeVisible();
  await expect(page.getByTestId("fund-section-A")).toContainText("一、社会服务支出");
  // (Amounts as the budget in force has them; another spec may have adjusted it.)
  await expect(page.getByTestId("fund-line-A1")).toContainText(/\d{1,3}(,\d{3})*\.\d{2}/);
  await expect(page.getByTestId("fund-line-B1")).toBeVisible();
  await expect(page.getByTestId("fund-total")).toContainText(/合计\s*[\d,]+\.\d{2}/);
  // … is what the report's fund use shows (实际支出金额 合计).
  await expect(page.getByTestId("fund-total").getByTestId("spent")).toHaveText(ledgerSpent);
  await expect(page.getByTestId("fund-use-summary")).toContainText(/实际使用总额：[\d,]+\.\d{2} 元；占项目资金总额的 \d+\.\d{2}%/);
  await expect(page.getByTestId("service-targets")).toContainText("探访");
  await expect(page.getByTestId("figures-source").first()).toContainText("自动生成");

  // 3. The sections: contacts (kept from the draft or typed now), the four narratives, 差异说明 for any overspent line.
  await page.getByLabel(/^项目负责人姓名/).fill("杨启明");
  await page.getByLabel(/^项目负责人手机/).fill("13987100001");
  await page.getByLabel(/^项目联系人姓名/).fill("李晓华");
  await page.getByLabel(/^项目联系人手机/).fill("13987100002");
  const implementation = page.getByLabel(/^项目实施情况/);
  if ((await implementation.inputValue()).trim() === "") await implementation.fill("上半年开展入户探访、个案服务和来访接待。");
  await page.getByLabel(/^项目取得的效果及经验/).fill(EFFECTS);
  await page.getByLabel(/^遇到的困难和问题/).fill(DIFFICULTIES);
  await page.getByLabel(/^下一步项目实施计划/).fill(PLAN);
  const overspent = page.locator('[data-testid^="fund-line-"]', { hasText: "超出预算" });
  for (let i = 0; i < (await overspent.count()); i++) await overspent.nth(i).getByRole("textbox").fill("服务需求增加，经项目组研究后调整。");
  await page.getByRole("button", { name: "保存中期报告" }).click();
  await saved(page, "项目中期报告已保存");
  await expect(page.getByTestId("report-complete")).toBeVisible();

  // 4. Submitted: the figures are frozen and the report is shown as printed.
  await page.getByRole("button", { name: "提交项目中期报告" }).click();
  await saved(page, /项目中期报告已提交审核/);
  await expect(page.getByTestId("report-status")).toHaveText("待审核");
  await expect(page.getByLabel(/^项目取得的效果及经验/)).toHaveCount(0);
  await expect(page.getByTestId("report-printed")).toContainText(EFFECTS);
  await expect(page.getByTestId("figures-source")).toContainText("提交时固定");

  // 5. The bureau's reviewer returns it with a comment.
  const reviewer = await browser.newPage();
  await login(reviewer, "bureau.reviewer", undefined, /\/bureau$/);
  const bureauPath = `${contractPath.replace("/contractor/", "/bureau/")}/reports/midterm`;
  await reviewer.goto(bureauPath);
  await expect(reviewer.getByTestId("report-status")).toHaveText("待审核");
  await expect(reviewer.getByTestId("report-printed")).toContainText("六、项目资金使用情况");
  await expect(reviewer.getByTestId("report-printed")).toContainText(PLAN);
  await reviewer.getByLabel(/^退回意见/).fill(COMMENT);
  await reviewer.getByRole("button", { name: "退回修改" }).click();
  await saved(reviewer, /已退回修改/);
  await expect(reviewer.getByTestId("report-status")).toHaveText("已退回");

  // 6. The contractor sees the comment, fixes the plan and resubmits.
  await page.reload();
  await expect(page.getByTestId("report-status")).toHaveText("已退回");
  await expect(page.getByTestId("return-comment")).toHaveText(COMMENT);
  await expect(page.getByLabel(/^下一步项目实施计划/)).toHaveValue(PLAN);
  await page.getByLabel(/^下一步项目实施计划/).fill(FIXED_PLAN);
  await page.getByRole("button", { name: "保存中期报告" }).click();
  await saved(page, "项目中期报告已保存");
  await page.getByRole("button", { name: "提交项目中期报告" }).click();
  await saved(page, /项目中期报告已提交审核/);
  await expect(page.getByTestId("report-status")).toHaveText("待审核");

  // 7. The reviewer accepts it.
  await reviewer.reload();
  await expect(reviewer.getByTestId("report-printed")).toContainText(FIXED_PLAN);
  await reviewer.getByLabel("审核意见（选填）").fill("同意。");
  await reviewer.getByRole("button", { name: "审核通过" }).click();
  await saved(reviewer, /已审核通过/);
  await expect(reviewer.getByTestId("report-status")).toHaveText("已通过");
  await expect(reviewer.getByRole("list", { name: "审核记录" })).toContainText(COMMENT);

  // 8. The Word download: a .docx named after the contract.
  const href = await reviewer.getByTestId("report-docx").getAttribute("href");
  expect(href).toMatch(/^\/api\/exports\/project-reports\/[a-z0-9]+\/docx$/);
  const response = await reviewer.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  expect(response.headers()["content-disposition"]).toContain('filename="midterm-report-CGMZ-2026-001.docx"');
  expect(response.headers()["content-disposition"]).toContain(`filename*=UTF-8''${encodeURIComponent("项目中期报告-CGMZ-2026-001.docx")}`);
  const body = await response.body();
  expect(body.length).toBeGreaterThan(5000);
  expect(body.subarray(0, 2).toString("latin1")).toBe("PK");

  // The street office reaches no report (nor its Word file).
  const street = await browser.newPage();
  await login(street, "street.longcheng", undefined, /\/street/);
  expect((await street.request.get(href!)).status()).toBe(404);
  await reviewer.close();
  await street.close();
});
