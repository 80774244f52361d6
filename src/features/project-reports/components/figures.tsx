// The report's figures on screen, read-only: the contract's facts, fund use per budget line and section
// (from the ledger), service numbers against the contract's targets (from the records). The mid-term fund
// table takes the 差异说明 inputs while the report is editable.
import { DefinitionList } from "@/components/ui/card";
import { formatPercent, formatWan, formatYuan } from "@/lib/money";
import { wholeMonths } from "@/lib/dates";
import { cnDayText, periodText, type ReportFigures } from "../figures";
import { CellInput } from "./rows-editor";

const money = "whitespace-nowrap px-3 py-1.5 text-right tabular-nums";
const th = "px-3 py-1.5 font-medium";

/** Where the figures come from and as of when. */
export function FiguresSource({ figures, live }: { figures: ReportFigures; live: boolean }) {
  return (
    <p className="text-xs text-slate-500" data-testid="figures-source">
      {live ? "以下数据由系统根据支出台账和服务记录自动生成（实时），提交时固定。" : "以下数据为提交时固定的数据。"}
      统计截至 {cnDayText(figures.asOf)}。
    </p>
  );
}

export function ContractFacts({ figures, kind }: { figures: ReportFigures; kind: "MIDTERM" | "FINAL" }) {
  const c = figures.contract;
  const items = kind === "MIDTERM"
    ? [
        { label: "项目名称", value: c.name },
        { label: "单位名称", value: c.contractorName },
        { label: "社工站名称", value: c.stationNames.join("、") },
        { label: "项目周期", value: `${wholeMonths(c.startsOn, c.endsOn)}个月` },
        { label: "实施周期", value: `${periodText(c.startsOn, figures.asOf)}（截止到提交报告）` },
        { label: "项目金额", value: `${formatWan(c.amount)} 万元` },
        { label: "项目时间", value: periodText(c.startsOn, c.endsOn) },
      ]
    : [
        { label: "项目名称", value: c.name },
        { label: "社工站名称", value: c.stationNames.join("、") },
        { label: "项目执行单位", value: c.contractorName },
        { label: "项目总金额", value: `${formatWan(c.amount)} 万元` },
        { label: "起止时间", value: periodText(c.startsOn, c.endsOn) },
      ];
  return <DefinitionList items={items} />;
}

export function FundUseSummary({ figures }: { figures: ReportFigures }) {
  return (
    <p className="text-sm" data-testid="fund-use-summary">
      1、项目资金实际使用总额：<span className="font-medium tabular-nums">{formatYuan(figures.funds.total.spent)}</span> 元；占项目资金总额的{" "}
      <span className="font-medium tabular-nums">{formatPercent(figures.funds.shareOfAmount)}</span>。
    </p>
  );
}

/** 2、资金使用报告: 序号 / 费用支出项目 / 预算金额 / 实际支出金额 / 差异额 / 差异说明, sections A … F with their lines, 合计. */
export function FundUseTable({ figures, notes, editable }: { figures: ReportFigures; notes: Record<string, string>; editable: boolean }) {
  const { funds } = figures;
  if (funds.sections.length === 0) return <p className="text-sm text-amber-800">项目经费预算尚未审核通过，暂无资金使用报告。</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" aria-label="资金使用报告" data-testid="fund-use-table">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className={th}>序号</th>
            <th className={th}>费用支出项目</th>
            <th className={`${th} text-right`}>预算金额（元）</th>
            <th className={`${th} text-right`}>实际支出金额（元）</th>
            <th className={`${th} text-right`}>差异额（元）</th>
            <th className={th}>差异说明</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {funds.sections.flatMap((s) => [
            <tr key={s.letter} className="bg-slate-50/60 font-medium" data-testid={`fund-section-${s.letter}`}>
              <td className="px-3 py-1.5 font-mono">{s.letter}</td>
              <td className="px-3 py-1.5">{s.title}</td>
              <td className={money}>{formatYuan(s.budget)}</td>
              <td className={money}>{formatYuan(s.spent)}</td>
              <td className={`${money} ${s.variance < 0 ? "text-red-700" : ""}`}>{formatYuan(s.variance)}</td>
              <td />
            </tr>,
            ...s.lines.map((l) => (
              <tr key={l.code} data-testid={`fund-line-${l.code}`}>
                <td className="px-3 py-1.5 font-mono">{l.code}</td>
                <td className="px-3 py-1.5">{l.name}</td>
                <td className={money}>{formatYuan(l.budget)}</td>
                <td className={money} data-testid="spent">{formatYuan(l.spent)}</td>
                <td className={`${money} ${l.variance < 0 ? "text-red-700" : ""}`}>{formatYuan(l.variance)}</td>
                <td className="min-w-48 px-2 py-1">
                  {editable
                    ? <CellInput name={`fundNotes.${l.code}`} label={`差异说明（${l.code} ${l.name}）`} defaultValue={notes[l.code]} />
                    : <span className="whitespace-pre-wrap">{notes[l.code] ?? ""}</span>}
                  {l.variance < 0 && editable && <p className="mt-0.5 text-xs text-red-700">超出预算，提交前须说明</p>}
                </td>
              </tr>
            )),
          ])}
        </tbody>
        <tfoot className="border-t border-slate-200 font-medium">
          <tr data-testid="fund-total">
            <td className="px-3 py-1.5" colSpan={2}>合计</td>
            <td className={money}>{formatYuan(funds.total.budget)}</td>
            <td className={money} data-testid="spent">{formatYuan(funds.total.spent)}</td>
            <td className={`${money} ${funds.total.variance < 0 ? "text-red-700" : ""}`}>{formatYuan(funds.total.variance)}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <p className="mt-1 text-xs text-slate-500">
        {funds.budgetVersion ? `预算金额为现行预算（第 ${funds.budgetVersion} 版）；` : ""}实际支出取自支出台账（含待补材料的支出）；差异额 = 预算金额 − 实际支出金额。
      </p>
    </div>
  );
}

