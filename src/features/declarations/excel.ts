// 绩效目标申报表 ⇄ Excel (issue 5). The export writes the seeds' table (项目名称 … 资金来源 … 总体目标 … the
// indicator table with merged 一级 / 二级 cells … 单位负责人 / 填报人 / 填报日期), then the narrative of the
// 申报书 in a labelled block, so every field of the document is in the workbook; a department-wide declaration
// gets one more sheet per project, in order. The import reads such a workbook back into documents: sections
// are found by their label cells (not by row numbers), so rows may be added; merged or blank 一级 / 二级 cells
// inherit from above; every problem is reported with its sheet, row and column, and nothing is returned unless
// the whole workbook is right (the command writes nothing half-way). Pure: no server code.
//
// Money: a numeric cell (format 0.00) holding the amount in 元; read back from the number's shortest decimal
// text (126300 → "126300" → "126300.00"), never through float arithmetic, and refused with more than two decimals.
import ExcelJS from "exceljs";
import type { DeclarationKind, ExpenditureCategory, FundingHorizon, FundingLevel, IndicatorDimension, IndicatorKind } from "@/generated/prisma/enums";
import { formatCalendarDate } from "@/lib/dates";
import {
  DECLARATION_KIND_LABELS, EXPENDITURE_CATEGORY_LABELS, FUNDING_HORIZON_LABELS, FUNDING_LEVEL_LABELS, INDICATOR_DIMENSION_LABELS, INDICATOR_KIND_LABELS, INDICATOR_OPERATOR_LABELS,
} from "@/lib/labels";
import { parseYuan, sumFen, toDecimalString, type Fen } from "@/lib/money";
import { fieldLabel, type DeclarationDoc, type DeclarationTextField, type IndicatorDoc } from "./doc";
import { declarationDocSchema } from "./schemas";
import { classifyIndicator, OPERATOR_SYMBOLS, readIndicatorValue } from "./values";

/** The first sheet: the declaration itself (a department's projects follow, one sheet each). */
export const MAIN_SHEET = "申报表";
/** Largest workbook the import reads. */
export const MAX_WORKBOOK_BYTES = 2 * 1024 * 1024;

// ───────────── Layout ─────────────

const FONT = "宋体";
const MONEY_FORMAT = "0.00";
const LAST = 12; // column L: the printed table is A–L
const META_COL = 13; // column M (hidden): the system's memory of an indicator row
const WIDTHS = [10, 12, 22, 8, 14, 14, 8, 7, 8, 16, 28, 28];
const META_WIDTH = 12;

const FUNDING_LEVELS: readonly FundingLevel[] = ["CENTRAL", "PROVINCIAL", "CITY", "COUNTY", "OTHER"];
const FUNDING_HORIZONS: readonly FundingHorizon[] = ["MEDIUM", "ANNUAL"];
const CATEGORIES: readonly ExpenditureCategory[] = ["PERSONNEL", "OPERATING_PUBLIC", "OPERATING_OTHER", "SPECIFIC"];

/** Wording of the table that doc.ts does not name (the seeds' own). */
const T = {
  department: "主管部门及代码",
  fundingTotal: "总投入",
  goals: "总体目标",
  indicators: "绩效指标",
  categoryTable: "预算资金（元）",
  category: "支出类别",
  fiscal: "财政资金",
  other: "其他资金",
  narrative: "申报书正文（立项依据、项目实施单位、资金安排等）",
  fundLines: "资金安排情况",
  seq: "序号",
  fundName: "资金用途",
  fundAmount: "金额（元）",
  fundPlan: "该项资金的实施计划",
  sum: "合计",
} as const;

const horizonLabel = (h: FundingHorizon) => `${FUNDING_HORIZON_LABELS[h]}（元）`;

type IndicatorColumn = {
  key: Exclude<keyof IndicatorDoc, "id" | "kind" | "dimension" | "metricKey"> | "meta";
  header: string;
  aliases?: readonly string[];
};

/** The indicator table's columns A–L (headers as indicatorSchema names them) and the hidden column M. */
const INDICATOR_COLUMNS: readonly IndicatorColumn[] = [
  { key: "level1Label", header: "一级指标" },
  { key: "level2Label", header: "二级指标" },
  { key: "name", header: "三级指标" },
  { key: "operator", header: "指标性质" },
  { key: "annualValue", header: "指标值（年度）", aliases: ["指标值"] },
  { key: "mediumValue", header: "中期指标值" },
  { key: "unit", header: "度量单位" },
  { key: "weight", header: "分值" },
  { key: "attribute", header: "指标属性" },
  { key: "scoringRule", header: "评（扣）分标准" },
  { key: "content", header: "指标内容" },
  { key: "basis", header: "绩效指标值设定依据及数据来源" },
  { key: "meta", header: "系统编号（请勿修改）" },
];

/** 项目概况（绩效目标表） → 项目概况: inside the 绩效目标表 the table's own wording. */
const tableLabel = (kind: DeclarationKind, field: Parameters<typeof fieldLabel>[1]) => fieldLabel(kind, field).replace(/（绩效目标表）$/, "");

/** The single-value rows (label in A:B, value in C:L), by where they are written. */
const HEAD_FIELDS = ["name"] as const;
const UNIT_FIELDS = ["unitName", "period"] as const;
const SUMMARY_FIELDS = ["summary", "basisSummary"] as const;
const CLOSING_FIELDS = ["guaranteeMeasures", "performanceNotes"] as const;
const NARRATIVE_FIELDS = ["title", "basis", "unitOrgCode", "unitAddress", "unitPhone", "legalRepresentative", "fundingSource", "unitOverview", "overview", "content"] as const;
const NARRATIVE_END_FIELDS = ["plan", "effects"] as const;

const SINGLE_TEXT_FIELDS: readonly DeclarationTextField[] = [
  ...HEAD_FIELDS, ...UNIT_FIELDS, ...SUMMARY_FIELDS, ...CLOSING_FIELDS, ...NARRATIVE_FIELDS, ...NARRATIVE_END_FIELDS,
];

/** Label texts as they appear in column A, per kind: where a section starts (and the indicator rows stop). */
function columnALabels(kind: DeclarationKind): string[] {
  const labels = [
    ...SINGLE_TEXT_FIELDS.map((f) => tableLabel(kind, f)),
    T.department, fieldLabel(kind, "category"), fieldLabel(kind, "totalAmount"), ...FUNDING_HORIZONS.map(horizonLabel), T.goals, T.indicators,
    fieldLabel(kind, "responsiblePerson"), T.narrative,
  ];
  if (kind === "DEPARTMENT") labels.push(T.categoryTable);
  else labels.push(T.fundLines, T.seq);
  return labels;
}

