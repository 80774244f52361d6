import { expect, test } from "@playwright/test";
import { login } from "./support";

test("the bureau admin creates an account and grants a role; the new person signs in with the one-time password and must change it", async ({ page, browser }) => {
  await login(page, "bureau.admin", undefined, /\/bureau$/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "用户与角色" }).click();
  await page.getByRole("link", { name: "新建账号" }).click();
  await page.getByLabel(/^用户名/).fill("worker.new");
  await page.getByLabel(/^姓名/).fill("新来的社工");
  await page.getByLabel(/^联系电话/).fill("12345");
  await page.getByRole("button", { name: "创建账号" }).click();
  await expect(page.locator('[data-field-error="phone"]')).toBeVisible();
  await page.getByLabel(/^联系电话/).fill("13987166666");
  await page.getByRole("button", { name: "创建账号" }).click();
  const password = (await page.getByTestId("temporary-password").textContent())!.trim();
  expect(password.length).toBeGreaterThanOrEqual(8);

  await page.getByRole("link", { name: "前往账号详情，为其授予角色" }).click();
  await page.getByLabel(/^角色/).selectOption({ label: "驻站社工" });
  await page.getByLabel(/^所在/).selectOption({ label: "昆明市呈贡区龙城街道社会工作服务站" });
  await page.getByRole("button", { name: "授予角色" }).click();
  await expect(page.getByText("已授予驻站社工角色")).toBeVisible();

  const newcomer = await browser.newPage();
  await login(newcomer, "worker.new", password, /\/change-password/);
  await newcomer.getByLabel("当前密码").fill(password);
  await newcomer.getByLabel(/^新密码/).fill("Welcome@2026");
  await newcomer.getByLabel("确认新密码").fill("Welcome@2026");
  await newcomer.getByRole("button", { name: "修改密码" }).click();
  await expect(newcomer).toHaveURL(/\/station$/);
  await expect(newcomer.getByTestId("current-user")).toContainText("新来的社工（驻站社工）");
});
