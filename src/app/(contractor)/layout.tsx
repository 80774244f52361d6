import { AppShell } from "@/components/app-shell";

export default function ContractorLayout({ children }: { children: React.ReactNode }) {
  return <AppShell area="contractor">{children}</AppShell>;
}
