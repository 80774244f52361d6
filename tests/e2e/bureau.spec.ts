import { expect, test } from "@playwright/test";
import { login } from "./support";

test("the bureau admin creates and edits a street, with Chinese field errors on bad input", async ({ page }) => {
  await login(page, "bureau.admin", undefined, /\/bureau$/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "街道", exact: true }).click();
  await expect(page).toHaveURL(/\/bureau\/streets$/);
  await expect(page.getByRole("link", { name: "龙城街道", exact: true })).toBeVisible();
  await page.getByRole("link", { name: "新增街道" }).click();

  await page.getByLabel("联系电话").fill("12345");
  await page.getByRole("button", { name: "新增街道" }).click();
  await expect(page.locator('[data-field-error="name"]')).toHaveText("请填写街道（乡镇）名称");
  await expect(page.locator('[data-field-error="phone"]')).toContainText("联系电话应为 11 位手机号");

  await page.getByLabel("街道（乡镇）名称").fill("龙城街道");
  await page.getByLabel("联系电话").fill("0871-67481234");
  await page.getByRole("button", { name: "新增街道" }).click();
  await expect(page.locator('[data-field-error="name"]')).toHaveText("本区已有同名街道（乡镇）");

  await page.getByLabel("街道（乡镇）名称").fill("测试新区街道");
  await page.getByRole("button", { name: "新增街道" }).click();
  await expect(page).toHaveURL(/\/bureau\/streets\/[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "测试新区街道" })).toBeVisible();

  await page.getByLabel("办公地址").fill("昆明市呈贡区测试路 8 号");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("街道信息已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("办公地址")).toHaveValue("昆明市呈贡区测试路 8 号");
});
