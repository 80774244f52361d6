// A 绩效目标申报表 on A4, as filed: a project's narrative (一、项目名称 … 八、项目实施成效) on its own sheet, then
// 项目支出绩效目标申报表 with the funding, goals and indicator tables (merged 一级 / 二级指标 cells, 中期 and 年度
// side by side where the declaration has 中期 values, the 2026 columns where it has them); a department-wide
// declaration's table followed by each of its projects' tables, as 003 is one document. Described once with
// the print building blocks (src/features/print/layout.ts) and drawn by PrintForms. Pure: no server code.
import { PrintForms } from "@/features/print/components";
import { cnCalendarDate, label, title, value, type Block, type Cell, type FormSpec } from "@/features/print/layout";
import type { ExpenditureCategory, FundingHorizon, FundingLevel } from "@/generated/prisma/enums";
import { parseCalendarDate } from "@/lib/dates";
import { DECLARATION_KIND_LABELS, EXPENDITURE_CATEGORY_LABELS, FUNDING_HORIZON_LABELS, FUNDING_LEVEL_LABELS, INDICATOR_OPERATOR_LABELS } from "@/lib/labels";
import { formatWan, formatYuan, parseYuan, sumFen } from "@/lib/money";
import { fieldLabel, type DeclarationDoc, type DeclarationTextField } from "../doc";
import { groupIndicators, indicatorColumns, indicatorWidths, mediumName } from "./indicator-grouping";

const fen = (amount: string) => parseYuan(amount) ?? 0;
const yuan = (amount: string) => formatYuan(fen(amount));
const filled = (s: string | null | undefined) => !!s && s.trim() !== "";
const lines = (s: string | null | undefined) => (filled(s) ? s!.split("\n") : [""]);

const NUMERALS = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];
const UNIT_FIELDS = ["unitName", "unitOrgCode", "unitAddress", "unitPhone", "legalRepresentative", "fundingSource", "unitOverview"] as const;
const NARRATIVE_FIELDS: readonly DeclarationTextField[] = ["basis", ...UNIT_FIELDS, "overview", "content", "plan", "effects"];
const LEVELS: readonly FundingLevel[] = ["CENTRAL", "PROVINCIAL", "CITY", "COUNTY", "OTHER"];
const CATEGORIES: readonly ExpenditureCategory[] = ["PERSONNEL", "OPERATING_PUBLIC", "OPERATING_OTHER", "SPECIFIC"];

/** The title above a table: the document's own when it names a table (003's projects), else the form's name. */
export function declarationTableTitle(doc: DeclarationDoc): string {
  return doc.title && doc.title.trim().endsWith("申报表") ? doc.title : DECLARATION_KIND_LABELS[doc.kind];
}

/** A project written out in sections (000–002), not only as a table (003's projects, which name their unit only). */
const hasNarrative = (doc: DeclarationDoc) =>
  doc.kind === "PROJECT" && (NARRATIVE_FIELDS.some((f) => f !== "unitName" && filled(doc[f])) || doc.fundLines.length > 0);

// ───────────── The narrative ─────────────

function narrativeSpec(doc: DeclarationDoc): FormSpec {
  const L = (f: Parameters<typeof fieldLabel>[1]) => fieldLabel(doc.kind, f);
  const heading = (n: number, text: string): Block => ({ kind: "text", lines: [`${NUMERALS[n - 1]}、${text}`], bold: true, space: 3 });
  const body = (text: string | null | undefined): Block => ({ kind: "text", lines: lines(text), indent: true });
  const sum = sumFen(doc.fundLines.map((l) => fen(l.amount)));
  const ownTitle = doc.title && declarationTableTitle(doc) !== doc.title ? doc.title : null;
  const plan = filled(doc.plan) ? lines(doc.plan) : doc.fundLines.flatMap((l, i) => (filled(l.plan) ? [`${i + 1}.${l.plan}`] : []));
  return {
    key: "narrative",
    title: ownTitle ?? doc.name ?? "",
    untitled: true,
    blank: false,
    blocks: [
      ...(ownTitle ? [title([ownTitle], "large")] : []),
      heading(1, L("name")),
      body(doc.name),
      heading(2, L("basis")),
      body(doc.basis),
      heading(3, "项目实施单位"),
      { kind: "text", lines: UNIT_FIELDS.map((f) => `${L(f)}：${doc[f] ?? ""}`), indent: true },
      heading(4, L("overview")),
      body(doc.overview),
      heading(5, L("content")),
      body(doc.content),
      heading(6, "资金安排情况"),
      {
        kind: "text",
        indent: true,
        lines: [
          ...doc.fundLines.map((l, i) => `${i + 1}.${l.name}：${yuan(l.amount)}元`),
          ...(doc.fundLines.length ? [`以上${doc.fundLines.length}项合计：${formatYuan(sum)}元`] : []),
          `${L("totalAmount")}：${yuan(doc.totalAmount)}`,
        ],
      },
      heading(7, L("plan")),
      { kind: "text", lines: plan.length ? plan : [""], indent: true },
      heading(8, L("effects")),
      body(doc.effects),
    ],
  };
}

