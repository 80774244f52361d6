import "@/features/print/print.css";

/** The reports' read views draw the seed's layout as A4 sheets (the same description as the Word export). */
export default function ReportsLayout({ children }: { children: React.ReactNode }) {
  return children;
}
