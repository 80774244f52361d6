// What changed between two versions of a declaration (two submissions, or the last submission and the draft):
// the fields, the 资金安排 lines, the funding tables and, row by row, the indicators — rows followed by their
// id, so a moved row is not "changed" and an edited cell is named. Pure; plain objects, so it crosses from
// server to client components.
import { DECLARATION_TEXT_FIELDS, type DeclarationDoc, type IndicatorDoc } from "./doc";

export const INDICATOR_CELLS = [
  "kind", "level1Label", "dimension", "level2Label", "name", "operator", "annualValue", "mediumValue", "unit", "weight", "attribute", "scoringRule", "content", "basis", "metricKey",
] as const satisfies readonly (keyof IndicatorDoc)[];
export type IndicatorCell = (typeof INDICATOR_CELLS)[number];

export type IndicatorChange = { status: "added" } | { status: "changed"; cells: IndicatorCell[] };

export type DeclarationChanges = {
  /** Top-level fields whose value differs ("name", "totalAmount", "category", "filledOn", text fields). */
  fields: string[];
  /** 1-based positions of 资金安排 lines that are new or differ from the line at that position before. */
  fundLines: number[];
  /** Lines the older version had beyond the newer one's length. */
  removedFundLines: DeclarationDoc["fundLines"];
  funding: boolean;
  categoryAmounts: boolean;
  /** By indicator id (rows without an id: "#<position>"). Unchanged rows are absent. */
  indicators: Record<string, IndicatorChange>;
  /** Rows of the older version the newer one no longer has. */
  removedIndicators: IndicatorDoc[];
  /** Nothing differs. */
  none: boolean;
};

const rowKey = (r: IndicatorDoc, i: number) => r.id ?? `#${i + 1}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function diffDeclarations(before: DeclarationDoc, after: DeclarationDoc): DeclarationChanges {
  const fields = (["name", "totalAmount", "category", "filledOn", "year", ...DECLARATION_TEXT_FIELDS] as const)
    .filter((f, i, all) => all.indexOf(f) === i && (before[f] ?? null) !== (after[f] ?? null));
  const fundLines = after.fundLines.flatMap((l, i) => (same(l, before.fundLines[i]) ? [] : [i + 1]));
  const removedFundLines = before.fundLines.slice(after.fundLines.length);
  const sortFunding = (d: DeclarationDoc) => [...d.funding].sort((a, b) => `${a.horizon}${a.level}`.localeCompare(`${b.horizon}${b.level}`));
  const sortCategories = (d: DeclarationDoc) => [...d.categoryAmounts].sort((a, b) => a.category.localeCompare(b.category));

  const old = new Map(before.indicators.map((r, i) => [rowKey(r, i), r]));
  const indicators: Record<string, IndicatorChange> = {};
  after.indicators.forEach((r, i) => {
    const key = rowKey(r, i);
    const prev = old.get(key);
    if (!prev) {
      indicators[key] = { status: "added" };
      return;
    }
    const cells = INDICATOR_CELLS.filter((c) => (prev[c] ?? null) !== (r[c] ?? null));
    if (cells.length) indicators[key] = { status: "changed", cells };
  });
  const kept = new Set(after.indicators.map(rowKey));
  const removedIndicators = before.indicators.filter((r, i) => !kept.has(rowKey(r, i)));

  const changes = {
    fields, fundLines, removedFundLines,
    funding: !same(sortFunding(before), sortFunding(after)),
    categoryAmounts: !same(sortCategories(before), sortCategories(after)),
    indicators, removedIndicators,
  };
  const none = !fields.length && !fundLines.length && !removedFundLines.length && !changes.funding && !changes.categoryAmounts
    && !Object.keys(indicators).length && !removedIndicators.length;
  return { ...changes, none };
}