// ───────────── Tables ─────────────

/** The indicator table: its column widths, the header rows, then one row per indicator (merged cells as on paper). */
function indicatorRows(doc: DeclarationDoc, valueLabel: string): { widths: number[]; rows: Cell[][] } {
  const cols = indicatorColumns(doc.indicators);
  const grouped = groupIndicators(doc.indicators);
  const body = Math.max(doc.indicators.length, 1);
  const n = cols.name;
  const w = cols.weight;

  if (cols.detail) {
    const base = (n ? 7 : 6) + (cols.medium ? 1 : 0) + (w ? 1 : 0);
    const widths = indicatorWidths(cols);
    const rows: Cell[][] = [
      [label("绩效指标", { colSpan: base }), label("评（扣）分标准", { rowSpan: 2 }), label("指标内容", { rowSpan: 2 }), label("绩效指标值设定依据及数据来源", { rowSpan: 2 })],
      [
        label("一级指标"), label("二级指标"), ...(n ? [label("三级指标")] : []), label("指标性质"), ...(cols.medium ? [label("中期指标值")] : []),
        label(cols.medium ? "年度指标值" : "指标值"), label("度量单位"), label("指标属性"), ...(w ? [label("分值")] : []),
      ],
    ];
    if (!doc.indicators.length) rows.push([value("", { colSpan: widths.length })]);
    for (const g of grouped) {
      const r = g.row;
      rows.push([
        ...(g.level1Span ? [value(r.level1Label, { rowSpan: g.level1Span, align: "center" })] : []),
        ...(g.level2Span ? [value(r.level2Label, { rowSpan: g.level2Span, align: "center" })] : []),
        ...(n ? [value(r.name)] : []),
        value(INDICATOR_OPERATOR_LABELS[r.operator], { align: "center" }),
        ...(cols.medium ? [value(r.mediumValue)] : []),
        value(r.annualValue),
        value(r.unit, { align: "center" }),
        value(r.attribute, { align: "center" }),
        ...(w ? [value(r.weight, { align: "right" })] : []),
        value(r.scoringRule),
        value(r.content),
        value(r.basis),
      ]);
    }
    return { widths, rows };
  }

  if (cols.medium) {
    const side = n ? 3 : 2;
    const widths = indicatorWidths(cols);
    const triple = () => [label("二级指标"), ...(n ? [label("三级指标")] : []), label("指标值")];
    const rows: Cell[][] = [
      [
        label("绩效指标", { rowSpan: 2 + body }), label("一级指标", { rowSpan: 2 }),
        label(fieldLabel(doc.kind, "mediumGoal"), { colSpan: side }), label(fieldLabel(doc.kind, "annualGoal"), { colSpan: side }),
        ...(w ? [label("分值", { rowSpan: 2 })] : []),
      ],
      [...triple(), ...triple()],
    ];
    if (!doc.indicators.length) rows.push([value("", { colSpan: widths.length - 1 })]);
    for (const g of grouped) {
      const r = g.row;
      const level2 = g.level2Span ? [value(r.level2Label, { rowSpan: g.level2Span, align: "center" })] : [];
      rows.push([
        ...(g.level1Span ? [value(r.level1Label, { rowSpan: g.level1Span, align: "center" })] : []),
        ...level2, ...(n ? [value(mediumName(r, cols))] : []), value(r.mediumValue),
        ...level2, ...(n ? [value(r.name)] : []), value(r.annualValue),
        ...(w ? [value(r.weight, { align: "right" })] : []),
      ]);
    }
    return { widths, rows };
  }

  const widths = indicatorWidths(cols);
  const rows: Cell[][] = [
    [label("绩效指标", { rowSpan: 1 + body }), label("一级指标"), label("二级指标"), ...(n ? [label("三级指标")] : []), label(valueLabel), ...(w ? [label("分值")] : [])],
  ];
  if (!doc.indicators.length) rows.push([value("", { colSpan: widths.length - 1 })]);
  for (const g of grouped) {
    const r = g.row;
    rows.push([
      ...(g.level1Span ? [value(r.level1Label, { rowSpan: g.level1Span, align: "center" })] : []),
      ...(g.level2Span ? [value(r.level2Label, { rowSpan: g.level2Span, align: "center" })] : []),
      ...(n ? [value(r.name)] : []),
      value(r.annualValue),
      ...(w ? [value(r.weight, { align: "right" })] : []),
    ]);
  }
  return { widths, rows };
}

