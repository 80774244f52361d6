import Link from "next/link";
import { Badge } from "@/components/ui/card";
import { formatStoredCalendarDate } from "@/lib/dates";
import { CONTRACT_STATUS_LABELS } from "@/lib/labels";
import { formatYuan } from "@/lib/money";
import type { ContractHeader } from "../header";

export type ContractSection = "overview" | "budget" | "ledger" | "briefs" | "reports" | "changes";

const SECTIONS: { key: ContractSection; label: string; path: string; tab: keyof ContractHeader["tabs"] | null }[] = [
  { key: "overview", label: "项目概况", path: "", tab: null },
  { key: "budget", label: "项目经费预算", path: "/budget", tab: "budget" },
  { key: "ledger", label: "支出台账", path: "/ledger", tab: "ledger" },
  { key: "briefs", label: "月度工作简报", path: "/briefs", tab: "briefs" },
  { key: "reports", label: "中期与结项报告", path: "/reports", tab: "reports" },
  { key: "changes", label: "项目变更申请", path: "/changes", tab: "changes" },
];

/** Title block and tabs of a contract's pages; `base` is the area's contracts path (/bureau/contracts …). */
export function ContractTabs({ header, base, current }: { header: ContractHeader; base: string; current: ContractSection }) {
  const href = `${base}/${header.id}`;
  return (
    <div className="space-y-3">
      <div>
        <p className="text-xs text-slate-500">{header.code} · {header.contractor.name}</p>
        <h1 className="text-xl font-semibold text-slate-900">{header.name} <Badge tone={header.status === "ACTIVE" ? "green" : "slate"}>{CONTRACT_STATUS_LABELS[header.status]}</Badge></h1>
        <p className="text-sm text-slate-600">
          {formatStoredCalendarDate(header.startsOn)} 至 {formatStoredCalendarDate(header.endsOn)} · 项目金额 {formatYuan(header.amountFen)} 元 · {header.stations.map((s) => s.name).join("、")}
        </p>
      </div>
      <nav aria-label="服务项目" className="flex flex-wrap gap-1 border-b border-slate-200">
        {SECTIONS.filter((s) => s.tab === null || header.tabs[s.tab]).map((s) => (
          <Link key={s.key} href={`${href}${s.path}`} aria-current={s.key === current ? "page" : undefined}
            className={`-mb-px border-b-2 px-3 py-2 text-sm ${s.key === current ? "border-blue-600 font-medium text-blue-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}>
            {s.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