// ───────────── Writing ─────────────

const thin = { style: "thin" as const };
const BORDER: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

type CellKind = "label" | "text" | "center" | "money" | "date" | "heading" | "header";
type CellSpec = { from: number; to?: number; value: ExcelJS.CellValue; kind: CellKind; down?: number };

/** Width in column units of a text (a Han character is two). */
function visualWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) > 0x2e7f ? 2 : 1;
  return w;
}

function linesFor(text: string, widthUnits: number): number {
  const usable = Math.max(2, widthUnits - 1);
  return text.split("\n").reduce((n, p) => n + Math.max(1, Math.ceil((visualWidth(p) * 1.05) / usable)), 0);
}

const widthOf = (from: number, to: number) => WIDTHS.slice(from - 1, to).reduce((a, b) => a + b, 0);

/** 分 → the spreadsheet number (the one conversion, when the cell is written). */
const cellYuan = (fen: Fen) => Number(toDecimalString(fen));
const fenOf = (amount: string): Fen => {
  const fen = parseYuan(amount);
  if (fen === null) throw new Error(`not an amount: ${amount}`);
  return fen;
};

class SheetWriter {
  row = 0;
  private heights = new Map<number, number>();

  constructor(readonly ws: ExcelJS.Worksheet) {}

  /** One row of cells; `down` merges a cell over that many further rows. Returns the row number. */
  cells(specs: readonly CellSpec[], { border = true }: { border?: boolean } = {}): number {
    const r = ++this.row;
    for (const s of specs) {
      const to = s.to ?? s.from;
      const bottom = r + (s.down ?? 0);
      if (to > s.from || bottom > r) this.ws.mergeCells(r, s.from, bottom, to);
      const master = this.ws.getCell(r, s.from);
      master.value = s.value === "" ? null : s.value;
      for (let rr = r; rr <= bottom; rr++) {
        for (let c = s.from; c <= to; c++) this.style(this.ws.getCell(rr, c), s.kind, border);
      }
      const text = typeof s.value === "string" ? s.value : "";
      if (text && s.kind !== "heading") {
        const lines = linesFor(text, widthOf(s.from, to));
        this.grow(r, Math.min(409, lines * 14 + 6) / (bottom - r + 1));
      }
    }
    this.grow(r, 20);
    return r;
  }

  private style(cell: ExcelJS.Cell, kind: CellKind, border: boolean) {
    const bold = kind === "label" || kind === "header" || kind === "heading";
    cell.font = { name: FONT, size: kind === "heading" ? 12 : 10.5, bold };
    const horizontal = kind === "money" ? "right" : kind === "text" || kind === "date" ? "left" : "center";
    cell.alignment = { horizontal, vertical: "middle", wrapText: true };
    if (border) cell.border = BORDER;
    if (kind === "money") cell.numFmt = MONEY_FORMAT;
    if (kind === "date") cell.numFmt = "yyyy-mm-dd";
    // Typed into a text cell, "=" (指标性质) or "001" (指标属性) stay as typed.
    if (kind === "text" || kind === "center") cell.numFmt = "@";
    if (kind === "header") cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
  }

  grow(r: number, height: number) {
    this.heights.set(r, Math.max(this.heights.get(r) ?? 0, height));
  }

  /** A full-width line without borders (the title, the year). */
  banner(text: string, size: number) {
    const r = ++this.row;
    this.ws.mergeCells(r, 1, r, LAST);
    const cell = this.ws.getCell(r, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold: size > 12 };
    cell.alignment = { horizontal: "center", vertical: "middle" };
    this.grow(r, size > 12 ? 32 : 22);
  }

  field(label: string, value: string | null) {
    this.cells([{ from: 1, to: 2, value: label, kind: "label" }, { from: 3, to: LAST, value: value ?? "", kind: "text" }]);
  }

  finish() {
    for (const [r, h] of this.heights) this.ws.getRow(r).height = Math.round(h);
  }
}

const money = (amount: string | null | undefined): ExcelJS.CellValue => (amount === null || amount === undefined ? "" : cellYuan(fenOf(amount)));

/** The seed's indicator table: 一级 cells merged over their rows, 二级 cells over theirs within the 一级 block. */
function writeIndicators(w: SheetWriter, doc: DeclarationDoc) {
  w.cells([{ from: 1, to: LAST, value: T.indicators, kind: "heading" }]);
  const header = w.cells(INDICATOR_COLUMNS.slice(0, LAST).map((c, i) => ({ from: i + 1, value: c.header, kind: "header" as const })));
  const meta = w.ws.getCell(header, META_COL);
  meta.value = INDICATOR_COLUMNS[LAST].header;
  meta.font = { name: FONT, size: 9, color: { argb: "FF808080" } };

  const rows = doc.indicators;
  const first = w.row + 1;
  rows.forEach((ind) => {
    const r = w.cells([
      { from: 1, value: ind.level1Label, kind: "center" },
      { from: 2, value: ind.level2Label, kind: "center" },
      { from: 3, value: ind.name, kind: "text" },
      { from: 4, value: INDICATOR_OPERATOR_LABELS[ind.operator], kind: "center" },
      { from: 5, value: ind.annualValue, kind: "text" },
      { from: 6, value: ind.mediumValue ?? "", kind: "text" },
      { from: 7, value: ind.unit ?? "", kind: "center" },
      { from: 8, value: ind.weight === null ? "" : Number(ind.weight), kind: "center" },
      { from: 9, value: ind.attribute ?? "", kind: "text" },
      { from: 10, value: ind.scoringRule ?? "", kind: "text" },
      { from: 11, value: ind.content ?? "", kind: "text" },
      { from: 12, value: ind.basis ?? "", kind: "text" },
    ]);
    const m = w.ws.getCell(r, META_COL);
    m.value = JSON.stringify(metaOf(ind));
    m.font = { name: FONT, size: 9 };
  });
  // Merge runs of the same 一级 label, and of the same 二级 label inside them.
  const mergeRuns = (col: number, key: (ind: IndicatorDoc) => string) => {
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      if (i === rows.length || key(rows[i]) !== key(rows[start])) {
        if (i - 1 > start) w.ws.mergeCells(first + start, col, first + i - 1, col);
        start = i;
      }
    }
  };
  mergeRuns(1, (r) => r.level1Label);
  mergeRuns(2, (r) => `${r.level1Label}\u0000${r.level2Label}`);
}

type IndicatorMeta = { id?: string; metricKey?: string; kind: IndicatorKind; dimension: IndicatorDimension | null; labels: [string, string, string] };

