// The sums a 绩效目标申报表 must satisfy, said where they do not (issue 5): the 资金安排 lines add up to the total;
// the year's funding by government level adds up to the total; a department-wide declaration's amounts by
// expenditure category add up to its total, and its projects do not exceed it; a project has indicators of
// each level. Pure: the editor shows the findings as one types, the submission refuses hard ones, the views
// flag them on documents already filed (seed 000's lines add up to 700000 元 against a total of 800000).
import { EXPENDITURE_CATEGORY_LABELS, INDICATOR_KIND_LABELS } from "@/lib/labels";
import { formatYuan, parseYuan, sumFen, type Fen } from "@/lib/money";
import type { DeclarationDoc } from "./doc";

export type DeclarationFinding = {
  /** The field path the finding concerns ("fundLines", "funding", "categoryAmounts", "indicators", "totalAmount"). */
  field: string;
  message: string;
  /** hard: cannot be submitted; warning: shown, may be submitted. */
  severity: "hard" | "warning";
};

const fen = (text: string): Fen => parseYuan(text) ?? 0;

function mismatch(what: string, sum: Fen, total: Fen, totalLabel: string): string {
  const diff = sum - total;
  return `${what}合计 ${formatYuan(sum)} 元，与${totalLabel} ${formatYuan(total)} 元不符，${diff > 0 ? "多" : "少"} ${formatYuan(Math.abs(diff))} 元`;
}

export function checkDeclaration(doc: DeclarationDoc, projects: readonly Pick<DeclarationDoc, "name" | "totalAmount" | "category">[] = []): DeclarationFinding[] {
  const findings: DeclarationFinding[] = [];
  const total = fen(doc.totalAmount);
  const totalLabel = doc.kind === "DEPARTMENT" ? "年度预算资金总额" : "总投入";
  if (total <= 0) findings.push({ field: "totalAmount", severity: "hard", message: `请填写${totalLabel}` });

  if (doc.fundLines.length > 0) {
    const sum = sumFen(doc.fundLines.map((l) => fen(l.amount)));
    if (sum !== total) findings.push({ field: "fundLines", severity: "hard", message: mismatch("资金安排各项", sum, total, totalLabel) });
  } else if (doc.kind === "PROJECT" && !doc.funding.some((f) => f.horizon === "ANNUAL")) {
    // A project table under a department-wide declaration (seed 003) states its funding, not 资金安排 lines.
    findings.push({ field: "fundLines", severity: "warning", message: "未填写资金安排情况" });
  }

  const annual = doc.funding.filter((f) => f.horizon === "ANNUAL");
  if (annual.length > 0) {
    const sum = sumFen(annual.map((f) => fen(f.amount)));
    if (sum !== total) findings.push({ field: "funding", severity: "hard", message: mismatch("年度资金来源", sum, total, totalLabel) });
  }
  const medium = doc.funding.filter((f) => f.horizon === "MEDIUM");
  if (medium.length > 0 && annual.length > 0) {
    const m = sumFen(medium.map((f) => fen(f.amount)));
    if (m < total) findings.push({ field: "funding", severity: "warning", message: `中期资金来源合计 ${formatYuan(m)} 元，少于本年度的 ${formatYuan(total)} 元` });
  }

  if (doc.kind === "DEPARTMENT") {
    if (doc.categoryAmounts.length > 0) {
      const sum = sumFen(doc.categoryAmounts.map((c) => fen(c.fiscal) + fen(c.other)));
      if (sum !== total) findings.push({ field: "categoryAmounts", severity: "hard", message: mismatch("人员类、运转类、特定目标类", sum, total, totalLabel) });
      // The projects of a category cannot need more than the category has.
      for (const c of doc.categoryAmounts) {
        const mine = projects.filter((p) => p.category === c.category);
        const need = sumFen(mine.map((p) => fen(p.totalAmount)));
        const has = fen(c.fiscal) + fen(c.other);
        if (mine.length > 0 && need > has) {
          findings.push({ field: "categoryAmounts", severity: "warning", message: `${EXPENDITURE_CATEGORY_LABELS[c.category]}项目合计 ${formatYuan(need)} 元，超过该类预算资金 ${formatYuan(has)} 元` });
        }
      }
    } else {
      findings.push({ field: "categoryAmounts", severity: "hard", message: "请按人员类、运转类（公用经费、其他运转类）、特定目标类分列预算资金" });
    }
    const projectSum = sumFen(projects.map((p) => fen(p.totalAmount)));
    if (projectSum > total) findings.push({ field: "totalAmount", severity: "warning", message: `下属项目合计 ${formatYuan(projectSum)} 元，超过${totalLabel} ${formatYuan(total)} 元` });
  }

  if (doc.indicators.length === 0) {
    findings.push({ field: "indicators", severity: "hard", message: "请填写绩效指标" });
  } else if (doc.kind === "PROJECT") {
    for (const kind of ["OUTPUT", "BENEFIT", "SATISFACTION"] as const) {
      if (!doc.indicators.some((i) => i.kind === kind)) findings.push({ field: "indicators", severity: "warning", message: `没有${INDICATOR_KIND_LABELS[kind]}` });
    }
  }
  return findings;
}

export const hardFindings = (findings: readonly DeclarationFinding[]) => findings.filter((f) => f.severity === "hard");
