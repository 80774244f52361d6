import { expect, test } from "@playwright/test";
import { login } from "./support";

/** Yesterday at 09:mm in Beijing as a datetime-local value, and its month. */
function yesterdayAtNine(minute: number): { value: string; month: string } {
  const beijingNow = new Date(Date.now() + 8 * 3_600_000);
  const day = new Date(beijingNow.getTime() - 86_400_000).toISOString().slice(0, 10);
  return { value: `${day}T09:${String(minute).padStart(2, "0")}`, month: day.slice(0, 7) };
}

test("reception: the worker records a reception (a bad visitor count is a field error) and finds it in the month's list", async ({ page }) => {
  const tag = `E2E${Date.now().toString(36)}`;
  const when = yesterdayAtNine(1 + Math.floor(Math.random() * 59));

  await login(page, "worker.longcheng", undefined, /\/station/);
  await page.goto("/station/receptions");
  await page.getByRole("link", { name: "登记来访" }).click();
  await expect(page).toHaveURL(/\/station\/receptions\/new$/);

  await page.getByLabel(/^接待时间/).fill(when.value);
  await page.getByLabel(/^来访人数/).fill("0");
  await page.getByLabel(/^服务领域/).selectOption({ label: "为老服务" });
  await page.getByLabel(/^所属村（社区）/).selectOption({ label: "龙街社区" });
  await page.getByLabel(/^事由类别/).selectOption({ label: "求助" });
  await page.getByLabel(/^处理结果/).selectOption({ label: "登记跟进" });
  await page.getByLabel(/^来访事由与处理情况/).fill(`老人家属来站求助居家照护服务，已登记需求并约定入户评估。${tag}`);
  await page.getByRole("button", { name: "保存登记" }).click();
  await expect(page.locator('[data-field-error="visitorCount"]')).toHaveText("来访人数应为 1–500 之间的整数");
  await expect(page).toHaveURL(/\/station\/receptions\/new$/);

  await page.getByLabel(/^来访人数/).fill("3");
  await page.getByRole("button", { name: "保存登记" }).click();
  await expect(page).toHaveURL(/\/station\/receptions\/(?!new)[a-z0-9]+$/);
  await page.waitForLoadState("networkidle");
  const receptionId = new URL(page.url()).pathname.split("/").pop()!;
  await expect(page.getByTestId("reception-summary")).toContainText(tag);
  const shown = when.value.replace("T", " ");
  await expect(page.getByText(shown).first()).toBeVisible();

  // In the month's list: time, 人数, 领域, 事由, 结果.
  await page.goto(`/station/receptions?month=${when.month}`);
  const row = page.getByRole("row").filter({ has: page.locator(`a[href="/station/receptions/${receptionId}"]`) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(shown);
  await expect(row).toContainText("3 人");
  await expect(row).toContainText("为老服务");
  await expect(row).toContainText("求助");
  await expect(row).toContainText("登记跟进");
  await expect(row).toContainText("龙街社区");
  // The summary stays on the reception's page (not in the list).
  await expect(page.getByText(tag)).toHaveCount(0);
  await expect(page.getByTestId("reception-totals")).toContainText(`${when.month}：接待`);
});