function metaOf(ind: IndicatorDoc): IndicatorMeta {
  return {
    ...(ind.id ? { id: ind.id } : {}), ...(ind.metricKey ? { metricKey: ind.metricKey } : {}),
    kind: ind.kind, dimension: ind.dimension, labels: [ind.level1Label, ind.level2Label, ind.name],
  };
}

function writeDeclarationSheet(ws: ExcelJS.Worksheet, doc: DeclarationDoc) {
  const { kind } = doc;
  ws.columns = [...WIDTHS.map((width) => ({ width })), { width: META_WIDTH, hidden: true }];
  const w = new SheetWriter(ws);
  w.banner(DECLARATION_KIND_LABELS[kind], 16);
  w.banner(`（${doc.year}年度）`, 11);

  for (const k of HEAD_FIELDS) w.field(tableLabel(kind, k), doc[k]);
  w.cells([
    { from: 1, to: 2, value: T.department, kind: "label" },
    { from: 3, to: 8, value: doc.departmentName ?? "", kind: "text" },
    { from: 9, to: LAST, value: doc.departmentCode ?? "", kind: "text" },
  ]);
  for (const k of UNIT_FIELDS) w.field(tableLabel(kind, k), doc[k]);
  w.field(fieldLabel(kind, "category"), doc.category ? EXPENDITURE_CATEGORY_LABELS[doc.category] : "");
  w.cells([{ from: 1, to: 2, value: fieldLabel(kind, "totalAmount"), kind: "label" }, { from: 3, to: LAST, value: money(doc.totalAmount), kind: "money" }]);
  // 7 + 9 = 16: the amount sits at the left of the wide cell, like the other values.
  ws.getCell(w.row, 3).alignment = { horizontal: "left", vertical: "middle" };

  if (kind === "DEPARTMENT") {
    w.cells([
      { from: 1, to: 2, value: T.categoryTable, kind: "label", down: CATEGORIES.length },
      { from: 3, to: 6, value: T.category, kind: "header" },
      { from: 7, to: 9, value: T.fiscal, kind: "header" },
      { from: 10, to: LAST, value: T.other, kind: "header" },
    ]);
    for (const c of CATEGORIES) {
      const a = doc.categoryAmounts.find((x) => x.category === c);
      w.cells([
        { from: 3, to: 6, value: EXPENDITURE_CATEGORY_LABELS[c], kind: "center" },
        { from: 7, to: 9, value: money(a?.fiscal), kind: "money" },
        { from: 10, to: LAST, value: money(a?.other), kind: "money" },
      ]);
    }
  }

  for (const k of SUMMARY_FIELDS) w.field(tableLabel(kind, k), doc[k]);

  // 资金来源: 总投入 is the sum of the row (a formula); the levels are what is stored.
  const levelCols: Record<FundingLevel, [number, number]> = { CENTRAL: [5, 6], PROVINCIAL: [7, 8], CITY: [9, 10], COUNTY: [11, 11], OTHER: [12, 12] };
  w.cells([
    { from: 1, to: 2, value: "", kind: "header" },
    { from: 3, to: 4, value: T.fundingTotal, kind: "header" },
    ...FUNDING_LEVELS.map((l) => ({ from: levelCols[l][0], to: levelCols[l][1], value: FUNDING_LEVEL_LABELS[l], kind: "header" as const })),
  ]);
  for (const h of FUNDING_HORIZONS) {
    const entries = doc.funding.filter((x) => x.horizon === h);
    const r = w.row + 1;
    const total = entries.length ? { formula: `SUM(E${r}:L${r})`, result: cellYuan(sumFen(entries.map((e) => fenOf(e.amount)))) } : "";
    w.cells([
      { from: 1, to: 2, value: horizonLabel(h), kind: "label" },
      { from: 3, to: 4, value: total, kind: "money" },
      ...FUNDING_LEVELS.map((l) => ({ from: levelCols[l][0], to: levelCols[l][1], value: money(entries.find((e) => e.level === l)?.amount), kind: "money" as const })),
    ]);
  }

  w.cells([
    { from: 1, to: 2, value: T.goals, kind: "label", down: 1 },
    { from: 3, to: 7, value: fieldLabel(kind, "mediumGoal"), kind: "header" },
    { from: 8, to: LAST, value: fieldLabel(kind, "annualGoal"), kind: "header" },
  ]);
  w.cells([{ from: 3, to: 7, value: doc.mediumGoal ?? "", kind: "text" }, { from: 8, to: LAST, value: doc.annualGoal ?? "", kind: "text" }]);

  writeIndicators(w, doc);

  for (const k of CLOSING_FIELDS) w.field(tableLabel(kind, k), doc[k]);
  w.cells([
    { from: 1, to: 2, value: fieldLabel(kind, "responsiblePerson"), kind: "label" },
    { from: 3, to: 4, value: doc.responsiblePerson ?? "", kind: "text" },
    { from: 5, to: 6, value: fieldLabel(kind, "filler"), kind: "label" },
    { from: 7, to: 8, value: doc.filler ?? "", kind: "text" },
    { from: 9, to: 10, value: fieldLabel(kind, "filledOn"), kind: "label" },
    { from: 11, to: LAST, value: doc.filledOn ? new Date(`${doc.filledOn}T00:00:00Z`) : "", kind: "date" },
  ]);

  // The 申报书's narrative: every other field.
  w.row++;
  w.cells([{ from: 1, to: LAST, value: T.narrative, kind: "heading" }]);
  for (const k of NARRATIVE_FIELDS) w.field(tableLabel(kind, k), doc[k]);
  if (kind === "PROJECT") {
    w.cells([{ from: 1, to: LAST, value: T.fundLines, kind: "heading" }]);
    w.cells([
      { from: 1, value: T.seq, kind: "header" },
      { from: 2, to: 4, value: T.fundName, kind: "header" },
      { from: 5, to: 6, value: T.fundAmount, kind: "header" },
      { from: 7, to: LAST, value: T.fundPlan, kind: "header" },
    ]);
    const first = w.row + 1;
    doc.fundLines.forEach((l, i) => {
      w.cells([
        { from: 1, value: i + 1, kind: "center" },
        { from: 2, to: 4, value: l.name, kind: "text" },
        { from: 5, to: 6, value: money(l.amount), kind: "money" },
        { from: 7, to: LAST, value: l.plan ?? "", kind: "text" },
      ]);
    });
    const sum = cellYuan(sumFen(doc.fundLines.map((l) => fenOf(l.amount))));
    w.cells([
      { from: 1, value: T.sum, kind: "label" },
      { from: 2, to: 4, value: "", kind: "text" },
      { from: 5, to: 6, value: doc.fundLines.length ? { formula: `SUM(E${first}:E${w.row})`, result: sum } : 0, kind: "money" },
      { from: 7, to: LAST, value: "", kind: "text" },
    ]);
  }
  for (const k of NARRATIVE_END_FIELDS) w.field(tableLabel(kind, k), doc[k]);
  w.finish();

  ws.pageSetup = {
    paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    horizontalCentered: true, printArea: `A1:L${w.row}`,
  };
  ws.headerFooter = { oddFooter: `&C${DECLARATION_KIND_LABELS[kind]}　第 &P 页，共 &N 页` };
}

