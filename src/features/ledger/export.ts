import "server-only";
// 项目收支表 (财务管理指引 七（三）): the ledger of one contract as an Excel workbook — sheet 1 every expense,
// sheet 2 the execution of the budget in force per line (序号 / 费用支出项目 / 预算金额 / 实际支出金额 / 差异额 /
// 执行率). Amounts are numeric cells (0.00) made from 分 only when the cell is written.
import ExcelJS from "exceljs";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { EXPENSE_STATUS_LABELS, PAYMENT_METHOD_LABELS } from "@/lib/labels";
import { sumFen, toDecimalString, toFen, type Fen } from "@/lib/money";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { budgetExecution, type Execution } from "./execution";

export const LEDGER_COLUMNS = [
  { header: "序号", width: 6 },
  { header: "支出日期", width: 12 },
  { header: "预算科目", width: 26 },
  { header: "支出事由", width: 34 },
  { header: "收款方", width: 24 },
  { header: "支付方式", width: 12 },
  { header: "发票号码", width: 22 },
  { header: "金额（元）", width: 14 },
  { header: "状态", width: 10 },
  { header: "附件数", width: 8 },
] as const;

export const EXECUTION_COLUMNS = [
  { header: "序号", width: 8 },
  { header: "费用支出项目", width: 32 },
  { header: "预算金额（元）", width: 16 },
  { header: "实际支出金额（元）", width: 18 },
  { header: "差异额（元）", width: 16 },
  { header: "执行率", width: 10 },
] as const;

