import { expect, test, type Page } from "@playwright/test";
import { makeIdNumber } from "../../prisma/seed/factories";
import { login } from "./support";

// A new person each run (the demo database is shared and kept between runs): a random birth date and serial.
const rand = (n: number) => Math.floor(Math.random() * n);
const BIRTH = `19${40 + rand(20)}-${String(1 + rand(12)).padStart(2, "0")}-${String(1 + rand(28)).padStart(2, "0")}`;
const ID = makeIdNumber("530114", BIRTH, rand(100), "MALE");
const NAME = `全程对象${Date.now().toString(36).slice(-5)}`;

/** After a save that refreshes the page, wait for it to settle before the next step. */
async function saved(page: Page, message: string | RegExp) {
  await expect(page.getByText(message).first()).toBeVisible();
  await page.waitForLoadState("networkidle");
}

test("a case from registration to closure: assessment, consent, approved plan, two sessions, evaluation, closure approved by the supervisor → 已结案", async ({ page, browser }) => {
  test.setTimeout(180_000);
  await login(page, "worker.longcheng", undefined, /\/station/);

  // 1. Register a new client (ID check first).
  await page.goto("/station/clients/new");
  await page.getByLabel("身份证号查重").fill(ID);
  await page.getByRole("button", { name: "查重" }).click();
  await expect(page.getByText("在本区尚未登记")).toBeVisible();
  await page.getByLabel(/^姓名/).fill(NAME);
  await page.getByLabel(/^性别/).selectOption({ label: "男" });
  await page.getByLabel(/^服务领域/).selectOption({ label: "为老服务" });
  await page.getByRole("checkbox", { name: "空巢/独居", exact: true }).check();
  await page.getByRole("button", { name: "登记服务对象" }).click();
  await expect(page).toHaveURL(/\/station\/clients\/(?!new$)[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: NAME })).toBeVisible();

  // 2. Open a case.
  await page.getByRole("link", { name: "开案" }).click();
  await expect(page).toHaveURL(/\/station\/cases\/new\?client=/);
  await page.getByLabel(/^服务对象来源/).selectOption({ label: "主动求助" });
  await page.getByLabel(/^服务对象情况/).fill("老伴去世后独居，情绪低落，很少出门。");
  await page.getByRole("button", { name: "开案" }).click();
  await expect(page).toHaveURL(/\/station\/cases\/(?!new)[a-z0-9]+$/);
  const caseUrl = page.url();
  await page.waitForLoadState("networkidle");

  // 3. Assessment and consent.
  await page.getByLabel(/^心理方面/).fill("哀伤情绪明显，夜间难以入睡。");
  await page.getByLabel(/^需要、困境或问题/).fill("哀伤疏导，重建社会联系。");
  await page.getByLabel(/^服务目标\*?$/).fill("两个月内恢复规律作息，每周参加一次集体活动。");
  await page.getByLabel(/^初步服务计划/).fill("每周家访或电话一次，链接老年活动室。");
  await page.getByRole("button", { name: "提交预估表" }).click();
  await saved(page, "预估表已保存");
  await page.getByRole("checkbox", { name: /已阅读并同意以上条款/ }).check();
  await page.getByRole("button", { name: "保存接受服务同意书" }).click();
  await saved(page, "接受服务同意书已保存");

  // 4. Plan: created, submitted; the supervisor approves; the worker signs.
  await page.goto(`${caseUrl}/plan`);
  await page.getByLabel(/^案主问题及需求分析/).fill("丧偶后哀伤，社会联系减少，生活不规律。");
  await page.getByLabel(/^服务目标（与服务对象商议后制定）/).fill("两个月内恢复规律作息；每周参加一次集体活动。");
  await page.getByLabel(/^服务计划/).fill("第 1–2 周哀伤辅导；第 3–6 周链接活动室；第 7–8 周巩固并准备结案。");
  await page.getByRole("button", { name: "创建计划表" }).click();
  await saved(page, "计划表已保存");
  await page.reload();
  await page.getByRole("button", { name: "提交督导审批" }).click();
  await saved(page, "计划表已提交督导审批");

  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto(`${caseUrl}/plan`);
  await supervisor.getByLabel(/^督导意见/).fill("同意，注意观察哀伤反应。");
  await supervisor.getByRole("button", { name: "批准" }).click();
  await saved(supervisor, "计划表已批准");

  await page.reload();
  await page.getByRole("button", { name: "负责社工签名" }).click();
  await saved(page, "已签名（负责社工）");
  await expect(page.getByTestId("signoffs")).toContainText("负责社工（签名）：");

  // 5. Two sessions.
  await page.goto(`${caseUrl}/sessions`);
  await expect(page.getByText("尚无过程记录。")).toBeVisible();
  const addSession = async (n: number, form: string, aim: string, process: string) => {
    await page.goto(`${caseUrl}/sessions`);
    await expect(page.getByText(`新增过程记录（第 ${n} 次）`)).toBeVisible();
    await page.getByLabel(/^时段开始/).fill("14:30");
    await page.getByLabel(/^时段结束/).fill("15:30");
    await page.getByLabel(/^服务形式\*?$/).selectOption({ label: form });
    await page.getByLabel(/^地点/).fill(form === "电话" ? "站内" : "服务对象家中");
    await page.getByLabel(/^介入目标或介入思路/).fill(aim);
    await page.getByLabel(/^介入过程/).fill(process);
    await page.getByLabel(/^经验与反思/).fill("尊重服务对象的节奏。");
    await page.getByLabel(/^下次介入计划与建议/).fill("继续跟进作息情况。");
    await page.getByRole("button", { name: "新增过程记录" }).click();
    await saved(page, `过程记录表（第 ${n} 次）已保存`);
    await expect(page).toHaveURL(/\/sessions\/[a-z0-9]+$/);
    await expect(page.getByTestId("session")).toContainText(process);
  };
  await addSession(1, "家访", "建立关系，倾听哀伤经历。", "服务对象谈及老伴生前生活，数次落泪；社工陪伴倾听。");
  await addSession(2, "电话", "跟进作息与活动参与。", "服务对象已到活动室参加合唱，语气轻松。");
  await page.goto(`${caseUrl}/sessions`);
  const rows = page.getByTestId("sessions").locator("tbody tr");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText("第 1 次");
  await expect(rows.nth(0)).toContainText("家访");
  await expect(rows.nth(1)).toContainText("第 2 次");
  await expect(rows.nth(1)).toContainText("14:30-15:30");

  // 6. Evaluation (the client's part, from the paper form).
  await page.goto(`${caseUrl}/evaluation`);
  await page.getByLabel(/您接受了社会工作者的哪些服务/).fill("家访、电话跟进、链接老年活动室。");
  await page.getByLabel(/能力是否获得提升/).selectOption({ label: "是" });
  await page.getByLabel("说明", { exact: true }).fill("能自己安排一天的生活了。");
  await page.getByLabel(/您对社会工作者的表现满意吗/).selectOption("9");
  await page.getByLabel(/您的情况有否改善/).selectOption("8");
  await page.getByLabel(/目标达成情况如何/).selectOption({ label: "完全达成" });
  await page.getByLabel(/^原因说明/).fill("每周都去活动室。");
  await page.getByRole("button", { name: "保存评估表" }).click();
  await saved(page, "评估表已保存");
  await expect(page.getByTestId("evaluation")).toContainText("9 / 10");

  // 7. Closure: point 1 is prefilled from the sessions; submitted to the supervisor.
  await page.goto(`${caseUrl}/closure`);
  await expect(page.getByLabel(/服务时间跨度、服务次数、服务方式/)).toHaveValue(/共 2 次，服务方式：电话 1 次、家访 1 次/);
  await page.getByLabel(/服务对象的情况变化，问题解决程度/).fill("作息恢复规律，情绪明显好转。");
  await page.getByLabel(/目前服务对象的意愿、情绪、期望等/).fill("愿意继续参加活动。");
  await page.getByLabel(/社会工作者观察、总结/).fill("社会支持网络初步建立。");
  await page.getByLabel(/^目标达成情况/).fill("服务目标全部达成，服务对象自评 8 分。");
  await page.getByLabel(/结案原因/).selectOption({ label: "目标达到" });
  await page.getByLabel(/服务对象知道个案已结束/).selectOption({ label: "是" });
  await page.getByLabel(/结案后回访跟进计划/).fill("结案后一个月电话回访一次。");
  await page.getByRole("button", { name: "创建结案表" }).click();
  await saved(page, "结案表已保存");
  await page.reload();
  await page.getByRole("button", { name: "提交督导审批" }).click();
  // The toast may be gone by the time a loaded machine has refreshed the page: the state shows it too.
  await expect(page.getByText("结案表已提交督导审批").or(page.getByText("草稿 → 待督导审批")).first()).toBeVisible();
  await page.waitForLoadState("networkidle");

  // 8. The supervisor approves: the case is closed.
  await supervisor.goto(`${caseUrl}/closure`);
  await supervisor.getByLabel(/^督导意见/).fill("同意结案。");
  await supervisor.getByRole("button", { name: "批准" }).click();
  await expect(supervisor.getByText("结案表已批准，个案已结案").or(supervisor.getByText("待督导审批 → 已批准")).first()).toBeVisible();
  await supervisor.waitForLoadState("networkidle");

  await page.goto(caseUrl);
  await expect(page.getByText("已结案").first()).toBeVisible();
  await page.goto(`${caseUrl}/sessions`);
  await expect(page.getByRole("button", { name: "新增过程记录" })).toHaveCount(0);
  await page.goto(`${caseUrl}/closure`);
  await expect(page.getByTestId("closure")).toContainText("已批准");
  // Signing stays open after closing: the worker signs the approved closure.
  await page.getByRole("button", { name: "负责社工签名" }).click();
  await saved(page, "已签名（负责社工）");
});