/** A sheet name Excel accepts (≤ 31 characters, none of []:*?/\). */
function sheetName(index: number, name: string): string {
  const clean = name.replace(/[[\]:*?/\\]/g, "").replace(/^'+|'+$/g, "").trim();
  return `${index}.${clean || "项目"}`.slice(0, 31);
}

export type DeclarationWorkbookOptions = {
  /** A department-wide declaration's projects, in their order: one sheet each after the first. */
  projects?: readonly DeclarationDoc[];
  now?: Date;
};

export function declarationWorkbook(doc: DeclarationDoc, opts: DeclarationWorkbookOptions = {}): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "社工站管理平台";
  workbook.created = opts.now ?? new Date();
  writeDeclarationSheet(workbook.addWorksheet(MAIN_SHEET), doc);
  if (doc.kind === "DEPARTMENT") {
    (opts.projects ?? []).forEach((p, i) => writeDeclarationSheet(workbook.addWorksheet(sheetName(i + 1, p.name ?? "")), p));
  }
  return workbook;
}

// ───────────── Reading ─────────────

export type WorkbookProblem = { sheet: string; row: number | null; column: string | null; message: string };
export type CellRef = { sheet: string; row: number | null; column: string | null };

export type DeclarationWorkbookRead =
  | { ok: true; doc: DeclarationDoc; projects: DeclarationDoc[]; /** Where each sheet's kind (title) and year were read. */ sheets: { name: string; kind: CellRef; year: CellRef }[] }
  | { ok: false; problems: WorkbookProblem[] };

/** "工作表「申报表」第 12 行 E 列：…" */
export function problemText(p: WorkbookProblem): string {
  const where = p.row === null ? "" : `第 ${p.row} 行${p.column ? ` ${p.column} 列` : ""}`;
  if (!p.sheet) return p.message;
  return `工作表「${p.sheet}」${where}：${p.message}`;
}

export const columnLetter = (col: number): string => {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/** Labels compare without any whitespace ("总  体   目  标" is 总体目标). */
const norm = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** A number's own decimal text: 126300 → "126300", 0.1 → "0.1" (the shortest text that reads back as it). */
function numberText(n: number): string {
  return String(n);
}

/** "126300" → "126300.00", "12.5" → "12.50"; null when it is not a plain number with at most two decimals. */
function fixed2(text: string): string | null {
  const m = /^(-?\d+)(?:\.(\d{1,2}))?$/.exec(text);
  return m ? `${m[1]}.${(m[2] ?? "").padEnd(2, "0")}` : null;
}

function resolved(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (v && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v)) return (v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue ?? null;
  return v;
}

function valueText(raw: ExcelJS.CellValue, numFmt?: string): string {
  const v = resolved(raw);
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v.replace(/\r\n?/g, "\n");
  if (typeof v === "number") {
    // A value typed as 95% is stored as 0.95 with a percent format.
    if (numFmt && numFmt.includes("%")) return `${Number((v * 100).toPrecision(12))}%`;
    return numberText(v);
  }
  if (typeof v === "boolean") return v ? "是" : "否";
  if (v instanceof Date) return formatCalendarDate(v);
  if ("richText" in v) return v.richText.map((t) => t.text).join("").replace(/\r\n?/g, "\n");
  if ("text" in v) return typeof v.text === "string" ? v.text : valueText(v.text as ExcelJS.CellValue);
  return "";
}

function isErrorValue(raw: ExcelJS.CellValue): boolean {
  const v = resolved(raw);
  return !!v && typeof v === "object" && !(v instanceof Date) && "error" in v;
}

const MAX_ROWS = 2000;
/** What an .xlsx of a declaration may unpack to (the four seeds unpack to well under 1 MB). */
const MAX_UNPACKED_BYTES = 20 * 1024 * 1024;

/**
 * The total uncompressed size the zip's central directory declares for its entries; null when the bytes are not
 * a zip. (JSZip refuses an entry whose inflated size differs from the declared one.)
 */
export function zipUncompressedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const len = bytes.byteLength;
  // End of central directory: signature 0x06054b50, within the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = len - 22; i >= Math.max(0, len - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) return null;
  const entries = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > len || view.getUint32(at, true) !== 0x02014b50) return null;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
const MAX_COLS = 20;

type Grid = { r: number; c: number };

class SheetReader {
  readonly problems: WorkbookProblem[] = [];
  /** doc path ("indicators.3.annualValue") → the cell it was read from. */
  readonly cells = new Map<string, Grid>();
  readonly rows: number;
  private labelRow = new Map<string, number>();

  constructor(readonly ws: ExcelJS.Worksheet) {
    this.rows = Math.min(ws.rowCount, MAX_ROWS);
    for (let r = 1; r <= this.rows; r++) {
      const a = norm(this.own(r, 1));
      if (a && !this.labelRow.has(a)) this.labelRow.set(a, r);
    }
  }

  get name() {
    return this.ws.name;
  }

  cell(r: number, c: number) {
    return this.ws.getCell(r, c);
  }

  isSlave(r: number, c: number): boolean {
    return this.cell(r, c).type === ExcelJS.ValueType.Merge;
  }

  /** The cell's own text ("" for the covered part of a merged cell). */
  own(r: number, c: number): string {
    const cell = this.cell(r, c);
    if (cell.type === ExcelJS.ValueType.Merge) return "";
    return valueText(cell.value, cell.numFmt);
  }

  /** The text shown in the cell (a merged cell's text everywhere it covers). */
  shown(r: number, c: number): string {
    const cell = this.cell(r, c);
    const m = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
    return valueText(m.value, m.numFmt);
  }

  /** The first cell to the right of the (merged) cell at r, c. */
  next(r: number, c: number): number {
    const master = this.cell(r, c).address;
    let k = c + 1;
    while (k <= MAX_COLS && this.cell(r, k).type === ExcelJS.ValueType.Merge && this.cell(r, k).master.address === master) k++;
    return k;
  }

  problem(r: number | null, c: number | null, message: string) {
    this.problems.push({ sheet: this.name, row: r, column: c === null ? null : columnLetter(c), message });
  }

