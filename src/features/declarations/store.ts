// A declaration's rows ⇄ its document (doc.ts). Reading builds the document the views, snapshots and exports
// use; writing replaces the draft's content with a validated document in the caller's transaction, keeping the
// id of every indicator row the document still names (so comments and the comparison follow the row). No
// server-only import: the demo seed writes its documents through it too.
import type { Prisma } from "@/generated/prisma/client";
import { formatCalendarDate, parseCalendarDate } from "@/lib/dates";
import { toDecimalString, toFen } from "@/lib/money";
import type { Tx } from "@/server/db";
import { DECLARATION_TEXT_FIELDS, type DeclarationDoc } from "./doc";
import { indicatorTarget } from "./values";

const FUNDING_ORDER = ["CENTRAL", "PROVINCIAL", "CITY", "COUNTY", "OTHER"] as const;
const CATEGORY_ORDER = ["PERSONNEL", "OPERATING_PUBLIC", "OPERATING_OTHER", "SPECIFIC"] as const;

const money = (v: Prisma.Decimal) => toDecimalString(toFen(v));

export const DOC_SELECT = {
  kind: true, year: true, category: true, totalAmount: true, filledOn: true,
  ...Object.fromEntries(DECLARATION_TEXT_FIELDS.map((f) => [f, true])) as Record<(typeof DECLARATION_TEXT_FIELDS)[number], true>,
  fundLines: { orderBy: { seq: "asc" }, select: { name: true, amount: true, plan: true } },
  funding: { select: { horizon: true, level: true, amount: true } },
  categoryAmounts: { select: { category: true, fiscal: true, other: true } },
  indicators: {
    orderBy: { seq: "asc" },
    select: {
      id: true, kind: true, level1Label: true, dimension: true, level2Label: true, name: true, operator: true, annualValue: true, mediumValue: true,
      unit: true, weight: true, attribute: true, scoringRule: true, content: true, basis: true, metricKey: true,
    },
  },
} satisfies Prisma.PerformanceDeclarationSelect;

type DocRow = Prisma.PerformanceDeclarationGetPayload<{ select: typeof DOC_SELECT }>;

export function rowToDoc(row: DocRow): DeclarationDoc {
  const text = Object.fromEntries(DECLARATION_TEXT_FIELDS.map((f) => [f, row[f]])) as Record<(typeof DECLARATION_TEXT_FIELDS)[number], string | null>;
  return {
    ...text,
    kind: row.kind, year: row.year, category: row.category, totalAmount: money(row.totalAmount), filledOn: row.filledOn ? formatCalendarDate(row.filledOn) : null,
    fundLines: row.fundLines.map((l) => ({ name: l.name, amount: money(l.amount), plan: l.plan })),
    funding: [...row.funding]
      .sort((a, b) => a.horizon.localeCompare(b.horizon) * -1 || FUNDING_ORDER.indexOf(a.level) - FUNDING_ORDER.indexOf(b.level))
      .map((f) => ({ horizon: f.horizon, level: f.level, amount: money(f.amount) })),
    categoryAmounts: [...row.categoryAmounts]
      .sort((a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category))
      .map((c) => ({ category: c.category, fiscal: money(c.fiscal), other: money(c.other) })),
    indicators: row.indicators.map((i) => ({ ...i, weight: i.weight === null ? null : i.weight.toFixed(2).replace(/\.?0+$/, "") })),
  };
}

/** The document of one declaration (no scope check: the caller has loaded it through scope.declarations). */
export async function loadDeclarationDoc(tx: Tx, id: string): Promise<DeclarationDoc | null> {
  const row = await tx.performanceDeclaration.findUnique({ where: { id }, select: DOC_SELECT });
  return row ? rowToDoc(row) : null;
}

/**
 * Replaces the content of declaration `id` with `doc` (kind and year stay as they are). Indicator rows whose id
 * the document carries and that belong to this declaration are updated in place; others are created; rows the
 * document no longer has are deleted.
 */
export async function writeDeclarationDoc(tx: Tx, id: string, doc: DeclarationDoc): Promise<void> {
  const text = Object.fromEntries(DECLARATION_TEXT_FIELDS.map((f) => [f, doc[f]]));
  await tx.performanceDeclaration.update({
    where: { id },
    data: { ...text, name: doc.name ?? "", category: doc.category, totalAmount: doc.totalAmount, filledOn: doc.filledOn ? parseCalendarDate(doc.filledOn) : null },
  });
  await tx.declarationFundLine.deleteMany({ where: { declarationId: id } });
  if (doc.fundLines.length) {
    await tx.declarationFundLine.createMany({ data: doc.fundLines.map((l, i) => ({ declarationId: id, seq: i + 1, name: l.name, amount: l.amount, plan: l.plan })) });
  }
  await tx.declarationFunding.deleteMany({ where: { declarationId: id } });
  if (doc.funding.length) await tx.declarationFunding.createMany({ data: doc.funding.map((f) => ({ declarationId: id, ...f })) });
  await tx.declarationCategoryAmount.deleteMany({ where: { declarationId: id } });
  if (doc.categoryAmounts.length) await tx.declarationCategoryAmount.createMany({ data: doc.categoryAmounts.map((c) => ({ declarationId: id, ...c })) });

  const existing = new Set((await tx.performanceIndicator.findMany({ where: { declarationId: id }, select: { id: true } })).map((r) => r.id));
  const kept = new Set(doc.indicators.map((r) => r.id).filter((x): x is string => !!x && existing.has(x)));
  await tx.performanceIndicator.deleteMany({ where: { declarationId: id, id: { notIn: [...kept] } } });
  // Free the seq numbers first: rows keep their ids but may move.
  await tx.performanceIndicator.updateMany({ where: { declarationId: id }, data: { seq: { increment: 100_000 } } });
  for (const [i, r] of doc.indicators.entries()) {
    const data = {
      seq: i + 1, kind: r.kind, level1Label: r.level1Label, dimension: r.dimension, level2Label: r.level2Label, name: r.name, operator: r.operator,
      annualValue: r.annualValue, mediumValue: r.mediumValue, target: indicatorTarget(r.operator, r.annualValue), unit: r.unit, weight: r.weight,
      attribute: r.attribute, scoringRule: r.scoringRule, content: r.content, basis: r.basis, metricKey: r.metricKey,
    };
    if (r.id && kept.has(r.id)) await tx.performanceIndicator.update({ where: { id: r.id }, data });
    else await tx.performanceIndicator.create({ data: { ...data, declarationId: id } });
  }
}
