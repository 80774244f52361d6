import { expect, test } from "@playwright/test";
import { login } from "./support";

/** Yesterday at 10:mm in Beijing as a datetime-local value (a minute of its own, to tell this visit apart in 待签署文书). */
function yesterdayAtTen(minute: number): string {
  const beijingNow = new Date(Date.now() + 8 * 3_600_000);
  const day = new Date(beijingNow.getTime() - 86_400_000).toISOString().slice(0, 10);
  return `${day}T10:${String(minute).padStart(2, "0")}`;
}

test("visit: the worker records two households and a special situation and signs; the supervisor gives an opinion; the head countersigns from 待签署文书", async ({ page, browser }) => {
  const tag = `E2E${Date.now().toString(36)}`;
  const target = `辖区高龄独居老人${tag}`;
  const visitedAt = yesterdayAtTen(1 + Math.floor(Math.random() * 59));
  // As 待签署文书 shows it (formatDateTime: Beijing, with seconds).
  const visitedAtShown = `${visitedAt.replace("T", " ")}:00`;

  await login(page, "worker.longcheng", undefined, /\/station/);
  await page.goto("/station/visits");
  await page.getByRole("link", { name: "新建探访记录" }).click();
  await expect(page).toHaveURL(/\/station\/visits\/new$/);

  // Server-side validation: the list of households is required, the content too.
  await page.getByRole("button", { name: "保存探访记录" }).click();
  await expect(page.locator('[data-field-error="content"]')).toHaveText("请填写具体探访工作内容");
  await expect(page.locator('[data-field-error="households"]')).toHaveText("请至少填写一户探访名单");

  await page.getByLabel(/^服务对象/).fill(target);
  await page.getByLabel(/^服务领域/).selectOption({ label: "为老服务" });
  await page.getByLabel(/^服务类型/).selectOption({ label: "入户探访" });
  await page.getByLabel(/^日期及时间/).fill(visitedAt);
  await page.getByLabel(/^地点/).fill("龙街社区彩云路片区");
  // A registered household of the worker fills in the name; a second one by name only.
  const household = page.getByLabel("第1户家庭档案");
  const value = await household.locator("option", { hasText: "赵德顺" }).first().getAttribute("value");
  await household.selectOption(value!);
  await expect(page.getByLabel("第1户姓名")).toHaveValue(/赵德顺/);
  await page.getByLabel("第2户姓名").fill(`周桂英${tag}`);
  await page.getByLabel("第2户备注").fill("独居");
  await page.getByLabel(/^探访总户数/).fill("1");
  await page.getByLabel(/^具体探访工作内容/).fill("探访提纲：身体状况、居家安全。总体情况：两户老人身体尚可，一户燃气灶老旧。");
  await page.getByLabel("特殊情况1的名单").fill(`周桂英${tag}`);
  await page.getByLabel("特殊情况1描述").fill("近一周两次忘关燃气。");
  await page.getByLabel("特殊情况1跟进形式", { exact: true }).selectOption({ label: "个案" });
  await page.getByRole("button", { name: "保存探访记录" }).click();
  await expect(page.locator('[data-field-error="householdCount"]')).toHaveText("探访总户数不能少于探访名单的户数（2 户）");
  await page.getByLabel(/^探访总户数/).fill("");
  await page.getByRole("button", { name: "保存探访记录" }).click();
  await expect(page).toHaveURL(/\/station\/visits\/(?!new)[a-z0-9]+$/);
  await page.waitForLoadState("networkidle");
  const visitUrl = page.url();

  await expect(page.getByTestId("visit")).toContainText(target);
  await expect(page.getByTestId("visit")).toContainText("共探访 2 户");
  await expect(page.getByTestId("visit-households")).toContainText(`周桂英${tag}`);
  await expect(page.getByTestId("visit-situations")).toContainText("近一周两次忘关燃气。");
  await expect(page.getByTestId("visit-situations")).toContainText("尚未关联");

  // The situation followed up as a case is linked to one of the worker's open cases.
  const caseSelect = page.getByLabel(/^特殊情况1关联的个案/);
  const caseValue = await caseSelect.locator("option", { hasText: /GA-\d{4}-\d{4}/ }).first().getAttribute("value");
  await caseSelect.selectOption(caseValue!);
  await page.getByRole("button", { name: "关联个案" }).click();
  await expect(page.getByText(/已关联个案 GA-\d{4}-\d{4}/)).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.getByTestId("situation-1-case")).toContainText(/GA-\d{4}-\d{4}/);

  await page.getByRole("button", { name: "负责社工签名" }).click();
  await expect(page.getByText("已签名（负责社工）")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.reload();
  await expect(page.getByTestId("signoffs")).toContainText("负责社工（签名）：陈思雨");
  await expect(page.getByText("修改探访记录")).toHaveCount(0);

  // The list shows it waiting for the head.
  await page.goto(`/station/visits?q=${encodeURIComponent(tag)}`);
  await expect(page.getByRole("row", { name: new RegExp(target) })).toContainText("待负责人签署");

  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto(visitUrl);
  await supervisor.getByLabel(/^督导意见/).fill("燃气隐患请尽快联系家属并跟进。");
  await supervisor.getByRole("button", { name: "保存督导意见" }).click();
  await expect(supervisor.getByText("督导意见已保存")).toBeVisible();
  await supervisor.waitForLoadState("networkidle");
  await supervisor.reload();
  await expect(supervisor.getByTestId("visit-opinion")).toHaveText("燃气隐患请尽快联系家属并跟进。");
  await supervisor.close();

  // The head does not read visits: they countersign from 待签署文书, which shows no names or content.
  const visitId = new URL(visitUrl).pathname.split("/").pop()!;
  const head = await browser.newPage();
  await login(head, "head.longcheng", undefined, /\/station/);
  expect((await head.goto(visitUrl))?.status()).toBe(404);
  expect((await head.goto("/station/visits"))?.status()).toBe(404);
  await head.goto("/station");
  await head.getByRole("link", { name: "待签署文书" }).click();
  await expect(head).toHaveURL(/\/station\/signoffs$/);
  const queue = head.getByTestId("countersign-queue");
  // Other visits may wait too (the demo's, another spec's): this one by its date/time, its count and its id.
  const row = queue.getByRole("row")
    .filter({ hasText: "探访记录表" })
    .filter({ hasText: visitedAtShown })
    .filter({ hasText: "共探访 2 户" })
    .filter({ has: head.locator(`input[name="documentId"][value="${visitId}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("陈思雨");
  await expect(queue).not.toContainText(target);
  await expect(queue).not.toContainText(`周桂英${tag}`);
  await row.getByRole("button", { name: "签署" }).click();
  await expect(head.getByText("已签名（机构（站点）负责人）")).toBeVisible();
  await head.waitForLoadState("networkidle");
  await head.reload();
  await expect(head.locator(`input[name="documentId"][value="${visitId}"]`)).toHaveCount(0);
  await head.close();

  // Signed by both: the worker may only correct it.
  await page.goto(visitUrl);
  await expect(page.getByTestId("signoffs")).toContainText("机构（站点）负责人（签名）：段志刚");
  await expect(page.getByRole("button", { name: "更正（创建新版本）" })).toBeVisible();
  await expect(page.getByRole("link", { name: "打印" })).toHaveAttribute("href", `${new URL(visitUrl).pathname}/print`);
});

test("household: the responsible worker edits the household and adds a member; the supervisor reads it without an edit link", async ({ page, browser }) => {
  const tag = `E2E${Date.now().toString(36)}`;
  await login(page, "worker.longcheng", undefined, /\/station/);
  await page.goto(`/station/clients?q=${encodeURIComponent("吴志刚")}`);
  await page.getByRole("link", { name: "吴志刚" }).first().click();
  await page.getByRole("link", { name: /查看家庭档案/ }).click();
  await expect(page).toHaveURL(/\/station\/households\/[a-z0-9]+$/);
  const householdUrl = page.url();
  await page.getByRole("link", { name: "编辑", exact: true }).click();
  await expect(page).toHaveURL(/\/edit$/);

  await page.getByLabel(/^备注/).fill(`每月第一周入户探访一次 ${tag}`);
  await page.getByLabel(/^成员\d+姓名$/).last().fill(`吴小明${tag}`);
  await page.getByLabel(/^成员\d+关系$/).last().fill("儿子");
  await page.getByLabel(/^成员\d+联系电话$/).last().fill("12345");
  await page.getByRole("button", { name: "保存家庭档案" }).click();
  await expect(page.locator('[data-field-error^="members."]').last()).toContainText("成员联系电话应为 11 位手机号");
  await page.getByLabel(/^成员\d+联系电话$/).last().fill("13887100888");
  await page.getByRole("button", { name: "保存家庭档案" }).click();
  await expect(page.getByText("家庭档案已保存")).toBeVisible();
  await expect(page).toHaveURL(householdUrl);
  await expect(page.getByRole("row", { name: new RegExp(`吴小明${tag}`) })).toContainText("138****0888");

  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto(householdUrl);
  await expect(supervisor.getByText(`吴小明${tag}`)).toBeVisible();
  await expect(supervisor.getByRole("link", { name: "编辑", exact: true })).toHaveCount(0);
  expect((await supervisor.goto(`${householdUrl}/edit`))?.status()).toBe(404);
  await supervisor.close();
});