  at(path: string, r: number, c: number) {
    this.cells.set(path, { r, c });
  }

  /** Row of a label in column A, or null (reported: the template was changed). */
  find(label: string | readonly string[], { required = true } = {}): number | null {
    const all = typeof label === "string" ? [label] : label;
    for (const l of all) {
      const r = this.labelRow.get(norm(l));
      if (r !== undefined) return r;
    }
    if (required) this.problem(null, null, `找不到「${all[0]}」一栏，请使用本平台导出的申报表模板`);
    return null;
  }

  /** Columns of a header row by their text. */
  headers(r: number): Map<string, number> {
    const out = new Map<string, number>();
    for (let c = 1; c <= MAX_COLS; c++) {
      const t = norm(this.own(r, c));
      if (t && !out.has(t)) out.set(t, c);
    }
    return out;
  }

  /** An amount cell → "126300.00", the text as typed when it is not a plain number (the schema refuses it), or "" when blank. */
  amount(r: number, c: number, label: string): string {
    const cell = this.cell(r, c);
    const m = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
    if (isErrorValue(m.value)) {
      this.problem(r, c, `${label}的公式有错误`);
      return "";
    }
    const v = resolved(m.value);
    if (typeof v === "number") {
      const text = numberText(v);
      const fixed = fixed2(text);
      if (fixed === null || parseYuan(fixed) === null) {
        this.problem(r, c, `${label}应为金额（元），最多两位小数，如 12345.60（单元格中为 ${text}）`);
        return text;
      }
      return toDecimalString(parseYuan(fixed)!);
    }
    const text = valueText(m.value, m.numFmt).trim();
    if (text === "") return "";
    const fen = parseYuan(text);
    if (fen === null) {
      this.problem(r, c, `${label}应为金额（元），最多两位小数，如 12345.60（单元格中为「${text}」）`);
      return text;
    }
    return toDecimalString(fen);
  }

  isFormula(r: number, c: number): boolean {
    const v = this.cell(r, c).value;
    return !!v && typeof v === "object" && !(v instanceof Date) && ("formula" in v || "sharedFormula" in v);
  }
}

const TITLES: readonly [DeclarationKind, string][] = [
  // The department's title first: "部门（单位）整体支出绩效目标申报表" does not contain the project's.
  ["DEPARTMENT", DECLARATION_KIND_LABELS.DEPARTMENT],
  ["PROJECT", DECLARATION_KIND_LABELS.PROJECT],
];

type SheetRead = { raw: Record<string, unknown>; kind: DeclarationKind; year: number; kindAt: Grid; yearAt: Grid; reader: SheetReader };

/** Title and year: the first rows of the sheet. Null (with a problem) when the sheet is not a declaration. */
function readHead(reader: SheetReader): { kind: DeclarationKind; year: number; kindAt: Grid; yearAt: Grid } | null {
  let kind: { kind: DeclarationKind; at: Grid } | null = null;
  let year: { year: number; at: Grid } | null = null;
  for (let r = 1; r <= Math.min(reader.rows, 6); r++) {
    for (let c = 1; c <= LAST; c++) {
      const t = norm(reader.own(r, c));
      if (!t) continue;
      if (!kind) {
        const hit = TITLES.find(([, label]) => t.includes(norm(label)));
        if (hit) kind = { kind: hit[0], at: { r, c } };
      }
      const y = /^[（(]?(\d{4})年度[）)]?$/.exec(t);
      if (!year && y) year = { year: Number(y[1]), at: { r, c } };
    }
  }
  if (!kind) {
    reader.problem(null, null, `不是绩效目标申报表：前几行找不到表头「${DECLARATION_KIND_LABELS.PROJECT}」或「${DECLARATION_KIND_LABELS.DEPARTMENT}」，请使用本平台导出的申报表模板`);
    return null;
  }
  if (!year) {
    reader.problem(kind.at.r + 1, 1, "找不到年度（如「（2020年度）」）");
    return null;
  }
  return { kind: kind.kind, year: year.year, kindAt: kind.at, yearAt: year.at };
}

const OPERATOR_HINT = Object.values(INDICATOR_OPERATOR_LABELS).join("、");
const KIND_HINT = Object.values(INDICATOR_KIND_LABELS).join("、");

function parseMeta(text: string): IndicatorMeta | null {
  if (!text.trim()) return null;
  try {
    const m = JSON.parse(text) as Partial<IndicatorMeta>;
    if (!m || typeof m !== "object" || !Array.isArray(m.labels) || m.labels.length !== 3) return null;
    if (!m.kind || !(m.kind in INDICATOR_KIND_LABELS)) return null;
    if (m.dimension !== null && (typeof m.dimension !== "string" || !(m.dimension in INDICATOR_DIMENSION_LABELS))) return null;
    // Only what this module writes is taken: an id as the database makes them, a short metric key.
    return {
      id: typeof m.id === "string" && /^[A-Za-z0-9_-]{1,40}$/.test(m.id) ? m.id : undefined,
      metricKey: typeof m.metricKey === "string" && m.metricKey.length <= 50 ? m.metricKey : undefined,
      kind: m.kind, dimension: m.dimension ?? null, labels: m.labels.map(String) as [string, string, string],
    };
  } catch {
    return null;
  }
}

