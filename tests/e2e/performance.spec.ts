import { expect, test } from "@playwright/test";
import { login } from "./support";

// 绩效运行监控 and 绩效自评 on the bureau's accepted 2026 社会工作发展经费 (860,000 元, demo data): a checkpoint whose
// spending lags the curve asks for the reason and the correction; the self-evaluation scores the indicators, wants
// an explanation below 90% execution, and is graded when submitted.
test("monitoring asks why execution lags; the self-evaluation is scored, explained and graded", async ({ page }) => {
  await login(page, "bureau.staff", undefined, /\/bureau$/);
  await page.goto("/bureau/declarations?year=2026");
  await page.getByRole("link", { name: "社会工作发展经费", exact: true }).click();
  await expect(page).toHaveURL(/\/bureau\/declarations\/[a-z0-9]+$/);
  const base = new URL(page.url()).pathname;

  await page.getByTestId("declaration-header").getByRole("link", { name: "运行监控", exact: true }).click();
  await expect(page).toHaveURL(`${base}/monitoring`);
  await page.getByRole("button", { name: "开启绩效运行监控" }).click();
  await expect(page.getByTestId("checkpoint-table").getByRole("row")).toHaveCount(5);

  // End of April: 100,000 of 860,000 is 11.63% against 25% — a lag, said as one types.
  await page.getByRole("textbox", { name: "累计执行金额（元）" }).fill("100000");
  await expect(page.getByTestId("checkpoint-warnings")).toBeVisible();
  await page.getByRole("button", { name: "记录第 1 个监控节点" }).click();
  await expect(page.getByText(/请填写偏差原因|偏差原因/).first()).toBeVisible();
  await expect(page.getByTestId("form-error")).toBeVisible();
  await page.getByRole("textbox", { name: "偏差原因" }).fill("社工站运营补助一季度拨付滞后");
  await page.getByRole("textbox", { name: "纠偏措施" }).fill("5月集中拨付一、二季度运营补助");
  await page.getByRole("button", { name: "记录第 1 个监控节点" }).click();
  await expect(page.getByTestId("checkpoint-table")).toContainText("100,000.00");

  await page.getByTestId("declaration-header").getByRole("link", { name: "绩效自评", exact: true }).click();
  await expect(page).toHaveURL(`${base}/evaluation`);
  await page.getByRole("button", { name: "开始绩效自评" }).click();
  await page.getByRole("textbox", { name: "全年执行数（元）" }).fill("740000");
  const actual = (name: string) => page.getByLabel(new RegExp(`${name} 实际完成值$`));
  await actual("规范运行的街道社工站").fill("10");
  await actual("社会工作者培训人次").fill("180");
  await actual("个案服务人数").fill("60");
  await actual("奖励发放准确率").fill("100");
  await actual("社会工作者培训人均每天标准").fill("170");
  await actual("新增持证社会工作者").fill("24");
  await actual("服务对象满意度").fill("96");
  for (const name of ["奖励发放完成时间", "社区服务能力提升"]) {
    await page.getByLabel(new RegExp(`${name} 评价档次$`)).selectOption({ index: 1 });
    await page.getByLabel(new RegExp(`${name} 评价比例（%）$`)).fill("90");
  }
  // The submit form carries the version it was loaded at: wait for the page to show the saved one.
  const submitVersion = page.locator('form:has(button:text("提交绩效自评")) input[name="version"]');
  const saveAndWait = async () => {
    const before = Number(await submitVersion.inputValue());
    await page.getByRole("button", { name: "保存绩效自评" }).click();
    await expect.poll(async () => Number(await submitVersion.inputValue())).toBeGreaterThan(before);
  };
  await saveAndWait();

  // 740,000 of 860,000 is 86.05%: below 90%, so submitting needs the explanation.
  await page.getByRole("button", { name: "提交绩效自评" }).click();
  await expect(page.getByText(/低于 90%，请填写说明/).first()).toBeVisible();
  await page.getByRole("textbox", { name: "执行率低于 90% 的说明" }).fill("培育中心场地延期交付，部分经费结转下年");
  await saveAndWait();
  await page.getByRole("button", { name: "提交绩效自评" }).click();
  // Execution 10 × 86.05% = 8.61; output 15 + 9 + 10 + 5 + 4.50 + 5 = 48.50; benefit 12 + 13.50 = 25.50;
  // satisfaction 96% against ≥95% capped at 10: 92.61 points, 优.
  const scores = page.getByRole("table", { name: "分项得分" });
  await expect(scores).toContainText("8.61");
  await expect(scores).toContainText("48.50");
  await expect(scores).toContainText("25.50");
  await expect(page.getByText("92.61 分").first()).toBeVisible();
  await expect(page.getByText("优").first()).toBeVisible();
});
