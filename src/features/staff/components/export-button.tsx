import { FileSpreadsheet } from "lucide-react";

/** Plain link (not next/link): the browser downloads the workbook from the export route. */
export function StaffRegisterExportButton({ stationId, label = "导出基本信息表（Excel）" }: { stationId: string; label?: string }) {
  return (
    <a
      href={`/api/exports/staff-register?stationId=${encodeURIComponent(stationId)}`}
      className="inline-flex items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 transition-colors hover:bg-slate-50"
      data-testid="staff-export"
    >
      <FileSpreadsheet className="h-4 w-4" />
      {label}
    </a>
  );
}
