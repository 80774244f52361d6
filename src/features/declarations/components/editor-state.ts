// The 绩效目标申报表 editor's state and every change to it, as pure functions (the component only calls them;
// tests/unit/declaration-editor-state.test.ts exercises them). The state is the document (doc.ts) with a client
// key on each fund line and indicator row, so React keeps rows apart and a server error on "indicators.3.x"
// still lands on the row that was 4th when it was posted, even after rows were moved since. An indicator's `id`
// (the database row) is never touched: the server keeps the row, its comments and its history by it.
import type { ExpenditureCategory, FundingHorizon, FundingLevel, IndicatorDimension, IndicatorKind } from "@/generated/prisma/enums";
import { EXPENDITURE_CATEGORY_LABELS, FUNDING_HORIZON_LABELS, FUNDING_LEVEL_LABELS, INDICATOR_DIMENSION_LABELS, INDICATOR_KIND_LABELS, INDICATOR_OPERATOR_LABELS } from "@/lib/labels";
import { parseYuan, sumFen, type Fen } from "@/lib/money";
import {
  DECLARATION_FIELD_LABELS, DECLARATION_TEXT_FIELDS, fieldLabel, INDICATOR_FIELD_LABELS,
  type DeclarationDoc, type DeclarationFundLineDoc, type DeclarationTextField, type IndicatorDoc,
} from "../doc";
import { classifyIndicator, readIndicatorValue } from "../values";

export type EditorIndicator = IndicatorDoc & { key: string };
export type EditorFundLine = DeclarationFundLineDoc & { key: string };
export type EditorDoc = Omit<DeclarationDoc, "indicators" | "fundLines"> & { indicators: EditorIndicator[]; fundLines: EditorFundLine[] };
/** `seq` numbers the client keys of new rows. */
export type EditorState = { doc: EditorDoc; seq: number };

export const KIND_ORDER = Object.keys(INDICATOR_KIND_LABELS) as IndicatorKind[];
export const CATEGORY_ORDER = Object.keys(EXPENDITURE_CATEGORY_LABELS) as ExpenditureCategory[];
export const FUNDING_LEVELS = Object.keys(FUNDING_LEVEL_LABELS) as FundingLevel[];
/** 中期 first, then 年度, as the form prints the rows. */
export const FUNDING_HORIZONS: FundingHorizon[] = ["MEDIUM", "ANNUAL"];

/** The 二级指标 each 一级指标 has (the forms' standard table). */
export const DIMENSIONS_BY_KIND: Record<IndicatorKind, IndicatorDimension[]> = {
  OUTPUT: ["QUANTITY", "QUALITY", "TIMELINESS", "COST"],
  BENEFIT: ["ECONOMIC", "SOCIAL", "ECOLOGICAL", "SUSTAINABLE"],
  SATISFACTION: ["SATISFACTION"],
};
/** The 二级指标 a row gets when it is moved to another 一级指标 and its own does not fit there. */
export const DEFAULT_DIMENSION: Record<IndicatorKind, IndicatorDimension> = { OUTPUT: "QUANTITY", BENEFIT: "SOCIAL", SATISFACTION: "SATISFACTION" };

/** Names of an indicator row's cells (error summary, aria labels). A label map of this editor's own. */
export const INDICATOR_CELL_LABELS = INDICATOR_FIELD_LABELS;
export const FUND_LINE_CELL_LABELS: Record<keyof DeclarationFundLineDoc, string> = { name: "用途", amount: "金额（元）", plan: "该项资金的实施计划" };

const NULLABLE_INDICATOR_FIELDS = ["mediumValue", "unit", "weight", "attribute", "scoringRule", "content", "basis", "metricKey"] as const;

// ───────────── Setting up and posting ─────────────

