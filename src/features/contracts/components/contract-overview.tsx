// The contract's 项目概况, the same for the bureau, the street office and the contractor (read-only; the
// bureau's forms are added beside it by its page).
import Link from "next/link";
import type { ReactNode } from "react";
import { Badge, Card, DefinitionList, Multiline } from "@/components/ui/card";
import { formatCalendarDate } from "@/lib/dates";
import { BUYER_KIND_LABELS, CONTRACT_STATUS_LABELS, PROCUREMENT_MODE_LABELS, TRANCHE_GATE_LABELS } from "@/lib/labels";
import { formatPercent, formatWan, formatYuan, percentBasisPoints, type Fen } from "@/lib/money";
import type { ContractStatus } from "@/generated/prisma/enums";
import type { ContractDetail } from "../queries";
import { standingText, trancheName, type TrancheStanding } from "../rules";
import { TARGET_FIELDS } from "../labels";

const STATUS_TONE: Record<ContractStatus, "slate" | "green" | "blue" | "red"> = { DRAFT: "slate", ACTIVE: "green", COMPLETED: "blue", TERMINATED: "red" };

export function ContractStatusBadge({ status }: { status: ContractStatus }) {
  return <Badge tone={STATUS_TONE[status]}>{CONTRACT_STATUS_LABELS[status]}</Badge>;
}

/** "300,000.00 元（30 万元）". */
export function Amount({ fen }: { fen: Fen }) {
  return <span>{formatYuan(fen)} 元<span className="text-slate-500">（{formatWan(fen)} 万元）</span></span>;
}

const STANDING_TONE: Record<TrancheStanding, "slate" | "amber" | "red" | "blue" | "green"> = { NOT_READY: "slate", DUE: "amber", OVERDUE: "red", PARTIAL: "blue", PAID: "green" };

export function TrancheStandingBadge({ standing, due, overdue }: { standing: TrancheStanding; due: Date | null; overdue: boolean }) {
  return <span data-standing={standing}><Badge tone={overdue ? "red" : STANDING_TONE[standing]}>{standingText(standing, due, overdue)}</Badge></span>;
}

export function ContractDetails({ contract }: { contract: ContractDetail }) {
  const date = (d: Date | null) => (d ? formatCalendarDate(d) : null);
  return (
    <DefinitionList
      items={[
        { label: "合同编号", value: <span className="font-mono">{contract.code}</span> },
        { label: "项目名称", value: contract.name },
        { label: "状态", value: <ContractStatusBadge status={contract.status} /> },
        { label: "购买主体", value: contract.buyerKind === "STREET_OFFICE" ? `${contract.buyerStreet?.name ?? ""}（${BUYER_KIND_LABELS.STREET_OFFICE}）` : BUYER_KIND_LABELS.BUREAU },
        { label: "承接机构", value: contract.contractor.name },
        { label: "采购方式", value: PROCUREMENT_MODE_LABELS[contract.procurementMode] },
        {
          label: "服务期限",
          value: (
            <span>
              {formatCalendarDate(contract.startsOn)} 至 {formatCalendarDate(contract.endsOn)}
              {contract.periodWarning && <span className="block text-xs text-amber-700">{contract.periodWarning}</span>}
            </span>
          ),
        },
        { label: "协议生效日期", value: date(contract.signedOn) },
        { label: "项目金额", value: <Amount fen={contract.amount} /> },
        { label: "已拨付", value: <span>{formatYuan(contract.totalPaid)} 元（{formatPercent(percentBasisPoints(contract.totalPaid, contract.amount))}）</span> },
        { label: "选派工作人员", value: `${contract.staffDeployed} 名` },
        { label: "项目督导", value: contract.supervisorName },
        { label: "中期评估通过", value: date(contract.midtermPassedOn) },
        { label: "末期评估通过", value: date(contract.finalPassedOn) },
        { label: "备注", value: <Multiline value={contract.notes} /> },
      ]}
    />
  );
}

export function ContractTargets({ contract }: { contract: ContractDetail }) {
  return (
    <table className="min-w-full text-left" aria-label="服务指标">
      <thead className="bg-slate-50 text-slate-600">
        <tr>{TARGET_FIELDS.map(([, label]) => <th key={label} scope="col" className="px-3 py-2 font-medium">{label}</th>)}</tr>
      </thead>
      <tbody>
        <tr>{TARGET_FIELDS.map(([key]) => <td key={key} className="px-3 py-2">{contract[key]}</td>)}</tr>
      </tbody>
    </table>
  );
}