/** 资金来源 in 万元, as the seeds print it (000: 中期 240万元, 年度 80万元). */
function fundingBlock(doc: DeclarationDoc, medium: boolean): Block {
  const horizons: FundingHorizon[] = medium || doc.funding.some((f) => f.horizon === "MEDIUM") ? ["MEDIUM", "ANNUAL"] : ["ANNUAL"];
  return {
    kind: "table",
    widths: [19, 13, 13, 13, 13, 16, 13],
    rows: [
      [label(""), label("总投入"), ...LEVELS.map((l) => label(FUNDING_LEVEL_LABELS[l]))],
      ...horizons.map((h) => {
        const rows = doc.funding.filter((f) => f.horizon === h);
        return [
          label(`${FUNDING_HORIZON_LABELS[h]}（万元）`),
          value(rows.length ? formatWan(sumFen(rows.map((f) => fen(f.amount)))) : "", { align: "right" }),
          ...LEVELS.map((l) => {
            const a = rows.find((f) => f.level === l);
            return value(a ? formatWan(fen(a.amount)) : "", { align: "right" });
          }),
        ];
      }),
    ],
  };
}

function signLine(doc: DeclarationDoc): Block | null {
  if (!filled(doc.responsiblePerson) && !filled(doc.filler) && !filled(doc.filledOn)) return null;
  const on = doc.filledOn ? parseCalendarDate(doc.filledOn) : null;
  return {
    kind: "table",
    widths: [14, 19, 10, 19, 12, 26],
    rows: [[
      label(`${fieldLabel(doc.kind, "responsiblePerson")}：`), value(doc.responsiblePerson),
      label(`${fieldLabel(doc.kind, "filler")}：`), value(doc.filler),
      label(`${fieldLabel(doc.kind, "filledOn")}：`), value(on ? cnCalendarDate(on) : doc.filledOn),
    ]],
  };
}

function projectTableSpec(doc: DeclarationDoc, narrative: boolean): FormSpec {
  const L = (f: Parameters<typeof fieldLabel>[1]) => fieldLabel(doc.kind, f);
  const cols = indicatorColumns(doc.indicators);
  const row = (f: Parameters<typeof fieldLabel>[1], text: string | null | undefined): Cell[] => [label(L(f)), value(text, { colSpan: 3 })];
  const info: Cell[][] = [row("name", doc.name)];
  if (filled(doc.departmentName) || filled(doc.departmentCode)) info.push([label(L("departmentName")), value(doc.departmentName), label(L("departmentCode")), value(doc.departmentCode)]);
  if (filled(doc.unitName)) info.push(row("unitName", doc.unitName));
  if (filled(doc.period)) info.push(row("period", doc.period));
  if (doc.category) info.push(row("category", EXPENDITURE_CATEGORY_LABELS[doc.category]));
  if (filled(doc.summary)) info.push(row("summary", doc.summary));
  if (filled(doc.basisSummary)) info.push(row("basisSummary", doc.basisSummary));
  if (!narrative) info.push(row("totalAmount", yuan(doc.totalAmount)));

  const goals: Block = cols.medium && !cols.detail
    ? {
        kind: "table",
        widths: [17, 41.5, 41.5],
        rows: [
          [label("总体目标", { rowSpan: 2 }), label(L("mediumGoal")), label(L("annualGoal"))],
          [value(doc.mediumGoal, { height: 25 }), value(doc.annualGoal, { height: 25 })],
        ],
      }
    : {
        kind: "table",
        widths: [10, 14, 76],
        rows: filled(doc.mediumGoal)
          ? [[label("总体目标", { rowSpan: 2 }), label(L("mediumGoal")), value(doc.mediumGoal)], [label(L("annualGoal")), value(doc.annualGoal)]]
          : [[label("总体目标"), label(L("annualGoal")), value(doc.annualGoal)]],
      };
  const indicators = indicatorRows(doc, "指标值（包含数字及文字描述）");
  const notes: Cell[][] = [
    ...(filled(doc.guaranteeMeasures) ? [[label(L("guaranteeMeasures")), value(doc.guaranteeMeasures)]] : []),
    ...(filled(doc.performanceNotes) ? [[label(L("performanceNotes")), value(doc.performanceNotes)]] : []),
  ];
  const sign = signLine(doc);
  const showFunding = doc.funding.length > 0 || cols.medium;
  return {
    key: "table",
    title: declarationTableTitle(doc),
    caption: doc.name ?? undefined,
    untitled: true,
    blank: false,
    blocks: [
      ...(narrative ? [{ kind: "text", lines: ["九、项目绩效目标表"], bold: true } satisfies Block] : []),
      title([declarationTableTitle(doc)]),
      { kind: "text", lines: [`（${doc.year}年度）`], align: "center" },
      { kind: "table", widths: [17, 33, 17, 33], rows: info },
      ...(showFunding ? [fundingBlock(doc, cols.medium)] : []),
      goals,
      { kind: "table", widths: indicators.widths, rows: indicators.rows },
      ...(notes.length ? [{ kind: "table", widths: [25, 75], rows: notes } satisfies Block] : []),
      ...(sign ? [sign] : []),
    ],
  };
}

