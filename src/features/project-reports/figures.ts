// The numbers a 中期报告 / 结项报告书 takes from the records, never typed: fund use per budget line and per
// section of the 申报书 (from the ledger), service numbers against the contract's targets (from the stations'
// records), and the contract's own facts. Drafted live while the report is editable and frozen into
// `project_report.figures` on submission (drafting.ts). Pure: money in integer 分, rates in basis points.
import { byCode, CATEGORY_ORDER, CODE_LETTER, SECTION_OF } from "@/features/budgets/lines";
import type { BudgetCategory } from "@/generated/prisma/enums";
import { cnCalendarDate } from "@/features/print/layout";
import { parseCalendarDate } from "@/lib/dates";
import { percentBasisPoints, sumFen, type Fen } from "@/lib/money";
import type { ServiceCounts } from "@/features/service-counts/counts";

export type FundLine = { code: string; name: string; category: BudgetCategory; budget: Fen; spent: Fen; variance: Fen };

/** A section of the 申报书's budget (A 社会服务支出 … F 其他费用) with its lines. */
export type FundSection = { letter: string; title: string; budget: Fen; spent: Fen; variance: Fen; rate: number | null; lines: FundLine[] };

export type TargetKey = "cases" | "groups" | "activities" | "visits" | "personTimes" | "beneficiaries";

export type TargetFigure = {
  key: TargetKey;
  label: string;
  unit: string;
  /** 合同服务指标 */
  target: number;
  /** What the records show; null where the platform keeps no such records yet (小组、社区活动). */
  actual: number | null;
  /** actual / target in basis points. */
  rate: number | null;
};

export type ReportFigures = {
  /** The report date: spending and records up to and including this day (YYYY-MM-DD). */
  asOf: string;
  contract: {
    code: string;
    name: string;
    contractorName: string;
    stationNames: string[];
    region: string;
    startsOn: string;
    endsOn: string;
    amount: Fen;
  };
  funds: {
    budgetVersion: number | null;
    sections: FundSection[];
    byCategory: { category: BudgetCategory; budget: Fen; spent: Fen }[];
    total: { budget: Fen; spent: Fen; variance: Fen; rate: number | null };
    /** 实际使用总额占项目资金总额（合同金额）的比例. */
    shareOfAmount: number | null;
  };
  service: {
    from: string;
    to: string;
    counts: ServiceCounts;
    peopleServed: number;
    personTimes: number;
    targets: TargetFigure[];
    /** 项目服务实施情况 (1)–(4). */
    beneficiaries: { planned: number; midtermPlanned: number; midtermActual: number | null; midtermRate: number | null };
  };
};


/** Lines grouped into the budget's sections, in the 申报书's order, each with its totals. */
export function fundSections(lines: readonly FundLine[]): FundSection[] {
  const sections = new Map<string, FundSection>();
  for (const category of CATEGORY_ORDER) {
    const letter = CODE_LETTER[category];
    if (!sections.has(letter)) sections.set(letter, { letter, title: SECTION_OF[category], budget: 0, spent: 0, variance: 0, rate: null, lines: [] });
  }
  for (const line of lines) sections.get(CODE_LETTER[line.category])!.lines.push(line);
  return [...sections.values()]
    .filter((s) => s.lines.length > 0)
    .map((s) => {
      const budget = sumFen(s.lines.map((l) => l.budget));
      const spent = sumFen(s.lines.map((l) => l.spent));
      return { ...s, lines: [...s.lines].sort(byCode), budget, spent, variance: budget - spent, rate: percentBasisPoints(spent, budget) };
    });
}

/** Lines whose spending exceeds their budget: the report has to explain them (差异说明). */
export const overspentLines = (figures: ReportFigures) => figures.funds.sections.flatMap((s) => s.lines).filter((l) => l.variance < 0);

/** 2026年1月1日 from a figure's YYYY-MM-DD (the paper form's cnCalendarDate); "" when absent. */
export function cnDayText(day: string | null | undefined): string {
  return day ? cnCalendarDate(parseCalendarDate(day)) : "";
}

export const periodText = (from: string, to: string) => `${cnDayText(from)}至${cnDayText(to)}`;
