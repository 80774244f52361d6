import "@/features/print/print.css";

/** The print views of a case file: inside the station layout (its header is .no-print), with the A4 print styles. */
export default function CasePrintLayout({ children }: { children: React.ReactNode }) {
  return children;
}
