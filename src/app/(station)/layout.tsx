import { AppShell } from "@/components/app-shell";

export default function StationLayout({ children }: { children: React.ReactNode }) {
  return <AppShell area="station">{children}</AppShell>;
}