/** The editor's state for a document as loaded (a DEPARTMENT declaration shows all four category rows). */
export function initEditorState(doc: DeclarationDoc): EditorState {
  let seq = 0;
  const key = () => `k${++seq}`;
  const categoryAmounts = doc.kind === "DEPARTMENT"
    ? CATEGORY_ORDER.map((category) => doc.categoryAmounts.find((c) => c.category === category) ?? { category, fiscal: "", other: "" })
    : doc.categoryAmounts;
  return {
    doc: {
      ...doc,
      categoryAmounts,
      fundLines: doc.fundLines.map((l) => ({ ...l, key: key() })),
      indicators: doc.indicators.map((r) => ({ ...r, key: key() })),
    },
    seq,
  };
}

const blankToNull = (v: string | null): string | null => (v === null || v.trim() === "" ? null : v);
const blank = (v: string | null | undefined) => !v || v.trim() === "";

/**
 * The document to post and to check: keys dropped, empty optional texts as null, 资金来源 cells left empty not
 * sent, and the category table sent whole (empty cells as 0) once any of its cells is filled.
 */
export function toDeclarationDoc(doc: EditorDoc): DeclarationDoc {
  const text = Object.fromEntries(DECLARATION_TEXT_FIELDS.map((f) => [f, f === "name" ? (doc.name ?? "") : blankToNull(doc[f])])) as Record<DeclarationTextField, string | null>;
  const anyCategory = doc.categoryAmounts.some((c) => !blank(c.fiscal) || !blank(c.other));
  return {
    ...text,
    kind: doc.kind,
    year: doc.year,
    category: doc.category,
    totalAmount: doc.totalAmount,
    filledOn: blankToNull(doc.filledOn),
    fundLines: doc.fundLines.map((l) => ({ name: l.name, amount: l.amount, plan: blankToNull(l.plan) })),
    funding: orderFunding(doc.funding.filter((f) => !blank(f.amount))),
    categoryAmounts: anyCategory
      ? doc.categoryAmounts.map((c) => ({ category: c.category, fiscal: blank(c.fiscal) ? "0.00" : c.fiscal, other: blank(c.other) ? "0.00" : c.other }))
      : [],
    indicators: doc.indicators.map((r) => {
      const { key: _key, ...row } = r;
      const out: IndicatorDoc = { ...row };
      for (const f of NULLABLE_INDICATOR_FIELDS) out[f] = blankToNull(row[f]);
      return out;
    }),
  };
}

// ───────────── Text fields and amounts ─────────────

type Scalar = Pick<EditorDoc, DeclarationTextField | "category" | "totalAmount" | "filledOn">;

export function patchDoc(state: EditorState, patch: Partial<Scalar>): EditorState {
  return { ...state, doc: { ...state.doc, ...patch } };
}

/** One text field (or 总投入 / 填报日期) as typed. */
export function setText(state: EditorState, field: DeclarationTextField | "totalAmount" | "filledOn", value: string): EditorState {
  return { ...state, doc: { ...state.doc, [field]: value } };
}

/** An amount as typed: its 分, null when empty, "invalid" when it is not an amount in 元. */
export function typedFen(text: string | null | undefined): Fen | null | "invalid" {
  if (blank(text)) return null;
  const fen = parseYuan(text!);
  return fen === null ? "invalid" : fen;
}

const fenOrZero = (text: string | null | undefined): Fen => {
  const f = typedFen(text);
  return typeof f === "number" ? f : 0;
};

export type SumSummary = {
  /** Sum of the amounts that read as amounts. */
  sum: Fen;
  /** How many filled cells are not amounts (left out of the sum). */
  invalid: number;
  /** The total they must add up to (null when the total is not an amount). */
  total: Fen | null;
  /** sum − total (null without a total). */
  diff: Fen | null;
};

function summarize(texts: (string | null)[], totalText: string): SumSummary {
  const typed = texts.map(typedFen);
  const sum = sumFen(typed.map((t) => (typeof t === "number" ? t : 0)));
  const t = typedFen(totalText);
  const total = typeof t === "number" ? t : null;
  return { sum, invalid: typed.filter((x) => x === "invalid").length, total, diff: total === null ? null : sum - total };
}

// ───────────── 资金安排情况 ─────────────