function readIndicators(reader: SheetReader, kind: DeclarationKind): Record<string, unknown>[] {
  const header = reader.find(INDICATOR_COLUMNS[0].header);
  if (header === null) return [];
  const found = reader.headers(header);
  const col: Partial<Record<IndicatorColumn["key"], number>> = {};
  for (const c of INDICATOR_COLUMNS) {
    const k = [c.header, ...(c.aliases ?? [])].map(norm).find((h) => found.has(h));
    if (k) col[c.key] = found.get(k)!;
    else if (c.key !== "meta") reader.problem(header, null, `绩效指标表缺少「${c.header}」列，请使用本平台导出的申报表模板`);
  }
  if (INDICATOR_COLUMNS.some((c) => c.key !== "meta" && col[c.key] === undefined)) return [];
  reader.at("indicators", header, 1);

  const stops = new Set(columnALabels(kind).map(norm));
  const out: Record<string, unknown>[] = [];
  const seenIds = new Set<string>();
  const reported = new Set<string>();
  type Prev = { l1: string; l1At: Grid; l2: string; l2At: Grid };
  type Label = { text: string; at: Grid } | null;
  let prev: Prev | null = null;
  for (let r = header + 1; r <= reader.rows; r++) {
    if (stops.has(norm(reader.own(r, 1)))) break;
    const above = prev as Prev | null;
    const text = (key: IndicatorColumn["key"]) => (col[key] === undefined ? "" : reader.own(r, col[key]!));
    const a = text("level1Label").trim();
    const b = text("level2Label").trim();
    const rest = INDICATOR_COLUMNS.slice(2).filter((c) => c.key !== "meta").some((c) => text(c.key).trim() !== "");
    const cA = col.level1Label!;
    const cB = col.level2Label!;
    // 一级 (and 二级) as written here, or inherited from above (a merged cell, or left blank under one).
    const l1: Label = a ? { text: a, at: { r, c: cA } } : above ? { text: above.l1, at: above.l1At } : null;
    const sameBlock = !a || (above !== null && a === above.l1);
    const l2: Label = b ? { text: b, at: { r, c: cB } } : sameBlock && above?.l2 ? { text: above.l2, at: above.l2At } : null;
    if (!rest) {
      // A row with no indicator in it: blank, or a heading row naming only the 一级 / 二级 labels (as 002 prints them).
      if (l1 && (a || b)) prev = { l1: l1.text, l1At: l1.at, l2: l2?.text ?? "", l2At: l2?.at ?? { r, c: cB } };
      continue;
    }
    const i = out.length;
    const path = (k: string) => `indicators.${i}.${k}`;
    reader.at(`indicators.${i}`, r, cA);
    if (!l1) {
      reader.problem(r, cA, "请填写一级指标");
      continue;
    }
    reader.at(path("level1Label"), l1.at.r, l1.at.c);
    reader.at(path("kind"), l1.at.r, l1.at.c);
    if (!l2) {
      reader.problem(r, cB, "请填写二级指标");
      prev = { l1: l1.text, l1At: l1.at, l2: "", l2At: { r, c: cB } };
      continue;
    }
    reader.at(path("level2Label"), l2.at.r, l2.at.c);
    reader.at(path("dimension"), l2.at.r, l2.at.c);
    prev = { l1: l1.text, l1At: l1.at, l2: l2.text, l2At: l2.at };

    const name = text("name").trim();
    const annualValue = text("annualValue");
    const meta = col.meta === undefined ? null : parseMeta(reader.own(r, col.meta));
    // The row as exported (labels unchanged) keeps its level and dimension; otherwise they are read from the labels.
    const unchanged = meta && meta.labels[0] === l1.text && meta.labels[1] === l2.text && meta.labels[2] === name;
    const classified = unchanged ? { kind: meta.kind, dimension: meta.dimension } : classifyIndicator(l1.text, l2.text, name);
    if (!classified) {
      const key = `${l1.at.r}:${l1.at.c}`;
      if (!reported.has(key)) reader.problem(l1.at.r, l1.at.c, `一级指标「${l1.text}」无法识别，应为${KIND_HINT}`);
      reported.add(key);
      continue;
    }
    const opText = norm(text("operator"));
    let operator = opText ? OPERATOR_SYMBOLS[opText] : readIndicatorValue(annualValue).operator;
    if (!operator) {
      reader.problem(r, col.operator!, `指标性质「${text("operator").trim()}」无效，应为${OPERATOR_HINT}之一（留空则按指标值判断）`);
      operator = "QUALITATIVE";
    }
    const weightCell = reader.cell(r, col.weight!);
    const weightValue = resolved(weightCell.type === ExcelJS.ValueType.Merge ? null : weightCell.value);
    const weight = typeof weightValue === "number" ? weightText(weightValue) : text("weight");
    let id = meta?.id;
    if (id && seenIds.has(id)) id = undefined; // a copied row is a new row
    if (id) seenIds.add(id);

    for (const c of INDICATOR_COLUMNS) if (col[c.key] !== undefined && c.key !== "level1Label" && c.key !== "level2Label") reader.at(path(c.key === "meta" ? "id" : c.key), r, col[c.key]!);
    if (col.meta !== undefined) reader.at(path("metricKey"), r, col.meta);
    out.push({
      ...(id ? { id } : {}),
      kind: classified.kind, dimension: classified.dimension, level1Label: l1.text, level2Label: l2.text, name, operator,
      annualValue, mediumValue: text("mediumValue"), unit: text("unit"), weight, attribute: text("attribute"), scoringRule: text("scoringRule"),
      content: text("content"), basis: text("basis"), metricKey: meta?.metricKey ?? null,
    });
  }
  return out;
}

/** 分值 typed as a number: its own text when it has at most two decimals (12.5 → "12.5"). */
function weightText(n: number): string {
  const text = numberText(n);
  if (/^\d+(\.\d{1,2})?$/.test(text)) return text;
  const rounded = Number(n.toFixed(2));
  return Math.abs(rounded - n) < 1e-9 ? numberText(rounded) : text;
}

function dateText(reader: SheetReader, r: number, c: number): string {
  const cell = reader.cell(r, c);
  const m = cell.type === ExcelJS.ValueType.Merge ? cell.master : cell;
  const v = resolved(m.value);
  if (v instanceof Date) return formatCalendarDate(v);
  if (typeof v === "number" && Number.isInteger(v) && v > 20000 && v < 80000) {
    // A date serial without a date format (days since 1899-12-30).
    return formatCalendarDate(new Date(Date.UTC(1899, 11, 30) + v * 86_400_000));
  }
  const t = valueText(m.value, m.numFmt).trim();
  const d = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(t);
  return d ? `${d[1]}-${d[2].padStart(2, "0")}-${d[3].padStart(2, "0")}` : t;
}

