"use client";

import { Printer } from "lucide-react";

/** Opens the browser's print dialog (A4, see print.css); not printed itself. */
export function PrintButton({ label = "打印" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print inline-flex items-center justify-center gap-1.5 rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700"
    >
      <Printer className="h-4 w-4" aria-hidden />
      {label}
    </button>
  );
}
