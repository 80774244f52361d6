"use client";
// Title block and tabs of one declaration's pages (each area has the same set): 申报表, 修改 (the declaring unit,
// while a draft or returned), 版本与审核, 运行监控, 绩效自评, 打印, and the Excel export. Rendered by the
// [id] layout; the current tab is read from the URL segment below it. Not printed.
import Link from "next/link";
import { useSelectedLayoutSegment } from "next/navigation";
import { FileSpreadsheet } from "lucide-react";
import { SubmissionStatusBadge } from "@/features/submissions/components/submission-panel";
import { cn } from "@/lib/cn";
import { DECLARATION_KIND_LABELS } from "@/lib/labels";
import { declarationHref, type DeclarationArea, type DeclarationTab } from "../doc";
import type { DeclarationHeader } from "../queries";

export const DECLARATION_TABS: readonly { tab: DeclarationTab; label: string; editOnly?: boolean }[] = [
  { tab: "", label: "申报表" },
  { tab: "edit", label: "修改", editOnly: true },
  { tab: "versions", label: "版本与审核" },
  { tab: "monitoring", label: "运行监控" },
  { tab: "evaluation", label: "绩效自评" },
  { tab: "print", label: "打印" },
];

export type DeclarationTabsHeader = Pick<DeclarationHeader, "id" | "kind" | "year" | "name" | "status" | "unit" | "parent">;

export function DeclarationTabs({ header, area, canEdit }: { header: DeclarationTabsHeader; area: DeclarationArea; canEdit: boolean }) {
  const segment = useSelectedLayoutSegment() ?? "";
  return (
    <div className="no-print space-y-3" data-testid="declaration-header">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-xs text-slate-500">
            {DECLARATION_KIND_LABELS[header.kind]} · {header.year}年度 · {header.unit.name}
          </p>
          <h1 className="text-xl font-semibold text-slate-900">
            {header.name} <SubmissionStatusBadge status={header.status} />
          </h1>
          {header.parent && (
            <p className="text-sm text-slate-600">
              所属部门整体申报：
              <Link className="text-brand-700 hover:underline" href={declarationHref(area, header.parent.id)} data-testid="declaration-parent">{header.parent.name}</Link>
            </p>
          )}
        </div>
        {/* Plain link: the browser downloads the workbook from the export route. */}
        <a
          href={`/api/exports/declarations/${header.id}`}
          className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
          data-testid="declaration-excel-export"
        >
          <FileSpreadsheet className="h-4 w-4" aria-hidden />
          导出 Excel
        </a>
      </div>
      <nav aria-label="绩效目标申报表" className="flex flex-wrap gap-1 border-b border-slate-200">
        {DECLARATION_TABS.filter((t) => !t.editOnly || canEdit).map((t) => (
          <Link
            key={t.tab}
            href={declarationHref(area, header.id, t.tab)}
            aria-current={t.tab === segment ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm",
              t.tab === segment ? "border-blue-600 font-medium text-blue-700" : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </div>
  );
}
