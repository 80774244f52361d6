import "server-only";
// The Word export of a whole case file: the same forms as the print views (forms/*, drawn from the same
// layout), one section (page) per form, A4 with the print margins, 宋体, bordered tables with shaded label
// cells and the seed's merged cells. Authorised like the print view; every export is an audit row.
import {
  AlignmentType, BorderStyle, Document, HeightRule, ImageRun, Packer, Paragraph, ShadingType, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun,
  VerticalAlignTable, WidthType, type ISectionOptions,
} from "docx";
import { writeAudit } from "@/server/audit";
import type { Actor } from "@/server/permissions";
import { loadCaseFile } from "./case-file";
import { allCaseFormSpecs } from "./forms";
import { isWritingSpace, type Align, type Block, type Cell, type CellImage, type FormSpec } from "./layout";

const FONT = { ascii: "SimSun", eastAsia: "宋体", hAnsi: "SimSun", cs: "SimSun" };
/** Half-points: 五号 10.5pt, 小五 9pt, 四号 14pt, 三号 16pt, 一号 26pt. */
const SIZE = { normal: 21, hint: 18, large: 28, title: 32, huge: 52 } as const;
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (v: number) => Math.round(v * TWIPS_PER_MM);
/** A4 with the print view's margins (20mm top/bottom, 18mm left/right). */
const PAGE = { width: 11906, height: 16838, margin: { top: mm(20), bottom: mm(20), left: mm(18), right: mm(18) } };
const CONTENT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;
const LABEL_FILL = "F2F2F2";

const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

const runs = (text: string, size: number = SIZE.normal, bold = false) => [new TextRun({ text, size, bold, font: FONT })];

/** A picture at most 110 × 80 mm (pixels at 96 per inch), its aspect ratio kept. */
const IMAGE_MAX = { width: 416, height: 302 };

