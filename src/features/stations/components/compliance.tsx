import Link from "next/link";
import { Check, X } from "lucide-react";
import { Badge } from "@/components/ui/card";
import { CHECK_LABELS, type CheckKey, type StaffingCheck, type StaffingResult } from "../rules";
import type { StationCompliance } from "../queries";

const CHECK_KEYS = Object.keys(CHECK_LABELS) as CheckKey[];

export function ComplianceBadge({ staffing }: { staffing: StaffingResult }) {
  if (!staffing.applicable) return <Badge>不适用</Badge>;
  return staffing.pass ? <Badge tone="green">达标</Badge> : <Badge tone="red">不达标</Badge>;
}

function Mark({ pass }: { pass: boolean }) {
  return pass ? (
    <Check aria-label="达标" className="h-4 w-4 shrink-0 text-green-600" />
  ) : (
    <X aria-label="不达标" className="h-4 w-4 shrink-0 text-red-600" />
  );
}

/** One station's staffing standard as pass/fail rows with the reason of each failure. */
export function StaffingChecks({ staffing }: { staffing: StaffingResult }) {
  if (!staffing.applicable) {
    const c = staffing.counts;
    return (
      <div className="space-y-2">
        <p className="text-slate-500">{staffing.note}。</p>
        <p>站长 {c.heads} 名 · 副站长 {c.deputies} 名 · 驻站社工 {c.staff} 名 · 志愿者 {c.activeVolunteers} 名</p>
      </div>
    );
  }
  return (
    <table className="min-w-full text-left" data-testid="staffing-checks">
      <thead className="text-slate-500">
        <tr><th className="py-1 pr-3 font-medium">项目</th><th className="py-1 pr-3 font-medium">标准</th><th className="py-1 pr-3 font-medium">现状</th><th className="py-1 font-medium">结论</th></tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {staffing.checks.map((c) => (
          <tr key={c.key} data-check={c.key} data-pass={c.pass}>
            <td className="py-1.5 pr-3 whitespace-nowrap">{c.label}</td>
            <td className="py-1.5 pr-3 text-slate-600">{c.required}</td>
            <td className="py-1.5 pr-3 whitespace-nowrap">{c.actual}</td>
            <td className="py-1.5">
              <span className="flex items-start gap-1.5">
                <Mark pass={c.pass} />
                <span className={c.pass ? "text-green-700" : "text-red-700"}>{c.pass ? "达标" : c.reason}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CheckCell({ check }: { check: StaffingCheck | undefined }) {
  if (!check) return <td className="px-3 py-2 text-slate-400">—</td>;
  return (
    <td className="whitespace-nowrap px-3 py-2 align-top" title={check.reason ?? `${check.label}达标`} data-check={check.key} data-pass={check.pass}>
      <span className="inline-flex items-center gap-1">
        <Mark pass={check.pass} />
        <span className={check.pass ? "text-slate-600" : "text-red-700"}>{check.actual}</span>
      </span>
    </td>
  );
}

/** Every station × every check of the standard, with the reasons spelled out for those that fail. */
export function ComplianceTable({ rows, hrefOf, showStreet = true }: { rows: StationCompliance[]; hrefOf: (id: string) => string; showStreet?: boolean }) {
  const township = rows.filter((r) => r.staffing.applicable);
  const passing = township.filter((r) => r.staffing.pass).length;
  return (
    <div>
      <p className="mb-2 text-slate-600" data-testid="compliance-summary">
        乡镇（街道）社工站 {township.length} 个，配置达标 <strong className="text-green-700">{passing}</strong> 个，不达标 <strong className="text-red-700">{township.length - passing}</strong> 个。
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left" data-testid="compliance-table">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">社工站（室）</th>
              {showStreet && <th scope="col" className="px-3 py-2 font-medium whitespace-nowrap">街道（乡镇）</th>}
              {CHECK_KEYS.map((k) => <th key={k} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">{CHECK_LABELS[k]}</th>)}
              <th scope="col" className="px-3 py-2 font-medium">结论</th>
              <th scope="col" className="px-3 py-2 font-medium">不达标原因</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.id} data-station={r.name}>
                <td className="px-3 py-2 align-top"><Link href={hrefOf(r.id)} className="text-brand-700 hover:underline">{r.name}</Link></td>
                {showStreet && <td className="px-3 py-2 align-top whitespace-nowrap">{r.streetName}</td>}
                {r.staffing.applicable ? (
                  CHECK_KEYS.map((k) => <CheckCell key={k} check={r.staffing.checks.find((c) => c.key === k)} />)
                ) : (
                  <td colSpan={CHECK_KEYS.length} className="px-3 py-2 align-top text-slate-500">
                    村（社区）社工室，不适用乡镇标准（驻站社工 {r.staffing.counts.staff} 名，志愿者 {r.staffing.counts.activeVolunteers} 名）
                  </td>
                )}
                <td className="whitespace-nowrap px-3 py-2 align-top"><ComplianceBadge staffing={r.staffing} /></td>
                <td className="min-w-48 px-3 py-2 align-top text-xs text-red-700">
                  {r.staffing.applicable && r.staffing.checks.filter((c) => !c.pass).map((c) => <div key={c.key}>{c.reason}</div>)}
                </td>
              </tr>
            ))}
            {rows.length === 0 && <tr><td colSpan={CHECK_KEYS.length + (showStreet ? 4 : 3)} className="px-3 py-8 text-center text-slate-400">暂无社工站</td></tr>}
          </tbody>
        </table>
      </div>
    </div>
  );
}
