import "server-only";
// 社工站驻站社工的基本信息表 as an Excel workbook, in the layout of the guide's form (指引 附件): title,
// station and date, the ten columns in the seed's order, one row per person in post.
import ExcelJS from "exceljs";
import { CERTIFICATE_LEVEL_LABELS, CONVERTED_FROM_LABELS, GENDER_LABELS, POST_TYPE_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";
import { formatDate } from "@/lib/dates";
import { writeAudit } from "@/server/audit";
import { db } from "@/server/db";
import type { Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { formatBirthMonth } from "./rules";

export const STAFF_REGISTER_TITLE = "社工站驻站社工的基本信息表";

/** The seed's columns, in its order (工作单位及职务 is one column). */
export const STAFF_REGISTER_COLUMNS = [
  { header: "序号", width: 6 },
  { header: "姓名", width: 10 },
  { header: "性别", width: 6 },
  { header: "出生年月", width: 10 },
  { header: "毕业院校", width: 18 },
  { header: "所学专业", width: 14 },
  { header: "工作单位及职务", width: 28 },
  { header: "社会工作者职业水平证书等级、编号", width: 22 },
  { header: "社会工作服务领域", width: 22 },
  { header: "备注", width: 20 },
] as const;

type RegisterRow = {
  name: string; gender: keyof typeof GENDER_LABELS; birthMonth: string; school: string; major: string; employer: string; jobTitle: string;
  certificateLevel: keyof typeof CERTIFICATE_LEVEL_LABELS; certificateNumber: string | null; serviceDomains: (keyof typeof SERVICE_DOMAIN_LABELS)[];
  postType: keyof typeof POST_TYPE_LABELS; convertedFrom: keyof typeof CONVERTED_FROM_LABELS | null; remarks: string | null;
};

/** One register row as the ten cell values. */
export function registerCells(row: RegisterRow, index: number): (string | number)[] {
  const post = POST_TYPE_LABELS[row.postType] + (row.convertedFrom ? `（由${CONVERTED_FROM_LABELS[row.convertedFrom]}转岗）` : "");
  return [
    index + 1,
    row.name,
    GENDER_LABELS[row.gender],
    formatBirthMonth(row.birthMonth),
    row.school,
    row.major,
    `${row.employer}\n${row.jobTitle}`,
    row.certificateLevel === "NONE" ? "无" : `${CERTIFICATE_LEVEL_LABELS[row.certificateLevel]}\n${row.certificateNumber ?? ""}`.trim(),
    row.serviceDomains.map((d) => SERVICE_DOMAIN_LABELS[d]).join("、"),
    [post, row.remarks].filter(Boolean).join("；"),
  ];
}

/** Lines a wrapped cell needs: a CJK character is about two character widths. */
function lineCount(text: string, width: number): number {
  return text.split("\n").reduce((sum, part) => {
    const units = [...part].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
    return sum + Math.max(1, Math.ceil(units / Math.max(1, width - 1)));
  }, 0);
}

const thin = { style: "thin" as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const FONT = "宋体";

export function buildStaffRegisterWorkbook({ stationName, rows, now }: { stationName: string; rows: RegisterRow[]; now: Date }): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "社工站管理平台";
  workbook.created = now;
  const sheet = workbook.addWorksheet("驻站社工基本信息表", {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: "1:3",
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: "第 &P 页，共 &N 页" },
    views: [{ state: "frozen", ySplit: 3 }],
  });
  sheet.columns = STAFF_REGISTER_COLUMNS.map((c) => ({ width: c.width }));
  const last = STAFF_REGISTER_COLUMNS.length;

  sheet.mergeCells(1, 1, 1, last);
  const title = sheet.getCell(1, 1);
  title.value = STAFF_REGISTER_TITLE;
  title.font = { name: FONT, size: 16, bold: true };
  title.alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 32;

  const [year, month, day] = formatDate(now).split("-");
  sheet.mergeCells(2, 1, 2, 7);
  sheet.mergeCells(2, 8, 2, last);
  sheet.getCell(2, 1).value = `社工站：${stationName}`;
  sheet.getCell(2, 8).value = `填报日期：${year}年${month}月${day}日`;
  sheet.getCell(2, 1).alignment = { horizontal: "left", vertical: "middle" };
  sheet.getCell(2, 8).alignment = { horizontal: "right", vertical: "middle" };
  for (const col of [1, 8]) sheet.getCell(2, col).font = { name: FONT, size: 11 };
  sheet.getRow(2).height = 22;

  const header = sheet.getRow(3);
  header.values = STAFF_REGISTER_COLUMNS.map((c) => c.header);
  header.height = 36;
  header.eachCell((cell) => {
    cell.font = { name: FONT, size: 11, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  });

  rows.forEach((row, i) => {
    const cells = registerCells(row, i);
    const excelRow = sheet.addRow(cells);
    // Set the height ourselves: not every spreadsheet program grows wrapped rows on opening.
    excelRow.height = Math.max(24, Math.max(...cells.map((v, col) => lineCount(String(v), STAFF_REGISTER_COLUMNS[col].width))) * 15 + 6);
    excelRow.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: FONT, size: 10.5 };
      cell.border = BORDER;
      cell.alignment = { vertical: "middle", wrapText: true, horizontal: col <= 4 ? "center" : "left" };
    });
  });
  return workbook;
}

export type StaffRegisterFile = { filename: string; buffer: Buffer; stationId: string; stationName: string; rowCount: number };

/**
 * The register of one station for this actor, or null when the station is out of scope (a not-found to
 * the caller). Rows come through scope.staffProfiles as well; every export leaves an audit row.
 */
export async function exportStaffRegister(actor: Actor, { stationId, now = new Date() }: { stationId: string; now?: Date }): Promise<StaffRegisterFile | null> {
  const station = await db.station.findFirst({ where: { AND: [{ id: stationId }, scope.stations(actor, "staff:read")] }, select: { id: true, name: true, districtId: true } });
  if (!station) {
    await writeAudit({ actor, action: "staff.export", outcome: "DENIED", targetType: "Station", targetId: stationId.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const rows = await db.staffProfile.findMany({
    where: { AND: [scope.staffProfiles(actor, "staff:read"), { stationId: station.id, isActive: true }] },
    orderBy: [{ position: "asc" }, { startedOn: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }, { id: "asc" }],
  });
  const workbook = buildStaffRegisterWorkbook({ stationName: station.name, rows, now });
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  await writeAudit({ actor, action: "staff.export", outcome: "SUCCESS", targetType: "Station", targetId: station.id, detail: { rows: rows.length } });
  return { filename: `驻站社工基本信息表-${station.name}.xlsx`, buffer, stationId: station.id, stationName: station.name, rowCount: rows.length };
}
