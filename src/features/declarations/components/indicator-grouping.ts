// How the 绩效指标 table of a declaration is laid out (seeds 000–003): which columns it has, and which 一级 /
// 二级指标 cells are merged over the rows below them (rowSpan), as the forms print them. Pure: the page view,
// the print view and the tests share it.
import type { IndicatorDoc } from "../doc";

export type IndicatorColumns = {
  /** 中期 and 年度 (二级指标 / 三级指标 / 指标值) side by side, as the 2020 tables (000, 001) print them. */
  medium: boolean;
  /** The 2026 table's columns (002): 指标性质, 度量单位, 指标属性, 评（扣）分标准, 指标内容, 设定依据及数据来源. */
  detail: boolean;
  /** A 三级指标 column (the department-wide table of 003 has none: 一级 / 二级 / 指标值). */
  name: boolean;
  /** A weight column (not on the seeds; shown only when some row has one). */
  weight: boolean;
};

type Row = Pick<IndicatorDoc, "level1Label" | "level2Label" | "name" | "mediumValue" | "attribute" | "scoringRule" | "content" | "basis" | "weight">;

const filled = (s: string | null | undefined) => !!s && s.trim() !== "";

export function indicatorColumns(rows: readonly Row[]): IndicatorColumns {
  const medium = rows.some((r) => filled(r.mediumValue));
  // In a 2020-style table (with 中期 values) `content` holds the 中期 三级指标 where it differs from the 年度 one
  // (001's 社区干部培训1年2期): that alone does not make it a 2026 table.
  const detail = rows.some((r) => filled(r.attribute) || filled(r.scoringRule) || filled(r.basis)) || (!medium && rows.some((r) => filled(r.content)));
  return { medium, detail, name: rows.length === 0 || rows.some((r) => filled(r.name)), weight: rows.some((r) => filled(r.weight)) };
}

/** The 中期 三级指标 of a row in a 2020-style table (its own name, or the differing one kept in `content`). */
export function mediumName(row: Pick<IndicatorDoc, "name" | "content">, columns: IndicatorColumns): string {
  return !columns.detail && filled(row.content) ? row.content! : row.name;
}

export type GroupedIndicator<T> = {
  row: T;
  /** Position in the declaration (0-based). */
  index: number;
  /** Rows the 一级指标 cell spans from this row; 0 when this row is covered by the cell of a row above. */
  level1Span: number;
  /** Rows the 二级指标 cell spans from this row (never beyond its 一级 group); 0 when covered. */
  level2Span: number;
};

const same = (a: string, b: string) => a.trim() === b.trim();

/**
 * The rows in order with their merged cells: consecutive rows with the same 一级指标 share one cell, and within it
 * consecutive rows with the same 二级指标 share one. A label that comes back after another starts a new cell, as
 * on paper.
 */
export function groupIndicators<T extends Pick<IndicatorDoc, "level1Label" | "level2Label">>(rows: readonly T[]): GroupedIndicator<T>[] {
  const out: GroupedIndicator<T>[] = rows.map((row, index) => ({ row, index, level1Span: 0, level2Span: 0 }));
  let i = 0;
  while (i < rows.length) {
    let end = i + 1;
    while (end < rows.length && same(rows[end].level1Label, rows[i].level1Label)) end++;
    out[i].level1Span = end - i;
    let j = i;
    while (j < end) {
      let k = j + 1;
      while (k < end && same(rows[k].level2Label, rows[j].level2Label)) k++;
      out[j].level2Span = k - j;
      j = k;
    }
    i = end;
  }
  return out;
}

export type IndicatorLayout = "plain" | "medium" | "detail";

/** Which of the three table shapes: 2026 columns (002), 中期 beside 年度 (000/001), or 一级 / 二级 / (三级) / 指标值 (003). */
export function indicatorLayout(columns: IndicatorColumns): IndicatorLayout {
  return columns.detail ? "detail" : columns.medium ? "medium" : "plain";
}

/**
 * Relative column widths of the indicator table, left to right as drawn (plain and medium start with the
 * vertical 绩效指标 cell): the same on screen and on paper.
 */
export function indicatorWidths(columns: IndicatorColumns): number[] {
  const n = columns.name;
  const w = columns.weight ? [5] : [];
  switch (indicatorLayout(columns)) {
    case "plain": return [4, 12, 14, ...(n ? [28] : []), n ? 42 : 70, ...w];
    case "medium": return [4, 8, ...[0, 1].flatMap(() => [9, ...(n ? [15] : []), n ? 10 : 25]), ...w];
    case "detail": return [7, 7, ...(n ? [11] : []), 5, ...(columns.medium ? [7] : []), 7, 5, 5, ...w, 10, 15, 15];
  }
}
