import { expect, test, type Page } from "@playwright/test";
import { login } from "./support";

/** A small but real PDF (the server checks the bytes, not the name). */
const PDF = Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

/** "12,345.60" → 1234560 (分), without floats. */
function fenOf(text: string): number {
  const [int, dec = ""] = text.replace(/[,\s元]/g, "").split(".");
  return Number(int) * 100 + Number(dec.padEnd(2, "0").slice(0, 2));
}

/** Today in Beijing, kept inside the demo contract's period (2026-01-01 … 2026-12-31). */
function spentOn(): string {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  return today > "2026-12-31" ? "2026-12-31" : today;
}

async function spent(page: Page, testId: string): Promise<number> {
  return fenOf(await page.getByTestId(testId).getByTestId("spent").innerText());
}

async function openLedger(page: Page) {
  await page.getByRole("navigation", { name: "服务项目" }).getByRole("link", { name: "支出台账" }).click();
  await expect(page).toHaveURL(/\/ledger$/);
  await expect(page.getByTestId("execution-summary")).toBeVisible();
}

test("ledger: a cash expense warns, a 2,500 元 purchase waits for its quote and contract, then is 已入账; the bureau reads it", async ({ page, browser }) => {
  const tag = `E2E${Date.now().toString(36)}`;
  await login(page, "contractor.qiming", undefined, /\/contractor/);
  await page.goto("/contractor/contracts");
  await page.getByRole("link", { name: /CGMZ-2026-001|龙城街道社会工作服务站运营项目/ }).first().click();
  await expect(page).toHaveURL(/\/contractor\/contracts\/[a-z0-9]+$/);
  const contractUrl = page.url();
  await openLedger(page);
  const d1Before = await spent(page, "execution-D1");
  const totalBefore = await spent(page, "execution-total");
  const rateBefore = await page.getByTestId("execution-rate").innerText();

  // 1,500 元 in cash on 交通费: saved, with the bank-transfer advisory on the expense's page.
  await page.getByRole("link", { name: "登记支出" }).click();
  await expect(page).toHaveURL(/\/ledger\/new$/);
  await page.getByLabel(/^支出日期/).fill(spentOn());
  await page.getByLabel(/^预算科目/).selectOption({ label: "D1 交通费" });
  await page.getByLabel(/^金额（元）/).fill("1500");
  await page.getByLabel(/^支付方式/).selectOption({ label: "现金" });
  await page.getByLabel(/^收款方/).fill("呈贡区顺达汽车租赁部");
  await page.getByLabel(/^支出事由/).fill(`入户探访包车交通费 ${tag}`);
  await page.getByRole("button", { name: "保存支出" }).click();
  await expect(page).toHaveURL(/\/ledger\/(?!new)[a-z0-9]+$/);
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("expense-findings")).toContainText("单笔 1000 元以上的支出建议采用银行转账方式");
  await expect(page.getByTestId("expense-status")).toHaveText("待补材料");

  // 2,500 元 purchase asking for 已入账: refused until the quote comparison and the contract are on file.
  await page.goto(`${contractUrl}/ledger/new`);
  await page.getByLabel(/^支出日期/).fill(spentOn());
  await page.getByLabel(/^预算科目/).selectOption({ label: "A1 个案、小组、社区活动服务支出" });
  await page.getByLabel(/^金额（元）/).fill("2,500.00");
  await page.getByLabel(/^支付方式/).selectOption({ label: "银行转账" });
  await page.getByLabel(/^收款方/).fill("呈贡区龙城惠民超市");
  await page.getByLabel(/^发票号码/).fill("53012600999001");
  await page.getByLabel(/^支出事由/).fill(`社区长者活动物资采购 ${tag}`);
  await page.getByLabel("购买物资或服务").check();
  await page.getByLabel("记为「已入账」").check();
  await page.getByRole("button", { name: "保存支出" }).click();
  await expect(page.locator('[data-field-error="status"]')).toContainText("补齐询价（比价）资料和采购合同后才能记为已入账");
  await expect(page).toHaveURL(/\/ledger\/new$/);

  // Kept as 待补材料.
  await page.getByLabel("记为「已入账」").uncheck();
  await page.getByRole("button", { name: "保存支出" }).click();
  await expect(page).toHaveURL(/\/ledger\/(?!new)[a-z0-9]+$/);
  await page.waitForLoadState("networkidle");
  const expenseUrl = page.url();
  await expect(page.getByTestId("expense-status")).toHaveText("待补材料");
  await expect(page.getByTestId("expense-findings")).toContainText("须附询价（比价）资料");
  await expect(page.getByText("补齐询价（比价）资料和采购合同后才能记为已入账")).toBeVisible();
  await expect(page.getByRole("button", { name: "记为已入账" })).toHaveCount(0);

  // Upload the quote comparison, then the purchase contract.
  for (const [kind, name] of [["询价（比价）资料", `比价单-${tag}.pdf`], ["采购合同", `采购合同-${tag}.pdf`]] as const) {
    await page.getByLabel(/^附件类型/).selectOption({ label: kind });
    await page.getByLabel(/^文件/).setInputFiles({ name, mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  await page.getByRole("button", { name: "记为已入账" }).click();
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("expense-status")).toHaveText("已入账");
  await page.reload();
  await expect(page.getByTestId("expense-status")).toHaveText("已入账");
  await expect(page.getByTestId("expense-findings")).not.toContainText("须附询价");

  // Execution: 交通费 up by exactly 1,500.00, the total by 4,000.00; the rate moved.
  await page.goto(`${contractUrl}/ledger`);
  expect(await spent(page, "execution-D1")).toBe(d1Before + 150000);
  expect(await spent(page, "execution-total")).toBe(totalBefore + 400000);
  await expect(page.getByTestId("execution-rate")).not.toHaveText(rateBefore);
  const cashRow = page.getByRole("row", { name: new RegExp(`入户探访包车交通费 ${tag}`) });
  await expect(cashRow).toContainText(/\d+ 条提示/);
  await expect(cashRow).toContainText("待补材料");
  await expect(page.getByRole("row", { name: new RegExp(`社区长者活动物资采购 ${tag}`) })).toContainText("已入账");
  // 项目收支表 (Excel).
  const exported = await page.request.get((await page.getByTestId("ledger-export").getAttribute("href"))!);
  expect(exported.status()).toBe(200);
  expect(exported.headers()["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  expect(exported.headers()["content-disposition"]).toContain("ledger-CGMZ-2026-001.xlsx");

  // The bureau reads the same expense (no editing) and downloads its attachments.
  const bureau = await browser.newPage();
  await login(bureau, "bureau.reviewer", undefined, /\/bureau/);
  await bureau.goto(expenseUrl.replace("/contractor/contracts/", "/bureau/contracts/"));
  await expect(bureau.getByTestId("expense-status")).toHaveText("已入账");
  await expect(bureau.getByRole("button", { name: "上传" })).toHaveCount(0);
  await expect(bureau.getByRole("button", { name: "保存修改" })).toHaveCount(0);
  const href = await bureau.getByRole("link", { name: `采购合同-${tag}.pdf` }).getAttribute("href");
  const download = await bureau.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  expect((await download.body()).subarray(0, 8).toString()).toBe("%PDF-1.4");
  await bureau.goto(`${contractUrl.replace("/contractor/contracts/", "/bureau/contracts/")}/ledger`);
  await expect(bureau.getByRole("row", { name: new RegExp(`社区长者活动物资采购 ${tag}`) })).toBeVisible();
  await expect(bureau.getByRole("link", { name: "登记支出" })).toHaveCount(0);
  await bureau.close();
});