export function addFundLine(state: EditorState): EditorState {
  const seq = state.seq + 1;
  return { seq, doc: { ...state.doc, fundLines: [...state.doc.fundLines, { key: `k${seq}`, name: "", amount: "", plan: null }] } };
}

export function updateFundLine(state: EditorState, index: number, patch: Partial<DeclarationFundLineDoc>): EditorState {
  return { ...state, doc: { ...state.doc, fundLines: state.doc.fundLines.map((l, i) => (i === index ? { ...l, ...patch } : l)) } };
}

export function removeFundLine(state: EditorState, index: number): EditorState {
  return { ...state, doc: { ...state.doc, fundLines: state.doc.fundLines.filter((_, i) => i !== index) } };
}

function swap<T>(list: readonly T[], a: number, b: number): T[] {
  const out = [...list];
  [out[a], out[b]] = [out[b], out[a]];
  return out;
}

export function moveFundLine(state: EditorState, index: number, delta: -1 | 1): EditorState {
  const to = index + delta;
  if (index < 0 || index >= state.doc.fundLines.length || to < 0 || to >= state.doc.fundLines.length) return state;
  return { ...state, doc: { ...state.doc, fundLines: swap(state.doc.fundLines, index, to) } };
}

/** The lines' 合计 against 总投入 (as the form's 「以上 N 项合计」). */
export function fundLinesSummary(doc: Pick<EditorDoc, "fundLines" | "totalAmount">): SumSummary {
  return summarize(doc.fundLines.map((l) => l.amount), doc.totalAmount);
}

// ───────────── 资金来源（中期 / 年度 × 中央 / 省 / 市 / 县区 / 其他） ─────────────

function orderFunding<T extends { horizon: FundingHorizon; level: FundingLevel }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => FUNDING_HORIZONS.indexOf(a.horizon) - FUNDING_HORIZONS.indexOf(b.horizon) || FUNDING_LEVELS.indexOf(a.level) - FUNDING_LEVELS.indexOf(b.level));
}

export function fundingCell(doc: Pick<EditorDoc, "funding">, horizon: FundingHorizon, level: FundingLevel): string {
  return doc.funding.find((f) => f.horizon === horizon && f.level === level)?.amount ?? "";
}

/** Types one cell of the grid; an emptied cell is no longer a source. */
export function setFundingCell(state: EditorState, horizon: FundingHorizon, level: FundingLevel, amount: string): EditorState {
  const others = state.doc.funding.filter((f) => !(f.horizon === horizon && f.level === level));
  const funding = amount === "" ? others : orderFunding([...others, { horizon, level, amount }]);
  return { ...state, doc: { ...state.doc, funding } };
}

/** One row's 合计; the 年度 row is compared with 总投入. */
export function fundingRowSummary(doc: Pick<EditorDoc, "funding" | "totalAmount">, horizon: FundingHorizon): SumSummary {
  return summarize(doc.funding.filter((f) => f.horizon === horizon).map((f) => f.amount), doc.totalAmount);
}

// ───────────── 预算资金（部门整体：人员类 / 运转类 · 公用经费 / 运转类 · 其他运转类 / 特定目标类） ─────────────

export function setCategoryCell(state: EditorState, category: ExpenditureCategory, column: "fiscal" | "other", amount: string): EditorState {
  const rows = state.doc.categoryAmounts.some((c) => c.category === category)
    ? state.doc.categoryAmounts
    : [...state.doc.categoryAmounts, { category, fiscal: "", other: "" }].sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category));
  return { ...state, doc: { ...state.doc, categoryAmounts: rows.map((c) => (c.category === category ? { ...c, [column]: amount } : c)) } };
}

export type CategorySummary = {
  rows: Record<ExpenditureCategory, Fen>;
  fiscal: Fen;
  other: Fen;
  /** 合计 of the table against 年度预算资金总额. */
  all: SumSummary;
};

