import { AppShell } from "@/components/app-shell";

export default function BureauLayout({ children }: { children: React.ReactNode }) {
  return <AppShell area="bureau">{children}</AppShell>;
}