/** 结项报告书 三、项目资金支出情况: per section of the budget, amount spent and its share of the section's budget, 合计. */
export function FundSectionsTable({ figures }: { figures: ReportFigures }) {
  const { funds } = figures;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" aria-label="项目资金支出情况" data-testid="fund-sections-table">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className={th}>支出明细（合计）</th>
            <th className={`${th} text-right`}>预算金额（元）</th>
            <th className={`${th} text-right`}>金额（元）</th>
            <th className={`${th} text-right`}>支出完成进度比（%）</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {funds.sections.map((s) => (
            <tr key={s.letter}>
              <td className="px-3 py-1.5">{s.title}</td>
              <td className={money}>{formatYuan(s.budget)}</td>
              <td className={money}>{formatYuan(s.spent)}</td>
              <td className={money}>{formatPercent(s.rate)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t border-slate-200 font-medium">
          <tr data-testid="fund-total">
            <td className="px-3 py-1.5">合 计</td>
            <td className={money}>{formatYuan(funds.total.budget)}</td>
            <td className={money}>{formatYuan(funds.total.spent)}</td>
            <td className={money}>{formatPercent(funds.total.rate)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** 服务指标: the contract's targets, what the records show, the completion ratio. */
export function ServiceTargetsTable({ figures, midterm }: { figures: ReportFigures; midterm: boolean }) {
  const { service } = figures;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-left text-sm" aria-label="服务指标完成情况" data-testid="service-targets">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th className={th}>服务指标</th>
            <th className={`${th} text-right`}>合同目标</th>
            {midterm && <th className={`${th} text-right`}>中期目标</th>}
            <th className={`${th} text-right`}>实际完成</th>
            <th className={`${th} text-right`}>完成比例</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {service.targets.map((t) => (
            <tr key={t.key} data-testid={`target-${t.key}`}>
              <td className="px-3 py-1.5">{t.label}（{t.unit}）</td>
              <td className={money}>{t.target}</td>
              {midterm && <td className={money}>{t.key === "beneficiaries" ? service.beneficiaries.midtermPlanned : ""}</td>}
              <td className={money} data-testid="actual">{t.actual === null ? <span className="text-xs text-slate-400">平台暂无记录</span> : t.actual}</td>
              <td className={money}>{t.actual === null ? "" : formatPercent(t.rate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-1 text-xs text-slate-500">
        取自本项目社工站的服务记录（{cnDayText(service.from)}至{cnDayText(service.to)}）：新开个案 {service.counts.newCases}，个案服务 {service.counts.caseSessions} 次，
        探访 {service.counts.visits} 次 {service.counts.householdsVisited} 户，来访接待 {service.counts.receptions} 次 {service.counts.receptionVisitors} 人；
        服务人数 {service.peopleServed} 人，服务人次 {service.personTimes} 人次。
      </p>
    </div>
  );
}

/** 项目服务实施情况 (1)–(4). */
export function BeneficiaryFigures({ figures }: { figures: ReportFigures }) {
  const b = figures.service.beneficiaries;
  return (
    <ol className="space-y-1 text-sm" data-testid="beneficiary-figures">
      <li>（1）项目总预计服务人数 <span className="tabular-nums font-medium">{b.planned}</span> 人</li>
      <li>（2）项目中期预计服务人数 <span className="tabular-nums font-medium">{b.midtermPlanned}</span> 人</li>
      <li>（3）项目中期实际服务人数 <span className="tabular-nums font-medium">{b.midtermActual ?? "—"}</span> 人{b.midtermActual === null && <span className="text-xs text-slate-500">（中期报告提交后取其服务人数）</span>}</li>
      <li>（4）项目中期实际完成比例 <span className="tabular-nums font-medium">{formatPercent(b.midtermRate)}</span> <span className="text-xs text-slate-500">【计算结果 = 第（3）项 / 第（2）项】</span></li>
    </ol>
  );
}
