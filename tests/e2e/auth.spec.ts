import { expect, test } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { DEMO_PASSWORD, E2E_SECRET, login } from "./support";

test("a wrong password is refused in Chinese and the 5th failure locks the account", async ({ page }) => {
  await login(page, "e2e.lockout", "Wrong@1234");
  await expect(page.getByTestId("form-error")).toHaveText("用户名或密码错误。再错 4 次账户将被锁定 30 分钟。");
  for (let i = 0; i < 4; i++) {
    await page.getByLabel("密码").fill("Wrong@1234");
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByTestId("form-error")).toBeVisible();
  }
  await expect(page.getByTestId("form-error")).toHaveText("连续 5 次密码错误，账户已锁定 30 分钟。");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByTestId("form-error")).toContainText("账户已锁定");
  await expect(page).toHaveURL(/\/login/);
});

test("first login forces a password change that meets the policy", async ({ page }) => {
  await login(page, "e2e.newbie", "Initial@2026", /\/change-password/);
  await expect(page.getByText("须先修改密码才能继续使用")).toBeVisible();
  await page.goto("/bureau");
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel("当前密码").fill("Initial@2026");
  await page.getByLabel(/^新密码/).fill("weakpass");
  await page.getByLabel("确认新密码").fill("weakpass");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.locator('[data-field-error="newPassword"]')).toHaveText("新密码需包含大写字母、包含数字、包含符号");
  await page.getByLabel(/^新密码/).fill("Stronger@2026");
  await page.getByLabel("确认新密码").fill("Stronger@2026");
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/bureau$/);
  await expect(page.getByTestId("current-user")).toContainText("新用户");
});

test("a session idle for more than 30 minutes ends", async ({ page, context, baseURL }) => {
  await login(page, "bureau.staff", DEMO_PASSWORD, /\/bureau$/);
  const cookie = (await context.cookies()).find((c) => c.name === "sgz.session-token")!;
  const user = await page.evaluate(async () => (await (await fetch("/api/auth/session")).json()) as { uid: string; sv: number });
  const stale = await encode({
    secret: E2E_SECRET,
    token: { uid: user.uid, sv: user.sv, lastActivity: Date.now() - 31 * 60_000, loginAt: Date.now() - 40 * 60_000 },
  });
  await context.addCookies([{ name: cookie.name, value: stale, url: baseURL! }]);
  await page.goto("/bureau/streets");
  await expect(page).toHaveURL(/\/login\?reason=idle/);
  await expect(page.getByText("已超过 30 分钟未操作")).toBeVisible();
});

test("logout ends the session", async ({ page }) => {
  await login(page, "bureau.reviewer", DEMO_PASSWORD, /\/bureau$/);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await page.goto("/bureau");
  await expect(page).toHaveURL(/\/login/);
});

test("each kind of user stays in its own area", async ({ page }) => {
  await login(page, "street.longcheng", DEMO_PASSWORD, /\/street$/);
  const response = await page.goto("/bureau/streets");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("页面不存在或您无权访问")).toBeVisible();
});

test("downloads and server data need a session", async ({ request }) => {
  const response = await request.get("/api/exports/staff-register?stationId=anything");
  expect(response.status()).toBe(401);
});
