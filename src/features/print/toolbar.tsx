// Screen only (hidden when printing): back link, what is printed (blank forms marked), the print button.
import Link from "next/link";
import type { ReactNode } from "react";
import type { FormSpec } from "./layout";
import { PrintButton } from "./print-button";

/** Screen only: back link, what is printed (blank forms marked), and the print button. */
export function PrintToolbar({ backHref, backLabel, specs, children }: { backHref: string; backLabel: string; specs: FormSpec[]; children?: ReactNode }) {
  return (
    <div className="no-print mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-sm" data-testid="print-toolbar">
      <Link href={backHref} className="text-sm text-brand-700 hover:underline">← {backLabel}</Link>
      <ul className="flex flex-1 flex-wrap gap-x-3 gap-y-1 text-sm text-slate-600">
        {specs.map((s, i) => (
          <li key={`${s.key}-${i}`}>
            {s.title}{s.caption ? `（${s.caption}）` : ""}
            {s.blank && <span className="ml-1 text-amber-700">（空白表）</span>}
          </li>
        ))}
      </ul>
      {children}
      <PrintButton />
    </div>
  );
}