function readSheet(reader: SheetReader): SheetRead | null {
  const head = readHead(reader);
  if (!head) return null;
  const { kind } = head;
  const raw: Record<string, unknown> = { kind, year: head.year };
  reader.at("kind", head.kindAt.r, head.kindAt.c);
  reader.at("year", head.yearAt.r, head.yearAt.c);

  // Single-value rows: the value is the cell right of the label.
  const single = (field: string, label: string | readonly string[]) => {
    const r = reader.find(label);
    if (r === null) return null;
    const c = reader.next(r, 1);
    reader.at(field, r, c);
    return { r, c };
  };
  for (const f of SINGLE_TEXT_FIELDS) {
    const at = single(f, [tableLabel(kind, f), fieldLabel(kind, f)]);
    raw[f] = at ? reader.shown(at.r, at.c) : null;
  }
  const dept = reader.find(T.department);
  if (dept !== null) {
    const c1 = reader.next(dept, 1);
    const c2 = reader.next(dept, c1);
    reader.at("departmentName", dept, c1);
    reader.at("departmentCode", dept, c2);
    raw.departmentName = reader.shown(dept, c1);
    raw.departmentCode = reader.shown(dept, c2);
  }

  const cat = single("category", fieldLabel(kind, "category"));
  raw.category = null;
  if (cat) {
    const t = norm(reader.shown(cat.r, cat.c));
    if (t) {
      const hit = CATEGORIES.find((c) => norm(EXPENDITURE_CATEGORY_LABELS[c]) === t);
      if (hit) raw.category = hit;
      else reader.problem(cat.r, cat.c, `项目类别「${reader.shown(cat.r, cat.c).trim()}」无效，应为${CATEGORIES.map((c) => EXPENDITURE_CATEGORY_LABELS[c]).join("、")}之一（或留空）`);
    }
  }
  const total = single("totalAmount", fieldLabel(kind, "totalAmount"));
  raw.totalAmount = total ? reader.amount(total.r, total.c, fieldLabel(kind, "totalAmount")) : "";

  // 资金来源.
  raw.funding = [];
  const horizonRows = FUNDING_HORIZONS.map((h) => ({ h, r: reader.find(horizonLabel(h)) }));
  if (horizonRows.every((x) => x.r !== null)) {
    const headerRow = Math.min(...horizonRows.map((x) => x.r!)) - 1;
    const cols = reader.headers(headerRow);
    const levelCol = (l: FundingLevel) => cols.get(norm(FUNDING_LEVEL_LABELS[l]));
    const totalCol = cols.get(norm(T.fundingTotal));
    const missing = [...FUNDING_LEVELS.filter((l) => levelCol(l) === undefined).map((l) => FUNDING_LEVEL_LABELS[l]), ...(totalCol === undefined ? [T.fundingTotal] : [])];
    if (missing.length) {
      reader.problem(headerRow, null, `资金来源表缺少「${missing.join("、")}」列，请使用本平台导出的申报表模板`);
    } else {
      const funding: Record<string, unknown>[] = [];
      for (const { h, r } of horizonRows) {
        const fens: Fen[] = [];
        let readable = true;
        for (const l of FUNDING_LEVELS) {
          const c = levelCol(l)!;
          const amount = reader.amount(r!, c, `${horizonLabel(h)}的${FUNDING_LEVEL_LABELS[l]}`);
          if (amount === "") continue;
          const i = funding.length;
          reader.at(`funding.${i}`, r!, c);
          reader.at(`funding.${i}.amount`, r!, c);
          reader.at(`funding.${i}.level`, r!, c);
          funding.push({ horizon: h, level: l, amount });
          const fen = parseYuan(amount);
          if (fen === null) readable = false;
          else fens.push(fen);
        }
        // 总投入 is the row's sum (a formula in the template); typed over, it must still be the sum.
        if (!reader.isFormula(r!, totalCol!)) {
          const typed = reader.amount(r!, totalCol!, `${horizonLabel(h)}的${T.fundingTotal}`);
          const typedFen = typed === "" ? null : parseYuan(typed);
          if (readable && typedFen !== null && typedFen !== sumFen(fens)) {
            reader.problem(r!, totalCol!, `${T.fundingTotal}（${typed}）应等于${FUNDING_LEVELS.map((l) => FUNDING_LEVEL_LABELS[l]).join("、")}之和（${toDecimalString(sumFen(fens))}），请按来源填写`);
          }
        }
      }
      raw.funding = funding;
    }
  }

  // 预算资金 by expenditure category (department-wide only).
  raw.categoryAmounts = [];
  if (kind === "DEPARTMENT") {
    const header = reader.find(T.categoryTable);
    if (header !== null) {
      const cols = reader.headers(header);
      const [cc, cf, co] = [T.category, T.fiscal, T.other].map((t) => cols.get(norm(t)));
      if (cc === undefined || cf === undefined || co === undefined) {
        reader.problem(header, null, `预算资金表应有「${T.category}」「${T.fiscal}」「${T.other}」三列，请使用本平台导出的申报表模板`);
      } else {
        reader.at("categoryAmounts", header, cc);
        const stops = new Set(columnALabels(kind).map(norm));
        const amounts: Record<string, unknown>[] = [];
        for (let r = header + 1; r <= reader.rows; r++) {
          if (stops.has(norm(reader.own(r, 1)))) break;
          const label = reader.own(r, cc).trim();
          const fiscal = reader.amount(r, cf, T.fiscal);
          const other = reader.amount(r, co, T.other);
          if (!label && !fiscal && !other) continue;
          const category = CATEGORIES.find((c) => norm(EXPENDITURE_CATEGORY_LABELS[c]) === norm(label));
          if (!category) {
            reader.problem(r, cc, `支出类别「${label}」无效，应为${CATEGORIES.map((c) => EXPENDITURE_CATEGORY_LABELS[c]).join("、")}之一`);
            continue;
          }
          if (!fiscal && !other) continue; // a category without amounts is not declared
          const i = amounts.length;
          reader.at(`categoryAmounts.${i}`, r, cc);
          reader.at(`categoryAmounts.${i}.category`, r, cc);
          reader.at(`categoryAmounts.${i}.fiscal`, r, cf);
          reader.at(`categoryAmounts.${i}.other`, r, co);
          amounts.push({ category, fiscal: fiscal || "0.00", other: other || "0.00" });
        }
        raw.categoryAmounts = amounts;
      }
    }
  }

  // 总体目标: each value is under its heading.
  for (const f of ["mediumGoal", "annualGoal"] as const) {
    raw[f] = null;
    const goals = reader.find(T.goals);
    if (goals === null) break;
    const cols = reader.headers(goals);
    const c = cols.get(norm(fieldLabel(kind, f)));
    if (c === undefined) {
      reader.problem(goals, null, `总体目标缺少「${fieldLabel(kind, f)}」，请使用本平台导出的申报表模板`);
      continue;
    }
    reader.at(f, goals + 1, c);
    raw[f] = reader.shown(goals + 1, c);
  }

  raw.indicators = readIndicators(reader, kind);

  // 单位负责人 / 填报人 / 填报日期: each value right of its label, in one row.
  const sig = reader.find(fieldLabel(kind, "responsiblePerson"));
  for (const f of ["responsiblePerson", "filler", "filledOn"] as const) raw[f] = null;
  if (sig !== null) {
    const cols = reader.headers(sig);
    for (const f of ["responsiblePerson", "filler", "filledOn"] as const) {
      const c = cols.get(norm(fieldLabel(kind, f)));
      if (c === undefined) {
        reader.problem(sig, null, `缺少「${fieldLabel(kind, f)}」，请使用本平台导出的申报表模板`);
        continue;
      }
      const v = reader.next(sig, c);
      reader.at(f, sig, v);
      raw[f] = f === "filledOn" ? dateText(reader, sig, v) : reader.shown(sig, v);
    }
  }

  // 资金安排情况 (projects only): 序号 / 资金用途 / 金额（元） / 该项资金的实施计划, up to 合计.
  raw.fundLines = [];
  if (kind === "PROJECT") {
    const header = reader.find(T.seq);
    if (header !== null) {
      const cols = reader.headers(header);
      const [cn, ca, cp] = [T.fundName, T.fundAmount, T.fundPlan].map((t) => cols.get(norm(t)));
      if (cn === undefined || ca === undefined || cp === undefined) {
        reader.problem(header, null, `资金安排情况应有「${T.fundName}」「${T.fundAmount}」「${T.fundPlan}」三列，请使用本平台导出的申报表模板`);
      } else {
        reader.at("fundLines", header, cn);
        const stops = new Set([...columnALabels(kind), T.sum].map(norm));
        const lines: Record<string, unknown>[] = [];
        for (let r = header + 1; r <= reader.rows; r++) {
          if (stops.has(norm(reader.own(r, 1)))) break;
          const name = reader.own(r, cn);
          const plan = reader.own(r, cp);
          const amount = reader.amount(r, ca, T.fundAmount);
          if (!name.trim() && !plan.trim() && !amount) continue;
          const i = lines.length;
          reader.at(`fundLines.${i}`, r, cn);
          reader.at(`fundLines.${i}.name`, r, cn);
          reader.at(`fundLines.${i}.amount`, r, ca);
          reader.at(`fundLines.${i}.plan`, r, cp);
          lines.push({ name, amount, plan });
        }
        raw.fundLines = lines;
      }
    }
  }

  return { raw, kind, year: head.year, kindAt: head.kindAt, yearAt: head.yearAt, reader };
}