export function categorySummary(doc: Pick<EditorDoc, "categoryAmounts" | "totalAmount">): CategorySummary {
  const rows = Object.fromEntries(CATEGORY_ORDER.map((c) => {
    const row = doc.categoryAmounts.find((r) => r.category === c);
    return [c, row ? fenOrZero(row.fiscal) + fenOrZero(row.other) : 0];
  })) as Record<ExpenditureCategory, Fen>;
  return {
    rows,
    fiscal: sumFen(doc.categoryAmounts.map((r) => fenOrZero(r.fiscal))),
    other: sumFen(doc.categoryAmounts.map((r) => fenOrZero(r.other))),
    all: summarize(doc.categoryAmounts.flatMap((r) => [r.fiscal, r.other]), doc.totalAmount),
  };
}

// ───────────── 绩效指标 ─────────────

type Grouped = Pick<IndicatorDoc, "kind" | "level1Label" | "dimension" | "level2Label">;

/** Rows are grouped as written: by 一级指标 (its kind and label), then 二级指标 (its dimension and label). */
export const level1Key = (r: Grouped) => `${r.kind}|${r.level1Label.trim()}`;
export const level2Key = (r: Grouped) => `${level1Key(r)}|${r.dimension ?? ""}|${r.level2Label.trim()}`;

const dimensionRank = (d: IndicatorDimension | null) => {
  for (const kind of KIND_ORDER) {
    const i = DIMENSIONS_BY_KIND[kind].indexOf(d as IndicatorDimension);
    if (i >= 0) return i;
  }
  return 99;
};

/**
 * Where a row of the given group goes: after the last row of its 二级 group; else, inside its 一级 group, before the
 * first row of a later 二级指标 (数量 → 质量 → 时效 → 成本 …) or after the group's last row; else before the first
 * row of a later 一级指标 (产出 → 效益 → 满意度), or at the end.
 */
export function insertionIndex(rows: readonly Grouped[], row: Grouped): number {
  const k2 = level2Key(row);
  const last2 = rows.findLastIndex((r) => level2Key(r) === k2);
  if (last2 >= 0) return last2 + 1;
  const k1 = level1Key(row);
  const in1 = rows.map((r, i) => [r, i] as const).filter(([r]) => level1Key(r) === k1);
  if (in1.length > 0) {
    const later = in1.find(([r]) => dimensionRank(r.dimension) > dimensionRank(row.dimension));
    return later ? later[1] : in1[in1.length - 1][1] + 1;
  }
  const laterKind = rows.findIndex((r) => KIND_ORDER.indexOf(r.kind) > KIND_ORDER.indexOf(row.kind));
  return laterKind >= 0 ? laterKind : rows.length;
}

function insertAt<T>(list: readonly T[], index: number, item: T): T[] {
  return [...list.slice(0, index), item, ...list.slice(index)];
}

function withIndicators(state: EditorState, indicators: EditorIndicator[]): EditorState {
  return { ...state, doc: { ...state.doc, indicators } };
}

/** The key the next added row will get (to focus it). */
export const nextKey = (state: EditorState) => `k${state.seq + 1}`;

/**
 * A new row under the given 一级 / 二级指标 (labels as the group writes them, or the standard ones), placed at the
 * end of that group.
 */
export function addIndicator(
  state: EditorState,
  group: { kind: IndicatorKind; dimension: IndicatorDimension | null; level1Label?: string; level2Label?: string },
): EditorState {
  const seq = state.seq + 1;
  const row: EditorIndicator = {
    key: `k${seq}`,
    kind: group.kind,
    level1Label: group.level1Label ?? INDICATOR_KIND_LABELS[group.kind],
    dimension: group.dimension,
    level2Label: group.level2Label ?? (group.dimension ? INDICATOR_DIMENSION_LABELS[group.dimension] : ""),
    name: "", operator: "EQ", annualValue: "", mediumValue: null, unit: null, weight: null,
    attribute: null, scoringRule: null, content: null, basis: null, metricKey: null,
  };
  const rows = state.doc.indicators;
  return { ...withIndicators(state, insertAt(rows, insertionIndex(rows, row), row)), seq };
}

/**
 * A new row of the chosen 一级 / 二级指标, written as the table already writes them: under the existing group of
 * that kind and dimension (its labels, e.g. 项目完成 · 数量指标), else with the kind's label as written and the
 * standard 二级 label, else with the standard labels.
 */
