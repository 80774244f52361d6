import { expect, test } from "@playwright/test";
import { makeIdNumber } from "../../prisma/seed/factories";
import { login } from "./support";

const ID = makeIdNumber("530114", "1950-05-06", 77, "FEMALE");

test("a worker registers a client after the ID check; the file is masked, a reveal needs a reason and is recorded; the station head cannot open it, the supervisor can", async ({ page, browser }) => {
  await login(page, "worker.longcheng", undefined, /\/station/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "服务对象" }).click();
  await page.getByRole("link", { name: "登记服务对象" }).click();

  await page.getByLabel("身份证号查重").fill(`${ID.slice(0, 17)}${ID[17] === "0" ? "1" : "0"}`);
  await page.getByRole("button", { name: "查重" }).click();
  await expect(page.locator('[data-field-error="idNumber"]')).toContainText("校验位不正确");

  await page.getByLabel("身份证号查重").fill(ID);
  await page.getByRole("button", { name: "查重" }).click();
  await expect(page.getByText("在本区尚未登记")).toBeVisible();
  await page.getByLabel(/^姓名/).fill("端到端测试对象");
  await page.getByLabel(/^性别/).selectOption({ label: "女" });
  await page.getByLabel(/^联系电话/).fill("13987155555");
  await page.getByLabel(/^服务领域/).selectOption({ label: "为老服务" });
  await page.getByRole("checkbox", { name: "高龄", exact: true }).check();
  await page.getByRole("button", { name: "登记服务对象" }).click();
  await expect(page).toHaveURL(/\/station\/clients\/(?!new$)[a-z0-9]+$/);
  const clientUrl = page.url();
  await expect(page.getByRole("heading", { name: "端到端测试对象" })).toBeVisible();
  await expect(page.getByText(`${ID.slice(0, 4)}**********${ID.slice(-4)}`).first()).toBeVisible();
  await expect(page.getByText(ID)).toHaveCount(0);

  await page.getByRole("button", { name: "查看完整信息" }).first().click();
  await page.getByRole("button", { name: "确认查看" }).click();
  await expect(page.locator('[data-field-error="reason"]').first()).toBeVisible();
  await page.getByPlaceholder("查看原因（至少 4 个字，记入审计）").fill("入户探访前核对身份");
  await page.getByRole("button", { name: "确认查看" }).click();
  await expect(page.getByText(ID)).toBeVisible();
  await page.reload();
  await expect(page.getByText("入户探访前核对身份")).toBeVisible();

  const head = await browser.newPage();
  await login(head, "head.longcheng", undefined, /\/station/);
  await expect(head.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "服务对象" })).toHaveCount(0);
  const refused = await head.goto(clientUrl);
  expect(refused?.status()).toBe(404);

  const supervisor = await browser.newPage();
  await login(supervisor, "supervisor.longcheng", undefined, /\/station/);
  await supervisor.goto(clientUrl);
  await expect(supervisor.getByRole("heading", { name: "端到端测试对象" })).toBeVisible();
});