function imageParagraph(image: CellImage, align: Align): Paragraph | null {
  if (!image.data) return null;
  const scale = Math.min(1, IMAGE_MAX.width / Math.max(1, image.width), IMAGE_MAX.height / Math.max(1, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  return new Paragraph({
    children: [new ImageRun({ type: image.type, data: image.data, transformation: { width, height }, altText: { name: image.alt, description: image.alt, title: image.alt } })],
    alignment: ALIGN[align],
    spacing: { before: 60, after: 60 },
  });
}

function cellParagraphs(cell: Cell, align: Align, size: number): Paragraph[] {
  const paragraph = (children: TextRun[]) => new Paragraph({ children, alignment: ALIGN[align], spacing: { before: 0, after: 0, line: 300 } });
  const sized = (text: string) => runs(text, size);
  const lines = (cell.text ?? "").split("\n");
  const out: Paragraph[] = [];
  if (cell.hint) out.push(paragraph(runs(cell.hint, SIZE.hint)));
  if (cell.image) {
    // prefix, picture, then the text (图片一（粘贴）： · the photo · 图片说明：…)
    if (cell.prefix) out.push(paragraph(sized(cell.prefix)));
    const picture = imageParagraph(cell.image, align);
    if (picture) out.push(picture);
    for (const line of lines) if (line) out.push(paragraph(sized(line)));
    if (out.length === 0) out.push(paragraph(sized("")));
    return out;
  }
  const [first, ...rest] = lines;
  if (cell.prefix) out.push(paragraph([...sized(cell.prefix), ...(first ? sized(first) : [])]));
  else if (first || !cell.hint) out.push(paragraph(sized(first ?? "")));
  for (const line of rest) out.push(paragraph(sized(line)));
  return out;
}

function table(block: Extract<Block, { kind: "table" }>): Table {
  const total = block.widths.reduce((a, b) => a + b, 0);
  const columnWidths = block.widths.map((w) => Math.floor((w / total) * CONTENT_WIDTH));
  // Columns covered by a cell merged down from an earlier row: they shift where this row's cells start.
  const covered = new Map<number, Set<number>>();
  const rows = block.rows.map((row, r) => {
    let col = 0;
    const cells = row.map((cell) => {
      while (covered.get(r)?.has(col)) col += 1;
      const span = cell.colSpan ?? 1;
      const width = columnWidths.slice(col, col + span).reduce((a, b) => a + b, 0);
      for (let k = 1; k < (cell.rowSpan ?? 1); k++) {
        const set = covered.get(r + k) ?? new Set<number>();
        for (let c = col; c < col + span; c++) set.add(c);
        covered.set(r + k, set);
      }
      col += span;
      const align = cell.align ?? (cell.label ? "center" : "left");
      return new TableCell({
        children: cellParagraphs(cell, align, SIZE[block.size ?? "normal"]),
        columnSpan: span > 1 ? span : undefined,
        rowSpan: (cell.rowSpan ?? 1) > 1 ? cell.rowSpan : undefined,
        width: { size: width, type: WidthType.DXA },
        verticalAlign: isWritingSpace(cell) ? VerticalAlignTable.TOP : VerticalAlignTable.CENTER,
        shading: cell.label && !block.borderless ? { fill: LABEL_FILL, type: ShadingType.CLEAR, color: "auto" } : undefined,
        margins: block.borderless ? { top: 40, bottom: 40, left: 0, right: 0 } : { top: 60, bottom: 60, left: 100, right: 100 },
      });
    });
    const height = Math.max(0, ...row.map((c) => c.height ?? 0));
    return new TableRow({ children: cells, cantSplit: true, height: height ? { value: mm(height), rule: HeightRule.ATLEAST } : undefined });
  });
  const line = { style: BorderStyle.SINGLE, size: 6, color: "000000" };
  return new Table({
    rows,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: block.borderless ? TableBorders.NONE : { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
  });
}

function text(block: Extract<Block, { kind: "text" }>): Paragraph[] {
  const size = SIZE[block.size ?? "normal"];
  return block.lines.map((line, i) =>
    new Paragraph({
      children: runs(line, size, block.bold),
      alignment: ALIGN[block.align ?? "left"],
      indent: block.indent ? { firstLineChars: 200 } : undefined,
      spacing: { before: i === 0 && block.space ? mm(block.space) : 0, after: 60, line: 360 },
    }),
  );
}

function section(spec: FormSpec): ISectionOptions {
  const children: (Paragraph | Table)[] = [];
  if (!spec.untitled) children.push(new Paragraph({ children: runs(spec.title, SIZE.title, true), alignment: AlignmentType.CENTER, spacing: { after: 240 } }));
  for (const block of spec.blocks) {
    if (block.kind === "table") {
      if (block.space) children.push(new Paragraph({ children: [], spacing: { before: mm(block.space), after: 0 } }));
      children.push(table(block));
      children.push(new Paragraph({ children: [], spacing: { after: 0 } }));
    } else {
      children.push(...text(block));
    }
  }
  return { properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin } }, children };
}

/** The forms as one Word document, a page (section) per form. */
export async function buildCaseDocx(specs: FormSpec[], meta: { title: string }): Promise<Buffer> {
  const doc = new Document({
    creator: "社工站管理平台",
    title: meta.title,
    styles: { default: { document: { run: { font: FONT, size: SIZE.normal }, paragraph: { spacing: { line: 300 } } } } },
    sections: specs.map(section),
  });
  return Packer.toBuffer(doc);
}

export type CaseDocxFile = { filename: string; /** for clients that ignore filename* */ asciiFilename: string; buffer: Buffer; caseFileId: string; forms: number };

/**
 * The case file as a .docx for the actor, or null when the case is out of scope (the caller answers "not
 * found"); both are audit rows case.export_docx.
 */
export async function exportCaseDocx(actor: Actor, id: string, now = new Date()): Promise<CaseDocxFile | null> {
  const loaded = await loadCaseFile(actor, id, now);
  if (!loaded) {
    await writeAudit({ actor, action: "case.export_docx", outcome: "DENIED", targetType: "CaseFile", targetId: id.slice(0, 64), detail: { reason: "NOT_FOUND" } });
    return null;
  }
  const { file, header } = loaded;
  const specs = allCaseFormSpecs(file);
  const buffer = await buildCaseDocx(specs, { title: `个案档案 ${file.caseFile.number}` });
  await writeAudit({
    actor, action: "case.export_docx", outcome: "SUCCESS", targetType: "CaseFile", targetId: file.caseFile.id,
    detail: { stationId: header.caseFile.stationId, forms: specs.map((s) => s.key) },
  });
  return { filename: `个案档案-${file.caseFile.number}.docx`, asciiFilename: `case-file-${file.caseFile.number.replace(/[^A-Za-z0-9-]/g, "")}.docx`, buffer, caseFileId: file.caseFile.id, forms: specs.length };
}
