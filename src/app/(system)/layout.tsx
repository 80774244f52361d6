import { AppShell } from "@/components/app-shell";

export default function SystemLayout({ children }: { children: React.ReactNode }) {
  return <AppShell area="system">{children}</AppShell>;
}
