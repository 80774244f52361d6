import { expect, test } from "@playwright/test";
import { login } from "./support";

const QIMING = "昆明市呈贡区启明社会工作服务中心";
const STATION = "昆明市呈贡区乌龙街道社会工作服务站";

test("the bureau registers a contract, activates it and records the first payment; the contractor reads it", async ({ page, browser }) => {
  const tag = Date.now().toString(36);
  const code = `E2E-HT-${tag}`;
  const name = `乌龙街道社工站运营项目${tag}`;
  // Beijing's today: the effective date and the payment date may not be later.
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  const year = today.slice(0, 4);

  await login(page, "bureau.staff", undefined, /\/bureau$/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "服务项目" }).click();
  await expect(page).toHaveURL(/\/bureau\/contracts/);
  await page.getByRole("link", { name: "新建服务项目" }).click();
  await expect(page).toHaveURL(/\/bureau\/contracts\/new$/);

  await page.getByLabel(/^合同编号/).fill(code);
  await page.getByLabel(/^项目名称/).fill(name);
  await page.getByLabel(/^承接机构/).selectOption({ label: QIMING });
  await page.getByLabel(/^采购方式/).selectOption({ label: "竞争性磋商" });
  await page.getByLabel(STATION, { exact: true }).check();
  await page.getByLabel(/^服务期限开始日期/).fill(`${year}-01-01`);
  await page.getByLabel(/^服务期限结束日期/).fill(`${year}-06-30`);
  await expect(page.getByTestId("period-hint")).toContainText("服务期限通常为 1 年");
  await page.getByLabel(/^服务期限结束日期/).fill(`${year}-12-31`);
  await expect(page.getByTestId("period-hint")).toHaveText("服务期限 1 年");
  await page.getByLabel(/^项目金额（元）/).fill("300000");
  await expect(page.getByTestId("amount-wan")).toHaveText("合 30 万元");
  await page.getByLabel(/^选派工作人员/).fill("3");
  await page.getByLabel(/^项目督导/).fill("郑慧敏");
  for (const [label, value] of [[/^个案/, "20"], [/^小组/, "4"], [/^社区活动/, "12"], [/^探访/, "200"], [/^服务人次/, "3000"], [/^项目总预计服务人数/, "800"], [/^项目中期预计服务人数/, "400"]] as const) {
    await page.getByLabel(label).fill(value);
  }
  await page.getByRole("button", { name: "新建服务项目" }).click();
  await expect(page).toHaveURL(/\/bureau\/contracts\/(?!new)[a-z0-9]+$/);
  const contractUrl = page.url();

  // The generated schedule: 65% / 20% / the rest, nothing due while the contract is a draft.
  await expect(page.getByRole("heading", { name })).toBeVisible();
  await expect(page.getByRole("heading", { name })).toContainText("拟订");
  const schedule = page.getByTestId("tranche-schedule");
  await expect(schedule.locator('[data-tranche="1"]')).toContainText("195,000.00");
  await expect(schedule.locator('[data-tranche="2"]')).toContainText("60,000.00");
  await expect(schedule.locator('[data-tranche="3"]')).toContainText("45,000.00");
  await expect(schedule.locator('[data-tranche="1"]')).toContainText("未到条件");
  await expect(page.getByText("服务项目生效后可记录拨付。")).toBeVisible();

  // It takes effect on the day both parties signed; the first tranche falls due 10 working days later.
  await page.getByLabel(/^协议生效日期/).fill(today);
  await page.getByRole("button", { name: "确认生效" }).click();
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("heading", { name })).toContainText("履行中");
  await expect(schedule.locator('[data-tranche="1"]')).toContainText("待拨付（截止");
  await expect(schedule.locator('[data-tranche="2"]')).toContainText("未到条件");

  // The second tranche waits for the mid-term evaluation.
  await page.getByLabel(/^拨付批次/).selectOption({ index: 2 });
  await page.getByLabel(/^拨付日期/).fill(today);
  await page.getByLabel(/^拨付金额（元）/).fill("60000");
  await page.getByRole("button", { name: "记录拨付" }).click();
  await expect(page.locator('[data-field-error="trancheId"]')).toHaveText("中期评估尚未通过，不能拨付第二笔");

  await page.getByLabel(/^拨付批次/).selectOption({ index: 1 });
  await page.getByLabel(/^拨付金额（元）/).fill("195000.00");
  await page.getByLabel(/^凭证号/).fill(`记-${tag}`);
  await page.getByRole("button", { name: "记录拨付" }).click();
  await page.waitForLoadState("networkidle");
  await expect(schedule.locator('[data-tranche="1"]')).toContainText("已拨付");
  await expect(schedule.locator('[data-payment-of="1"]')).toContainText(`记-${tag}`);
  await page.reload();
  await expect(page.getByTestId("tranche-schedule").locator('[data-tranche="1"]')).toContainText("已拨付");

  await page.goto(`/bureau/contracts?q=${code}`);
  await expect(page.locator("tbody tr", { hasText: code })).toContainText("195,000.00 / 300,000.00");

  // The contractor reads it, without any of the bureau's forms.
  const contractor = await browser.newPage();
  await login(contractor, "contractor.qiming", undefined, /\/contractor$/);
  await contractor.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "服务项目" }).click();
  await expect(contractor).toHaveURL(/\/contractor\/contracts/);
  await contractor.getByLabel("搜索").fill(code);
  await contractor.getByRole("button", { name: "查询" }).click();
  await expect(contractor.locator("tbody tr", { hasText: code })).toContainText("195,000.00 / 300,000.00");
  await contractor.getByRole("link", { name: code }).click();
  await expect(contractor).toHaveURL(new RegExp(`/contractor/contracts/${contractUrl.split("/").pop()}$`));
  await expect(contractor.getByRole("heading", { name })).toContainText("履行中");
  await expect(contractor.getByTestId("tranche-schedule").locator('[data-tranche="1"]')).toContainText("已拨付");
  await expect(contractor.getByText(STATION).first()).toBeVisible();
  await expect(contractor.getByRole("button", { name: "记录拨付" })).toHaveCount(0);
  await expect(contractor.getByRole("button", { name: "确认生效" })).toHaveCount(0);
  await expect(contractor.getByRole("link", { name: "修改项目信息" })).toHaveCount(0);
  await contractor.close();
});