export function ContractStationList({ contract, stationHref }: { contract: ContractDetail; stationHref?: (id: string) => string }) {
  return (
    <ul className="divide-y divide-slate-100">
      {contract.stations.map((s) => (
        <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
          {stationHref ? <Link href={stationHref(s.id)} className="text-brand-700 hover:underline">{s.name}</Link> : <span>{s.name}</span>}
          <Badge tone="blue">{s.streetOffice.name}</Badge>
        </li>
      ))}
    </ul>
  );
}

/** 拨付计划: each tranche with its condition, due date, standing and payments. */
export function TrancheSchedule({ contract }: { contract: ContractDetail }) {
  const cell = "px-3 py-2 align-top";
  return (
    <div className="space-y-2">
      <div className="overflow-x-auto">
        <table className="min-w-full text-left" data-testid="tranche-schedule">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              {["批次", "拨付条件", "计划金额（元）", "比例", "条件达成日期", "应拨付截止日期", "已拨付（元）", "状态"].map((h) => (
                <th key={h} scope="col" className="whitespace-nowrap px-3 py-2 font-medium">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {contract.tranches.map((t) => (
              <TrancheRows key={t.id} t={t} total={contract.amount} cell={cell} />
            ))}
            <tr className="bg-slate-50 font-medium">
              <td className={cell} colSpan={2}>合计</td>
              <td className={cell}>{formatYuan(contract.scheduleTotal)}</td>
              <td className={cell}>{formatPercent(percentBasisPoints(contract.scheduleTotal, contract.amount))}</td>
              <td className={cell} colSpan={2} />
              <td className={cell}>{formatYuan(contract.totalPaid)}</td>
              <td className={cell} />
            </tr>
          </tbody>
        </table>
      </div>
      {contract.scheduleProblems.length > 0 && (
        <ul className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {contract.scheduleProblems.map((p) => <li key={p.index}>{p.message}</li>)}
        </ul>
      )}
      <p className="text-xs text-slate-500">截止日期按工作日历计算：协议生效、中期评估通过、末期评估通过之日起 10 个工作日内。</p>
    </div>
  );
}

function TrancheRows({ t, total, cell }: { t: ContractDetail["tranches"][number]; total: Fen; cell: string }) {
  const rows: ReactNode[] = [
    <tr key="t" data-tranche={t.seq}>
      <td className={`${cell} whitespace-nowrap font-medium`}>{trancheName(t.seq)}</td>
      <td className={cell}>{TRANCHE_GATE_LABELS[t.gate]}</td>
      <td className={cell}>{formatYuan(t.amount)}</td>
      <td className={cell}>{formatPercent(percentBasisPoints(t.amount, total))}</td>
      <td className={cell}>{t.opened ? formatCalendarDate(t.opened) : <span className="text-slate-400">—</span>}</td>
      <td className={`${cell} ${t.overdue ? "font-medium text-red-700" : ""}`}>{t.due ? formatCalendarDate(t.due) : <span className="text-slate-400">—</span>}</td>
      <td className={cell}>{formatYuan(t.paid)}</td>
      <td className={cell}><TrancheStandingBadge standing={t.standing} due={t.due} overdue={t.overdue} /></td>
    </tr>,
  ];
  for (const p of t.payments) {
    rows.push(
      <tr key={p.id} className="text-xs text-slate-600" data-payment-of={t.seq}>
        <td className={cell} />
        <td className={cell} colSpan={7}>
          拨付 {formatCalendarDate(p.paidOn)} · {formatYuan(p.amount)} 元{p.voucherNo ? ` · 凭证号 ${p.voucherNo}` : ""}{p.note ? ` · ${p.note}` : ""}
        </td>
      </tr>,
    );
  }
  return <>{rows}</>;
}

/** Everything of the overview, in cards. */
export function ContractOverview({ contract, stationHref }: { contract: ContractDetail; stationHref?: (id: string) => string }) {
  return (
    <div className="space-y-4">
      <Card title="项目信息"><ContractDetails contract={contract} /></Card>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="服务指标"><div className="overflow-x-auto"><ContractTargets contract={contract} /></div></Card>
        <Card title="服务站点"><ContractStationList contract={contract} stationHref={stationHref} /></Card>
      </div>
      <Card title="拨付计划"><TrancheSchedule contract={contract} /></Card>
    </div>
  );
}
