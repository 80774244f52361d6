import "@/features/print/print.css";

/** The A4 print view of a declaration: inside the area's layout (its header and the tabs are .no-print), with the print styles. */
export default function DeclarationPrintLayout({ children }: { children: React.ReactNode }) {
  return children;
}
