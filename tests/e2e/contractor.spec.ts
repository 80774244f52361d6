import { expect, test } from "@playwright/test";
import { login } from "./support";

test("a contractor sees its own stations and edits a deployed worker's record", async ({ page }) => {
  await login(page, "contractor.qiming", undefined, /\/contractor$/);
  await expect(page.getByRole("heading", { name: "昆明市呈贡区启明社会工作服务中心" })).toBeVisible();
  await expect(page.getByRole("link", { name: "昆明市呈贡区龙城街道社会工作服务站", exact: true })).toBeVisible();
  await expect(page.getByText("七甸街道社会工作服务站")).toHaveCount(0);

  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "派驻人员" }).click();
  await expect(page).toHaveURL(/\/contractor\/staff/);
  // People the contractor deployed (professional posts) are its to edit; the street's own staff are read-only.
  await page.locator("tbody tr").filter({ hasText: "专业服务岗位" }).first().getByRole("link").first().click();
  await page.getByLabel("备注").fill("2026 年 11 月参加市级督导培训");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("驻站人员信息已保存")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("备注")).toHaveValue("2026 年 11 月参加市级督导培训");
});
