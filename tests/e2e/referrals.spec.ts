import { expect, test, type Page } from "@playwright/test";
import { login } from "./support";

const RECEIVING_STATION = "昆明市呈贡区吴家营街道社会工作服务站";

/** worker.longcheng registers a client (no ID number) and opens a case; returns the case URL and number. */
async function newCase(page: Page, name: string) {
  await page.goto("/station/clients/new");
  await page.getByRole("button", { name: "无身份证号，直接登记" }).click();
  await page.getByLabel(/^姓名/).fill(name);
  await page.getByLabel(/^性别/).selectOption({ label: "女" });
  await page.getByLabel(/^联系电话/).fill("13987166666");
  await page.getByLabel(/^服务领域/).selectOption({ label: "儿童关爱保护" });
  await page.getByRole("checkbox", { name: "留守儿童", exact: true }).check();
  await page.getByRole("button", { name: "登记服务对象" }).click();
  await expect(page).toHaveURL(/\/station\/clients\/(?!new$)[a-z0-9]+$/);
  await page.getByRole("link", { name: "开案" }).click();
  await page.getByLabel(/^服务对象来源/).selectOption({ label: "主动求助" });
  await page.getByLabel(/^服务对象情况/).fill("随母亲搬迁至吴家营街道，需继续课业与情绪支持。");
  await page.getByRole("button", { name: "开案" }).click();
  await expect(page).toHaveURL(/\/station\/cases\/(?!new)[a-z0-9]+$/);
  const number = (await page.getByText(/GA-\d{4}-\d{4}/).first().textContent())!.match(/GA-\d{4}-\d{4}/)![0];
  return { url: page.url(), number };
}

test("referral: the worker drafts a 转介表 to another station, records the client's consent and sends it; the receiving worker accepts and a case opens there; the original case is 已转介", async ({ page, browser }) => {
  const clientName = `转介端到端${Date.now().toString().slice(-5)}`;
  await login(page, "worker.longcheng", undefined, /\/station/);
  const { url: caseUrl } = await newCase(page, clientName);

  await page.getByRole("navigation", { name: "个案档案" }).getByRole("link", { name: "转介", exact: true }).click();
  await expect(page).toHaveURL(/\/referrals$/);
  await page.getByLabel(/^转入社工站/).selectOption({ label: RECEIVING_STATION });
  await page.getByLabel(/^转入社工\*?$/).selectOption({ label: "吴佳颖" });
  await page.getByLabel(/^转入社工联系方式/).fill("13987177777");
  await page.getByLabel(/^转出社工联系方式/).fill("13987100000");
  await page.getByLabel(/^转介原因\*?$/).selectOption({ label: "服务对象生活在站点服务区域之外" });
  await page.getByLabel(/^服务对象问题/).fill("搬迁后失去原有支持网络，学习压力大。");
  await page.getByLabel(/^采取过的措施/).fill("每周家访两次，链接课业辅导志愿者。");
  await page.getByLabel(/^跟进建议/).fill("建议每周家访，关注情绪变化。");
  await page.getByRole("button", { name: "创建转介表" }).click();
  await expect(page.getByText("转介表已保存")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();

  // The consent text names both stations; sending without it is refused.
  await expect(page.getByTestId("referral-consent-text")).toContainText(`我同意昆明市呈贡区龙城街道社会工作服务站因服务需要将我转介至${RECEIVING_STATION}`);
  await page.getByRole("button", { name: "发送转介" }).click();
  await expect(page.getByTestId("form-error").filter({ hasText: "转介前须由服务对象签署转介同意书" })).toBeVisible();

  await page.getByRole("checkbox", { name: /已阅读并同意转介/ }).check();
  await page.getByRole("button", { name: "保存转介同意书" }).click();
  await expect(page.getByText("转介同意书已记录")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await page.getByRole("button", { name: "负责社工签名" }).click();
  await expect(page.getByText("已签名（负责社工）")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await page.getByRole("button", { name: "发送转介" }).click();
  await expect(page.getByText("转介已发送，等待转入社工接收")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.locator("main").getByText("待接收", { exact: true })).toBeVisible();
  await expect(page.getByText("等待 吴佳颖 在“转介接收”中接收或拒绝。")).toBeVisible();
  await expect(page.getByRole("link", { name: "打印转介表" })).toHaveAttribute("href", /\/print\/referral$/);

  // The receiving worker: the inbox shows the 转介表 and the client's basics; accepting opens a case.
  const receiver = await browser.newPage();
  await login(receiver, "worker.wujiaying", undefined, /\/station/);
  await receiver.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "转介接收" }).click();
  await expect(receiver).toHaveURL(/\/station\/referrals$/);
  const card = receiver.getByTestId("inbox-referral").filter({ hasText: clientName });
  await expect(card).toContainText("搬迁后失去原有支持网络，学习压力大。");
  await expect(card).toContainText("139****6666");
  await expect(card).not.toContainText("13987166666");
  await card.getByRole("button", { name: "接收并开案" }).click();
  await expect(receiver).toHaveURL(/\/station\/cases\/(?!new)[a-z0-9]+$/);
  await expect(receiver.getByText(/GA-\d{4}-\d{4}/).first()).toBeVisible();
  await expect(receiver.getByText(RECEIVING_STATION).first()).toBeVisible();
  await expect(receiver.getByText("转介（昆明市呈贡区龙城街道社会工作服务站）")).toBeVisible();
  // … and reads the sending case, read only.
  await receiver.goto(caseUrl);
  await expect(receiver.getByText("您经转介接收本个案")).toBeVisible();

  // The original case is 已转介 and no longer editable.
  await page.goto(caseUrl);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.locator("main").getByText("已转介").first()).toBeVisible();
  await expect(page.getByText("修改接案记录表")).toHaveCount(0);
});