function departmentSpec(doc: DeclarationDoc): FormSpec {
  const L = (f: Parameters<typeof fieldLabel>[1]) => fieldLabel(doc.kind, f);
  const amounts = new Map(doc.categoryAmounts.map((c) => [c.category, c]));
  const fiscal = sumFen(doc.categoryAmounts.map((c) => fen(c.fiscal)));
  const other = sumFen(doc.categoryAmounts.map((c) => fen(c.other)));
  // 预算资金 in 万元, as 003 prints it.
  const money = (f: number) => (f === 0 ? "" : formatWan(f));
  const split = CATEGORIES.map((c) => {
    const [group, kind] = EXPENDITURE_CATEGORY_LABELS[c].split(" · ");
    return { category: c, group, kind: kind ?? null };
  });
  const categoryRows: Cell[][] = split.map((s, i) => {
    const a = amounts.get(s.category);
    const f = a ? fen(a.fiscal) : 0;
    const o = a ? fen(a.other) : 0;
    const firstOfGroup = s.kind !== null && split[i - 1]?.group !== s.group;
    const head: Cell[] = s.kind === null
      ? [label(`${i === 0 ? "其中：" : ""}${s.group}`, { colSpan: 2, align: "left" })]
      : [...(firstOfGroup ? [label(s.group, { rowSpan: split.filter((x) => x.group === s.group).length })] : []), label(s.kind, { align: "left" })];
    return [...head, value(a ? formatWan(f + o) : "", { align: "right" }), value(a ? money(f) : "", { align: "right" }), value(a ? money(o) : "", { align: "right" })];
  });
  const indicators = indicatorRows(doc, "指标值（包含数字及文字描述）");
  return {
    key: "department",
    title: declarationTableTitle(doc),
    caption: doc.name ?? undefined,
    blank: false,
    blocks: [
      { kind: "text", lines: [`（${doc.year}年度）`], align: "center" },
      { kind: "table", widths: [17, 83], rows: [[label(L("name")), value(doc.name)]] },
      {
        kind: "table",
        widths: [17, 12, 23, 16, 16, 16],
        rows: [
          [label("预算资金（万元）", { rowSpan: 2 + CATEGORIES.length }), label("", { colSpan: 2 }), label("合计"), label("财政资金"), label("其他资金")],
          [label(`${L("totalAmount").replace("（元）", "")}：`, { colSpan: 2, align: "left" }), value(formatWan(fen(doc.totalAmount)), { align: "right" }), value(money(fiscal), { align: "right" }), value(money(other), { align: "right" })],
          ...categoryRows,
        ],
      },
      { kind: "table", widths: [17, 83], rows: [[label(L("annualGoal")), value(doc.annualGoal, { height: 25 })]] },
      { kind: "table", widths: indicators.widths, rows: indicators.rows },
    ],
  };
}

/**
 * The sheets of a declaration: a project's narrative and its table; a department's table followed, on the same
 * run of pages as in 003, by each project's table (a project with a narrative of its own gets its own sheets).
 */
export function declarationPrintSpecs(doc: DeclarationDoc, projects: readonly DeclarationDoc[] = []): FormSpec[] {
  if (doc.kind === "DEPARTMENT") {
    const sheet = departmentSpec(doc);
    const own: FormSpec[] = [];
    for (const p of projects) {
      if (hasNarrative(p)) {
        own.push(...declarationPrintSpecs(p));
        continue;
      }
      const [heading, ...rest] = projectTableSpec(p, false).blocks;
      sheet.blocks.push({ ...heading, space: 10 }, ...rest);
    }
    return [{ ...sheet, caption: projects.length ? `含 ${projects.length} 个项目` : undefined }, ...own];
  }
  const narrative = hasNarrative(doc);
  return [...(narrative ? [narrativeSpec(doc)] : []), projectTableSpec(doc, narrative)];
}

export function DeclarationPrint({ doc, projects = [] }: { doc: DeclarationDoc; projects?: readonly DeclarationDoc[] }) {
  return <PrintForms specs={declarationPrintSpecs(doc, projects)} />;
}
