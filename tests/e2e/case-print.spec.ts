import { expect, test } from "@playwright/test";
import { login } from "./support";

test("a worker prints a case file's forms (A4 views) and downloads the whole file as Word", async ({ page }) => {
  await login(page, "worker.longcheng", undefined, /\/station/);
  await page.goto("/station/cases");
  await page.getByRole("link", { name: /GA-\d{4}-0001/ }).first().click();
  await expect(page).toHaveURL(/\/station\/cases\/(?!new)[a-z0-9]+$/);
  const caseNumber = (await page.getByText(/GA-\d{4}-\d{4}/).first().textContent())!.match(/GA-\d{4}-\d{4}/)![0];

  await page.getByRole("link", { name: "打印与导出", exact: true }).click();
  await expect(page).toHaveURL(/\/print$/);
  const forms = page.getByTestId("print-forms");
  await expect(forms.locator("tr", { hasText: "个案工作接案记录表" })).toContainText("已有");
  await expect(page.getByRole("link", { name: "打印全部" })).toBeVisible();

  // The intake as the seed's table: label cells and the values of the record.
  await page.getByRole("link", { name: "打印个案工作接案记录表" }).click();
  await expect(page).toHaveURL(/\/print\/intake$/);
  const sheet = page.locator('section[data-form="intake"]');
  await expect(sheet.getByRole("heading", { name: "个案工作接案记录表" })).toBeVisible();
  for (const label of ["服务对象", "接案日期", "身份证号", "家庭主要成员", "服务对象来源", "危机因素", "危机介入"]) {
    await expect(sheet.getByRole("rowheader", { name: label, exact: true }).first()).toBeVisible();
  }
  await expect(sheet.getByText(/\d{4}年\d{1,2}月\d{1,2}日/).first()).toBeVisible();
  await expect(sheet.getByText("负责社工（签名）：")).toBeVisible();
  await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
  // Printed, the toolbar and the station's header are hidden; the sheet stays.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByTestId("print-toolbar")).toBeHidden();
  await expect(page.locator("header.no-print")).toBeHidden();
  await expect(sheet).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  // A form the case does not have yet is the blank form (marked on the screen only).
  await page.goto(page.url().replace(/\/intake$/, "/evaluation"));
  await expect(page.getByTestId("print-toolbar")).toContainText("（空白表）");
  await expect(page.locator('section[data-form="evaluation"]').getByText("以下内容由服务对象填写")).toBeVisible();

  // The whole file as one Word document.
  await page.getByRole("link", { name: /返回打印列表|打印与导出/ }).first().click();
  await expect(page).toHaveURL(/\/print$/);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("case-docx-export").click()]);
  expect(download.suggestedFilename()).toBe(`个案档案-${caseNumber}.docx`);
});