export function addIndicatorOf(state: EditorState, kind: IndicatorKind, dimension: IndicatorDimension | null): EditorState {
  const rows = state.doc.indicators;
  const same = rows.find((r) => r.kind === kind && r.dimension === dimension);
  if (same) return addIndicator(state, { kind, dimension, level1Label: same.level1Label, level2Label: same.level2Label });
  const ofKind = rows.find((r) => r.kind === kind);
  return addIndicator(state, { kind, dimension, level1Label: ofKind?.level1Label });
}

/** Cells typed in place (labels as written, name, values …); the row stays where it is. */
export function updateIndicator(state: EditorState, index: number, patch: Partial<Omit<IndicatorDoc, "id" | "kind" | "dimension">>): EditorState {
  return withIndicators(state, state.doc.indicators.map((r, i) => (i === index ? { ...r, ...patch } : r)));
}

export function removeIndicator(state: EditorState, index: number): EditorState {
  return withIndicators(state, state.doc.indicators.filter((_, i) => i !== index));
}

/** A row moves up or down inside its 二级指标 group (to change group, change its 一级 / 二级指标). */
export function canMoveIndicator(rows: readonly Grouped[], index: number, delta: -1 | 1): boolean {
  const to = index + delta;
  return index >= 0 && index < rows.length && to >= 0 && to < rows.length && level2Key(rows[index]) === level2Key(rows[to]);
}

export function moveIndicator(state: EditorState, index: number, delta: -1 | 1): EditorState {
  if (!canMoveIndicator(state.doc.indicators, index, delta)) return state;
  return withIndicators(state, swap(state.doc.indicators, index, index + delta));
}

/** Does the label as written stand for this kind (or is it empty)? Then it follows the select. */
function level1Follows(label: string, kind: IndicatorKind): boolean {
  return blank(label) || classifyIndicator(label, "")?.kind === kind;
}

function level2Follows(label: string, dimension: IndicatorDimension | null): boolean {
  if (blank(label)) return true;
  if (dimension === null) return false;
  return label.trim() === INDICATOR_DIMENSION_LABELS[dimension] || classifyIndicator(INDICATOR_KIND_LABELS.OUTPUT, label)?.dimension === dimension;
}

/** Takes the row out and puts it back where its (new) group is. */
function regroupRow(state: EditorState, index: number, row: EditorIndicator): EditorState {
  const rest = state.doc.indicators.filter((_, i) => i !== index);
  return withIndicators(state, insertAt(rest, insertionIndex(rest, row), row));
}

/**
 * 一级指标 chosen: a label that named the old kind (or was empty) becomes the new kind's; a 二级指标 that does not
 * belong to the new kind becomes its usual one; the row moves to its new group.
 */
export function setIndicatorKind(state: EditorState, index: number, kind: IndicatorKind): EditorState {
  const row = state.doc.indicators[index];
  if (!row || row.kind === kind) return state;
  const dimension = row.dimension && DIMENSIONS_BY_KIND[kind].includes(row.dimension) ? row.dimension : DEFAULT_DIMENSION[kind];
  const next: EditorIndicator = {
    ...row,
    kind,
    level1Label: level1Follows(row.level1Label, row.kind) ? INDICATOR_KIND_LABELS[kind] : row.level1Label,
    dimension,
    level2Label: dimension !== row.dimension && level2Follows(row.level2Label, row.dimension) ? INDICATOR_DIMENSION_LABELS[dimension] : row.level2Label,
  };
  return regroupRow(state, index, next);
}

/** 二级指标 chosen: a label that named the old one (or was empty) follows; the row moves to its new group. */
export function setIndicatorDimension(state: EditorState, index: number, dimension: IndicatorDimension | null): EditorState {
  const row = state.doc.indicators[index];
  if (!row || row.dimension === dimension) return state;
  const next: EditorIndicator = {
    ...row,
    dimension,
    level2Label: dimension && level2Follows(row.level2Label, row.dimension) ? INDICATOR_DIMENSION_LABELS[dimension] : row.level2Label,
  };
  return regroupRow(state, index, next);
}