test("生命第一: the station head opens a case from the register with a written reason and sees the banner; the supervisor is told and acknowledges", async ({ page, browser }) => {
  await login(page, "worker.longcheng", undefined, /\/station/);
  const { url: caseUrl, number } = await newCase(page, `紧急查阅端到端${Date.now().toString().slice(-5)}`);

  const head = await browser.newPage();
  await login(head, "head.longcheng", undefined, /\/station/);
  expect((await head.goto(caseUrl))?.status()).toBe(404);
  await head.goto(`/station/case-register?q=${number}`);
  const row = head.locator("tbody tr").filter({ hasText: number });
  await expect(row).toHaveCount(1);
  await row.getByText("生命第一紧急查阅").click();
  await row.getByLabel(/^紧急查阅理由/).fill("紧急");
  await row.getByRole("button", { name: "确认紧急查阅" }).click();
  await expect(row.locator('[data-field-error="reason"]')).toContainText("至少 10 个字");
  const reason = "服务对象来电表达轻生念头，负责社工无法联系，需立即查阅紧急联系人";
  await row.getByLabel(/^紧急查阅理由/).fill(reason);
  await row.getByRole("button", { name: "确认紧急查阅" }).click();
  await expect(head).toHaveURL(caseUrl);
  await expect(head.getByRole("alert").filter({ hasText: "您正在以“生命第一”紧急查阅本档案" })).toBeVisible();

  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto("/station/overrides");
  const notice = supervisor.getByTestId("overrides-unreviewed").locator("tr").filter({ hasText: number });
  await expect(notice).toContainText(reason);
  await notice.getByRole("button", { name: "已知悉" }).click();
  await expect(supervisor.getByText("已确认知悉")).toBeVisible();
  await supervisor.waitForLoadState("networkidle");
  await supervisor.reload();
  await expect(supervisor.getByTestId("overrides-reviewed").locator("tr").filter({ hasText: number })).toBeVisible();
});
