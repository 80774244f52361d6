import { expect, test } from "@playwright/test";
import ExcelJS from "exceljs";
import { login } from "./support";

test("the station head edits the station's opening hours", async ({ page }) => {
  await login(page, "head.longcheng", undefined, /\/station/);
  await expect(page.getByRole("heading", { name: "昆明市呈贡区龙城街道社会工作服务站" })).toBeVisible();
  await page.getByRole("link", { name: "修改站点信息" }).click();
  await page.getByLabel("联系电话").fill("8888");
  await page.getByLabel("开放时间").fill("周一至周六 9:00–18:00");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.locator('[data-field-error="phone"]')).toBeVisible();
  await page.getByLabel("联系电话").fill("0871-67481100");
  await page.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("站点基本信息已保存")).toBeVisible();
  await expect(page.getByText("周一至周六 9:00–18:00")).toBeVisible();
});

test("a social worker registers a volunteer, with a Chinese error on a bad mobile number", async ({ page }) => {
  await login(page, "worker.longcheng", undefined, /\/station/);
  await page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: "志愿者" }).click();
  await page.getByRole("link", { name: "登记志愿者" }).click();
  await page.getByLabel("姓名").fill("测试志愿者");
  await page.getByLabel("性别").selectOption({ label: "女" });
  await page.getByLabel("手机号").fill("1234567");
  await page.getByLabel("注册日期").fill("2026-11-01");
  await page.getByRole("button", { name: "登记志愿者" }).click();
  await expect(page.locator('[data-field-error="phone"]')).toContainText("11 位");
  await page.getByLabel("手机号").fill("13987112345");
  await page.getByRole("button", { name: "登记志愿者" }).click();
  await expect(page).toHaveURL(/\/station\/volunteers\/[a-z0-9]+$/);
  await page.goto("/station/volunteers?q=测试志愿者");
  await expect(page.getByRole("link", { name: "测试志愿者" })).toBeVisible();
  await expect(page.getByText("139****2345")).toBeVisible();
});

test("the station head downloads the staff register (驻站社工基本信息表) as Excel in the seed's columns", async ({ page }) => {
  await login(page, "head.longcheng", undefined, /\/station/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出驻站社工基本信息表（Excel）" }).click()]);
  expect(download.suggestedFilename()).toBe("驻站社工基本信息表-昆明市呈贡区龙城街道社会工作服务站.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets[0];
  expect(sheet.getCell("A1").value).toBe("社工站驻站社工的基本信息表");
  const headers = (sheet.getRow(3).values as unknown[]).slice(1);
  expect(headers).toEqual(["序号", "姓名", "性别", "出生年月", "毕业院校", "所学专业", "工作单位及职务", "社会工作者职业水平证书等级、编号", "社会工作服务领域", "备注"]);
  expect(sheet.getCell("B4").value).toBe("段志刚");
});