/** Gathers scattered rows of one group together (groups in order of first appearance; rows keep their order). */
export function regroupIndicators<T extends Grouped>(rows: readonly T[]): T[] {
  const level1: string[] = [];
  const level2 = new Map<string, string[]>();
  const byLevel2 = new Map<string, T[]>();
  for (const r of rows) {
    const k1 = level1Key(r);
    const k2 = level2Key(r);
    if (!level2.has(k1)) {
      level1.push(k1);
      level2.set(k1, []);
    }
    if (!byLevel2.has(k2)) {
      level2.get(k1)!.push(k2);
      byLevel2.set(k2, []);
    }
    byLevel2.get(k2)!.push(r);
  }
  return level1.flatMap((k1) => level2.get(k1)!.flatMap((k2) => byLevel2.get(k2)!));
}

export function regroup(state: EditorState): EditorState {
  return withIndicators(state, regroupIndicators(state.doc.indicators));
}

export type IndicatorGroup = {
  key: string;
  kind: IndicatorKind;
  level1Label: string;
  sections: { key: string; dimension: IndicatorDimension | null; level2Label: string; indices: number[] }[];
};

/**
 * Consecutive rows of one 一级 / 二级指标, for the table's group headings (a group split in two shows twice). Keys
 * are the group and its occurrence, so moving or adding rows does not remount the other groups.
 */
export function indicatorGroups(rows: readonly Grouped[]): IndicatorGroup[] {
  const groups: IndicatorGroup[] = [];
  const seen = new Map<string, number>();
  const occurrence = (k: string) => {
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    return `${k}#${n}`;
  };
  rows.forEach((r, i) => {
    let g = groups.at(-1);
    if (!g || level1Key(rows[i - 1]) !== level1Key(r)) {
      g = { key: occurrence(level1Key(r)), kind: r.kind, level1Label: r.level1Label, sections: [] };
      groups.push(g);
    }
    let s = g.sections.at(-1);
    if (!s || level2Key(rows[i - 1]) !== level2Key(r)) {
      s = { key: occurrence(level2Key(r)), dimension: r.dimension, level2Label: r.level2Label, indices: [] };
      g.sections.push(s);
    }
    s.indices.push(i);
  });
  return groups;
}

/** Is some group split (its rows not together)? Then 整理分组 gathers them. */
export function groupsAreSplit(rows: readonly Grouped[]): boolean {
  const groups = indicatorGroups(rows);
  const keys = groups.flatMap((g) => g.sections.map((s) => s.key));
  return keys.some((k) => !k.endsWith("#1")) || groups.some((g) => !g.key.endsWith("#1"));
}

// ───────────── Live checks of one indicator row ─────────────

const WEIGHT = /^\d{1,3}(\.\d{1,2})?$/;

/** A quantitative 指标性质 with a value that has no number (what the server refuses), said as it is typed. */
export function indicatorValueProblem(row: Pick<IndicatorDoc, "operator" | "annualValue">): string | null {
  if (row.operator === "QUALITATIVE" || blank(row.annualValue)) return null;
  if (readIndicatorValue(row.annualValue).target !== null) return null;
  return `指标性质为「${INDICATOR_OPERATOR_LABELS[row.operator]}」时，指标值应为数值（如 58、≥95%、170元）；文字描述的指标请选「定性」`;
}

/** The value says another comparison than the row's 指标性质 ("≥95%" on a row marked "="): a hint, not an error. */
export function operatorHint(row: Pick<IndicatorDoc, "operator" | "annualValue">): string | null {
  if (blank(row.annualValue)) return null;
  const read = readIndicatorValue(row.annualValue);
  if (read.target === null || read.operator === "EQ" || read.operator === row.operator) return null;
  return `指标值写的是「${INDICATOR_OPERATOR_LABELS[read.operator]}」，指标性质是「${INDICATOR_OPERATOR_LABELS[row.operator]}」`;
}

