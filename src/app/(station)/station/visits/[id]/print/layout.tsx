import "@/features/print/print.css";

/** The visit's print view: inside the station layout (its header is .no-print), with the A4 print styles. */
export default function VisitPrintLayout({ children }: { children: React.ReactNode }) {
  return children;
}
