import { AppShell } from "@/components/app-shell";

export default function StreetLayout({ children }: { children: React.ReactNode }) {
  return <AppShell area="street">{children}</AppShell>;
}