/** The one conversion from 分 to a spreadsheet number. */
const cellYuan = (fen: Fen) => Number(toDecimalString(fen));
const MONEY_FORMAT = "#,##0.00";
const FONT = "宋体";
const thin = { style: "thin" as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

export type LedgerExportRow = {
  spentOn: Date; code: string; itemName: string; purpose: string; payee: string; method: keyof typeof PAYMENT_METHOD_LABELS;
  invoiceNo: string | null; amount: Fen; status: keyof typeof EXPENSE_STATUS_LABELS; files: number;
};

function titleRows(sheet: ExcelJS.Worksheet, columns: number, title: string, subtitle: string) {
  sheet.mergeCells(1, 1, 1, columns);
  const t = sheet.getCell(1, 1);
  t.value = title;
  t.font = { name: FONT, size: 14, bold: true };
  t.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 28;
  sheet.mergeCells(2, 1, 2, columns);
  const s = sheet.getCell(2, 1);
  s.value = subtitle;
  s.font = { name: FONT, size: 10.5 };
  s.alignment = { horizontal: "left", vertical: "middle" };
}

function headerRow(sheet: ExcelJS.Worksheet, headers: readonly string[]) {
  const row = sheet.getRow(3);
  row.values = [...headers];
  row.height = 24;
  row.eachCell((cell) => {
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  });
}

function styleBody(row: ExcelJS.Row, moneyColumns: number[], percentColumns: number[] = [], bold = false) {
  row.eachCell({ includeEmpty: true }, (cell, col) => {
    cell.font = { name: FONT, size: 10.5, bold };
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", wrapText: true, horizontal: moneyColumns.includes(col) || percentColumns.includes(col) ? "right" : col === 1 ? "center" : "left" };
    if (moneyColumns.includes(col)) cell.numFmt = MONEY_FORMAT;
    if (percentColumns.includes(col)) cell.numFmt = "0.00%";
  });
}

export function buildLedgerWorkbook({ contract, rows, execution, now }: {
  contract: { code: string; name: string; contractorName: string };
  rows: LedgerExportRow[];
  execution: Execution;
  now: Date;
}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "社工站管理平台";
  workbook.created = now;
  const subtitle = `项目名称：${contract.name}（${contract.code}）　执行单位：${contract.contractorName}　导出日期：${formatDate(now)}`;

  const ledger = workbook.addWorksheet("支出明细", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" }, views: [{ state: "frozen", ySplit: 3 }] });
  ledger.columns = LEDGER_COLUMNS.map((c) => ({ width: c.width }));
  titleRows(ledger, LEDGER_COLUMNS.length, "项目收支表 · 支出明细", subtitle);
  headerRow(ledger, LEDGER_COLUMNS.map((c) => c.header));
  rows.forEach((r, i) => {
    const row = ledger.addRow([
      i + 1, formatCalendarDate(r.spentOn), `${r.code} ${r.itemName}`, r.purpose, r.payee, PAYMENT_METHOD_LABELS[r.method], r.invoiceNo ?? "",
      cellYuan(r.amount), EXPENSE_STATUS_LABELS[r.status], r.files,
    ]);
    styleBody(row, [8]);
  });
  const ledgerTotal = ledger.addRow(["合计", "", "", "", "", "", "", cellYuan(sumFen(rows.map((r) => r.amount))), "", ""]);
  styleBody(ledgerTotal, [8], [], true);

  const exec = workbook.addWorksheet("预算执行", { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" }, views: [{ state: "frozen", ySplit: 3 }] });
  exec.columns = EXECUTION_COLUMNS.map((c) => ({ width: c.width }));
  titleRows(exec, EXECUTION_COLUMNS.length, "项目收支表 · 预算执行情况", `${subtitle}${execution.budgetVersion ? `　现行预算：第 ${execution.budgetVersion} 版` : ""}`);
  headerRow(exec, EXECUTION_COLUMNS.map((c) => c.header));
  const rate = (bp: number | null) => (bp === null ? "" : bp / 10000);
  for (const l of execution.lines) {
    styleBody(exec.addRow([l.code, l.name, cellYuan(l.budget), cellYuan(l.spent), cellYuan(l.variance), rate(l.rate)]), [3, 4, 5], [6]);
  }
  const t = execution.total;
  styleBody(exec.addRow(["合计", "", cellYuan(t.budget), cellYuan(t.spent), cellYuan(t.variance), rate(t.rate)]), [3, 4, 5], [6], true);
  return workbook;
}

export type LedgerFile = { filename: string; asciiFilename: string; buffer: Buffer; contractId: string; rows: number };

/** The workbook for this actor (ledger:read on the contract), or null; every export leaves an audit row. */
export async function exportLedger(actor: Actor, contractId: string, now = new Date()): Promise<LedgerFile | null> {
  const contract = await db.serviceContract.findFirst({
    where: { AND: [{ id: contractId }, scope.contracts(actor, "ledger:read")] },
    select: { id: true, code: true, name: true, districtId: true, contractor: { select: { name: true } } },
  });
  if (!contract) {
    await writeAudit({ actor, action: "ledger.export", outcome: "DENIED", targetType: "ServiceContract", targetId: contractId.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const [expenses, execution] = await Promise.all([
    db.expense.findMany({
      where: { AND: [{ contractId: contract.id }, scope.expenses(actor, "ledger:read")] },
      orderBy: [{ spentOn: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      select: { id: true, spentOn: true, purpose: true, payee: true, method: true, invoiceNo: true, amount: true, status: true, item: { select: { code: true, name: true } } },
    }),
    budgetExecution(db, contract.id),
  ]);
  const counts = expenses.length
    ? await db.storedFile.groupBy({ by: ["ownerId"], where: { ownerType: "Expense", ownerId: { in: expenses.map((e) => e.id) } }, _count: { _all: true } })
    : [];
  const fileCount = new Map(counts.map((c) => [c.ownerId, c._count._all]));
  const rows: LedgerExportRow[] = expenses.map((e) => ({
    spentOn: e.spentOn, code: e.item.code, itemName: e.item.name, purpose: e.purpose, payee: e.payee, method: e.method, invoiceNo: e.invoiceNo,
    amount: toFen(e.amount), status: e.status, files: fileCount.get(e.id) ?? 0,
  }));
  const workbook = buildLedgerWorkbook({ contract: { code: contract.code, name: contract.name, contractorName: contract.contractor.name }, rows, execution, now });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeAudit({ actor, action: "ledger.export", outcome: "SUCCESS", districtId: contract.districtId, targetType: "ServiceContract", targetId: contract.id, detail: { rows: rows.length } });
  return {
    filename: `项目收支表-${contract.code}.xlsx`,
    asciiFilename: `ledger-${contract.code.replace(/[^A-Za-z0-9-]/g, "")}.xlsx`,
    buffer, contractId: contract.id, rows: rows.length,
  };
}