/** The schema's verdict on one sheet's document, each message at the cell its path came from. */
function validate(read: SheetRead): DeclarationDoc | null {
  const parsed = declarationDocSchema.safeParse(read.raw);
  if (parsed.success) return parsed.data;
  const { reader } = read;
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String);
    let at: Grid | undefined;
    for (let n = path.length; n > 0 && !at; n--) at = reader.cells.get(path.slice(0, n).join("."));
    reader.problem(at?.r ?? null, at?.c ?? null, issue.message);
  }
  return null;
}

function dedupe(problems: WorkbookProblem[]): WorkbookProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = p.row === null ? `${p.sheet}\u0000${p.message}` : `${p.sheet}\u0000${p.row}\u0000${p.column ?? ""}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Problems in reading order: sheet by sheet, row by row, column by column (file- and sheet-wide ones first). */
function ordered(problems: WorkbookProblem[], sheets: readonly string[]): WorkbookProblem[] {
  const colNum = (c: string | null) => (c === null ? 0 : [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0));
  return dedupe(problems).sort((a, b) => sheets.indexOf(a.sheet) - sheets.indexOf(b.sheet) || (a.row ?? 0) - (b.row ?? 0) || colNum(a.column) - colNum(b.column));
}

const toRef = (sheet: string, g: Grid): CellRef => ({ sheet, row: g.r, column: columnLetter(g.c) });

/**
 * A workbook (as exported by declarationWorkbook, possibly edited) → the declaration and, for a department-wide
 * one, its projects; or every problem found, each with its sheet, row and column.
 */
export async function readDeclarationWorkbook(buffer: ArrayBuffer | Uint8Array): Promise<DeclarationWorkbookRead> {
  const workbook = new ExcelJS.Workbook();
  try {
    const bytes = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
    if (bytes.byteLength > MAX_WORKBOOK_BYTES) return { ok: false, problems: [{ sheet: "", row: null, column: null, message: `文件不能超过 ${MAX_WORKBOOK_BYTES / 1024 / 1024} MB` }] };
    // A small file can unpack to gigabytes: the zip's own directory says how much, before anything is unpacked.
    const unpacked = zipUncompressedSize(bytes);
    if (unpacked === null) throw new Error("not a zip");
    if (unpacked > MAX_UNPACKED_BYTES) return { ok: false, problems: [{ sheet: "", row: null, column: null, message: `工作簿解压后超过 ${MAX_UNPACKED_BYTES / 1024 / 1024} MB，请删除多余的内容后再导入` }] };
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, problems: [{ sheet: "", row: null, column: null, message: "无法读取文件：不是有效的 Excel 工作簿（.xlsx）" }] };
  }
  const sheets = workbook.worksheets;
  if (sheets.length === 0) return { ok: false, problems: [{ sheet: "", row: null, column: null, message: "工作簿中没有工作表，请使用本平台导出的申报表模板" }] };
  const names = sheets.map((s) => s.name);

  const readers = sheets.map((ws) => new SheetReader(ws));
  const problems: WorkbookProblem[] = [];
  for (const r of readers) if (r.ws.rowCount > MAX_ROWS) r.problem(null, null, `行数过多（超过 ${MAX_ROWS} 行）`);

  const main = readSheet(readers[0]);
  const reads: (SheetRead | null)[] = [main];
  if (main?.kind === "DEPARTMENT") {
    for (const reader of readers.slice(1)) {
      const read = readSheet(reader);
      if (read && read.kind !== "PROJECT") {
        reader.problem(read.kindAt.r, read.kindAt.c, `部门整体支出申报表之后的工作表应为${DECLARATION_KIND_LABELS.PROJECT}`);
        reads.push(null);
        continue;
      }
      if (read && read.year !== main.year) reader.problem(read.yearAt.r, read.yearAt.c, `项目年度应与部门整体支出申报表一致（${main.year}年度）`);
      reads.push(read);
    }
  } else if (main) {
    for (const reader of readers.slice(1)) reader.problem(null, null, `${DECLARATION_KIND_LABELS.PROJECT}只有一个工作表；请删除此工作表，或改用部门整体支出申报表`);
  }

  const docs = reads.map((read) => (read && read.reader.problems.length === 0 ? validate(read) : read ? (validate(read), null) : null));
  for (const r of readers) problems.push(...r.problems);
  if (problems.length > 0 || !main || docs.some((d) => d === null)) {
    return { ok: false, problems: ordered(problems.length ? problems : [{ sheet: names[0], row: null, column: null, message: "无法读取此申报表" }], names) };
  }
  return {
    ok: true,
    doc: docs[0]!,
    projects: docs.slice(1) as DeclarationDoc[],
    sheets: reads.map((r) => ({ name: r!.reader.name, kind: toRef(r!.reader.name, r!.kindAt), year: toRef(r!.reader.name, r!.yearAt) })),
  };
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