export function weightProblem(row: Pick<IndicatorDoc, "weight">): string | null {
  if (blank(row.weight)) return null;
  const w = row.weight!.trim();
  return WEIGHT.test(w) && Number(w) <= 100 ? null : "分值应为 0–100 之间的数，最多两位小数";
}

/** 分值 of all rows that have one (shown under the table: the weights usually add up to 100). */
export function weightTotal(rows: readonly Pick<IndicatorDoc, "weight">[]): { total: string; counted: number } {
  let hundredths = 0;
  let counted = 0;
  for (const r of rows) {
    if (blank(r.weight) || weightProblem(r)) continue;
    const [int, dec = ""] = r.weight!.trim().split(".");
    hundredths += Number(int) * 100 + Number(dec.padEnd(2, "0"));
    counted += 1;
  }
  const dec = String(hundredths % 100).padStart(2, "0").replace(/0+$/, "");
  return { total: `${Math.trunc(hundredths / 100)}${dec ? `.${dec}` : ""}`, counted };
}

// ───────────── Server errors ─────────────

export type FieldErrors = Record<string, string[] | undefined>;

/**
 * The server's errors of one list ("doc.indicators.3.annualValue") by the key of the row that was at that
 * place when it was posted, then by cell. `keys` are the row keys in the order posted.
 */
export function errorsByRow(fieldErrors: FieldErrors, list: "indicators" | "fundLines" | "funding" | "categoryAmounts", keys: readonly string[]): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  const prefix = `doc.${list}.`;
  for (const [path, messages] of Object.entries(fieldErrors)) {
    if (!path.startsWith(prefix) || !messages?.length) continue;
    const [index, ...cell] = path.slice(prefix.length).split(".");
    if (!/^\d+$/.test(index)) continue;
    const key = keys[Number(index)];
    if (key === undefined) continue;
    const row = out.get(key) ?? {};
    row[cell.join(".") || "_"] ??= messages[0];
    out.set(key, row);
  }
  return out;
}

const LIST_LABELS = { fundLines: "资金安排", funding: "资金来源", categoryAmounts: "预算资金（按支出类别）", indicators: "绩效指标" } as const;

/** Where an error path points, in the form's words: "doc.indicators.3.annualValue" → "绩效指标第 4 行 · 指标值". */
export function errorPlace(kind: DeclarationDoc["kind"], path: string): string {
  const parts = path.replace(/^doc\.?/, "").split(".").filter(Boolean);
  if (parts.length === 0 || parts[0] === "_form") return "申报表";
  const [head, index, cell] = parts;
  if (head in LIST_LABELS) {
    const list = LIST_LABELS[head as keyof typeof LIST_LABELS];
    if (index === undefined || !/^\d+$/.test(index)) return list;
    const n = Number(index) + 1;
    const cellLabel = head === "indicators" ? INDICATOR_CELL_LABELS[cell as keyof IndicatorDoc]
      : head === "fundLines" ? FUND_LINE_CELL_LABELS[cell as keyof DeclarationFundLineDoc]
      : head === "funding" ? { horizon: "期限", level: "资金来源", amount: "金额" }[cell ?? ""]
      : { category: "支出类别", fiscal: "财政资金", other: "其他资金" }[cell ?? ""];
    return `${list}第 ${n} ${head === "indicators" || head === "fundLines" ? "行" : "项"}${cellLabel ? ` · ${cellLabel}` : ""}`;
  }
  if (head in DECLARATION_FIELD_LABELS) return fieldLabel(kind, head as keyof typeof DECLARATION_FIELD_LABELS);
  if (head === "kind") return "申报表类型";
  return head;
}

/** A funding cell's key for errorsByRow ("ANNUAL:COUNTY"). */
export const fundingKey = (horizon: FundingHorizon, level: FundingLevel) => `${horizon}:${level}`;
export const fundingCellLabel = (horizon: FundingHorizon, level: FundingLevel) => `${FUNDING_HORIZON_LABELS[horizon]} · ${FUNDING_LEVEL_LABELS[level]}（元）`;
