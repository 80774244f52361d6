import "server-only";
// 绩效自评表 as Word (drawn by the print module's Word builder, like the case file and the reports) and as Excel:
// the funds and their execution, every indicator with its 年度指标值, 实际完成值, 分值 and 得分, the total and the
// grade, the explanation below 90%, problems and improvements. Read through declaration:read; every export is an
// audit row (declaration.evaluation_export), refused ones too.
import ExcelJS from "exceljs";
import { formatDate, formatDateTime } from "@/lib/dates";
import { formatPercent, formatYuan, toDecimalString, type Fen } from "@/lib/money";
import { INDICATOR_KIND_LABELS } from "@/lib/labels";
import { writeAudit } from "@/server/audit";
import type { Actor } from "@/server/permissions";
import { buildCaseDocx } from "@/features/print/docx";
import type { Cell, FormSpec } from "@/features/print/layout";
import { actualText } from "./labels";
import { SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { evaluationReport, readableDeclaration, type EvaluationReport } from "./queries";
import { formatPoints, GRADE_LABELS } from "./scoring";
import { describeWeights } from "./weights";

export const EVALUATION_FORMATS = ["docx", "xlsx"] as const;
export type EvaluationFormat = (typeof EVALUATION_FORMATS)[number];

export function evaluationTitle(r: Pick<EvaluationReport, "declaration">): string {
  return r.declaration.kind === "DEPARTMENT" ? "部门（单位）整体支出绩效自评表" : "项目支出绩效自评表";
}

const money = (fen: Fen | null) => (fen === null ? "" : formatYuan(fen));

function statusLine(r: EvaluationReport): string {
  const ev = r.evaluation!;
  const open = ev.status === "DRAFT" || ev.status === "RETURNED";
  const submitted = ev.submittedAt ? `${formatDateTime(ev.submittedAt)}${ev.submittedBy ? ` ${ev.submittedBy}` : ""} 提交` : "";
  const decided = ev.decidedAt ? `，${formatDateTime(ev.decidedAt)} 审核通过` : "";
  const pending = ev.status === "RETURNED" ? "按审核意见修改后重新提交" : "未提交";
  const state = open ? `${SUBMISSION_STATUS_LABELS[ev.status]}（${pending}，得分随填写和平台统计变化）` : `${SUBMISSION_STATUS_LABELS[ev.status]}（${submitted}${decided}）`;
  return `状态：${state}　自评分值：${describeWeights(r.weights)}`;
}

/** The Word document's one page (a FormSpec, drawn by the print module). */
export function evaluationSpec(r: EvaluationReport): FormSpec {
  const ev = r.evaluation!;
  const score = r.score!;
  const d = r.declaration;
  const label = (text: string, extra: Partial<Cell> = {}): Cell => ({ label: true, text, ...extra });
  const value = (text: string | null | undefined, extra: Partial<Cell> = {}): Cell => ({ text: text ?? "", ...extra });
  const total = ev.totalScore ?? score.total;
  const grade = (ev.grade ?? score.grade) as keyof typeof GRADE_LABELS;
  const indicatorRows: Cell[][] = r.rows.map((row, k) => [
    value(row.level1Label || INDICATOR_KIND_LABELS[row.kind], { align: "center" }),
    value(row.level2Label, { align: "center" }),
    value(row.name),
    value(row.annualValue, { align: "center" }),
    value(actualText(row), { align: "center" }),
    value(row.scoredWeight, { align: "center" }),
    value(formatPoints(score.indicators[k].score), { align: "center" }),
    value([row.note, score.indicators[k].problem].filter(Boolean).join("；")),
  ]);
  return {
    key: "evaluation",
    title: evaluationTitle(r),
    blank: false,
    blocks: [
      { kind: "text", lines: [`（${d.year}年度）`], align: "center" },
      {
        kind: "table",
        widths: [16, 14, 14, 10, 12, 12, 22],
        rows: [
          [label(d.kind === "DEPARTMENT" ? "预算单位" : "项目名称"), value(d.name, { colSpan: 6 })],
          [label("主管部门"), value(d.departmentName, { colSpan: 2 }), label("实施单位"), value(d.unitName, { colSpan: 3 })],
          [label("项目资金（元）", { rowSpan: 2 }), label("年初预算数"), label("全年执行数"), label("分值"), label("执行率"), label("得分"), label("执行率低于90%的说明")],
          [
            value(money(d.total), { align: "right" }), value(money(ev.spent), { align: "right" }), value(formatPoints(score.execution.points), { align: "center" }),
            value(formatPercent(r.executionBp), { align: "center" }), value(formatPoints(score.execution.score), { align: "center" }), value(ev.executionExplanation),
          ],
          [label("年度总体目标"), value(d.annualGoal, { colSpan: 6 })],
        ],
      },
      {
        kind: "table",
        space: 2,
        widths: [12, 12, 22, 12, 14, 8, 8, 22],
        rows: [
          [label("一级指标"), label("二级指标"), label("三级指标"), label("年度指标值"), label("实际完成值"), label("分值"), label("得分"), label("偏差原因分析及改进措施")],
          ...indicatorRows,
          [label("总分", { colSpan: 5 }), value("100", { align: "center" }), value(formatPoints(total), { align: "center" }), value(`自评等级：${GRADE_LABELS[grade]}`, { align: "center" })],
        ],
      },
      {
        kind: "table",
        space: 2,
        widths: [20, 80],
        rows: [
          [label("存在的问题及原因"), value(ev.problems, { height: 20 })],
          [label("下一步改进措施"), value(ev.improvements, { height: 20 })],
        ],
      },
      { kind: "text", lines: [statusLine(r), `标注“平台统计”的实际完成值由平台按${r.scopeLabel}的记录统计（截至 ${r.countedTo}）。`], size: "normal", space: 2 },
    ],
  };
}

const FONT = "宋体";
const thin = { style: "thin" as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const cellYuan = (fen: Fen | null) => (fen === null ? "" : Number(toDecimalString(fen)));
const points = (hundredths: number) => hundredths / 100;

/** The workbook: one sheet, the same table as the Word page; amounts and points are numbers. */
export function buildEvaluationWorkbook(r: EvaluationReport, now: Date): ExcelJS.Workbook {
  const ev = r.evaluation!;
  const score = r.score!;
  const d = r.declaration;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "社工站管理平台";
  workbook.created = now;
  const sheet = workbook.addWorksheet("绩效自评表", { pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const widths = [14, 16, 30, 14, 22, 8, 8, 36];
  sheet.columns = widths.map((width) => ({ width }));
  const style = (row: ExcelJS.Row, opts: { bold?: boolean; labels?: number[]; numbers?: Record<number, string> } = {}) => {
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 10.5, bold: opts.bold || opts.labels?.includes(col) };
      cell.border = BORDER;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: opts.numbers?.[col] ? "right" : "left" };
      if (opts.numbers?.[col]) cell.numFmt = opts.numbers[col];
      if (opts.labels?.includes(col)) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
    });
  };
  const span = (rowNumber: number, from: number, to: number) => sheet.mergeCells(rowNumber, from, rowNumber, to);

  sheet.mergeCells(1, 1, 1, 8);
  sheet.getCell(1, 1).value = `${evaluationTitle(r)}（${d.year}年度）`;
  sheet.getCell(1, 1).font = { name: FONT, size: 14, bold: true };
  sheet.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 28;

  const info = (labelText: string, text: string | number | null) => {
    const row = sheet.addRow([labelText, text ?? ""]);
    span(row.number, 2, 8);
    style(row, { labels: [1] });
  };
  info(d.kind === "DEPARTMENT" ? "预算单位" : "项目名称", d.name);
  info("主管部门", d.departmentName);
  info("实施单位", d.unitName);
  const fundsHead = sheet.addRow(["项目资金（元）", "年初预算数", "全年执行数", "分值", "执行率", "得分", "", "执行率低于90%的说明"]);
  span(fundsHead.number, 6, 7);
  style(fundsHead, { labels: [1, 2, 3, 4, 5, 6, 8] });
  const funds = sheet.addRow(["", cellYuan(d.total), cellYuan(ev.spent), points(score.execution.points), r.executionBp === null ? "" : r.executionBp / 10000, points(score.execution.score), "", ev.executionExplanation ?? ""]);
  span(funds.number, 6, 7);
  sheet.mergeCells(fundsHead.number, 1, funds.number, 1);
  style(funds, { labels: [1], numbers: { 2: "#,##0.00", 3: "#,##0.00", 4: "0.00", 5: "0.00%", 6: "0.00" } });
  info("年度总体目标", d.annualGoal);

  sheet.addRow([]);
  const head = sheet.addRow(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  style(head, { labels: [1, 2, 3, 4, 5, 6, 7, 8] });
  r.rows.forEach((row, k) => {
    const s = score.indicators[k];
    const line = sheet.addRow([
      row.level1Label || INDICATOR_KIND_LABELS[row.kind], row.level2Label, row.name, row.annualValue, actualText(row),
      points(s.weight), points(s.score), [row.note, s.problem].filter(Boolean).join("；"),
    ]);
    style(line, { numbers: { 6: "0.00", 7: "0.00" } });
  });
  const total = ev.totalScore ?? score.total;
  const grade = (ev.grade ?? score.grade) as keyof typeof GRADE_LABELS;
  const totalRow = sheet.addRow(["总分", "", "", "", "", 100, points(total), `自评等级：${GRADE_LABELS[grade]}`]);
  span(totalRow.number, 1, 5);
  style(totalRow, { bold: true, numbers: { 6: "0.00", 7: "0.00" } });

  sheet.addRow([]);
  info("存在的问题及原因", ev.problems);
  info("下一步改进措施", ev.improvements);
  const note = sheet.addRow([statusLine(r)]);
  span(note.number, 1, 8);
  const source = sheet.addRow([`标注“平台统计”的实际完成值由平台按${r.scopeLabel}的记录统计（截至 ${r.countedTo}）。导出日期：${formatDate(now)}`]);
  span(source.number, 1, 8);
  return workbook;
}

export type EvaluationFile = { filename: string; asciiFilename: string; buffer: Buffer; declarationId: string; format: EvaluationFormat };

/** The self-evaluation as .docx or .xlsx for the actor, or null (not readable, or no self-evaluation yet); audited either way. */
export async function exportEvaluation(actor: Actor, id: string, format: EvaluationFormat, now = new Date()): Promise<EvaluationFile | null> {
  const d = await readableDeclaration(actor, id);
  const denied = async (reason: string) => {
    await writeAudit({ actor, action: "declaration.evaluation_export", outcome: "DENIED", districtId: d?.districtId, targetType: "PerformanceDeclaration", targetId: String(id).slice(0, 64), detail: { reason, format } });
    return null;
  };
  if (!d) return denied("NOT_FOUND");
  const report = await evaluationReport(d.id, formatDate(now));
  if (!report.evaluation || !report.score) return denied("NO_EVALUATION");
  const title = evaluationTitle(report);
  const buffer = format === "docx"
    ? await buildCaseDocx([evaluationSpec(report)], { title: `${d.name} ${title}` })
    : Buffer.from(await buildEvaluationWorkbook(report, now).xlsx.writeBuffer());
  await writeAudit({
    actor, action: "declaration.evaluation_export", outcome: "SUCCESS", districtId: d.districtId, targetType: "PerformanceDeclaration", targetId: d.id,
    detail: { format, evaluationId: report.evaluation.id, status: report.evaluation.status, total: formatPoints(report.evaluation.totalScore ?? report.score.total) },
  });
  return {
    filename: `${d.year}年${d.name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "").trim().slice(0, 80)}-${title}.${format}`,
    asciiFilename: `performance-evaluation-${d.year}.${format}`,
    buffer, declarationId: d.id, format,
  };
}
