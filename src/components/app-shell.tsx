import Link from "next/link";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { platformName } from "@/features/settings/queries";
import { requireActor } from "@/server/auth";
import { isDatabaseUnavailable } from "@/server/errors";
import { DatabaseUnavailable } from "./database-unavailable";
import { AREA_LABELS, areaOf, areasOf, navFor, roleSummary, type Area } from "@/lib/navigation";
import { LogoutButton } from "./logout-button";
import { NavLinks } from "./nav-links";

/** Header and navigation of one kind of user. Hiding is for comfort; every query checks scope itself. */
export async function AppShell({ area, children }: { area: Area; children: ReactNode }) {
  let actor;
  try {
    actor = await requireActor();
  } catch (error) {
    if (isDatabaseUnavailable(error)) return <DatabaseUnavailable />;
    throw error;
  }
  const roles = actor.memberships.map((m) => m.role);
  const areaRoles = roles.filter((r) => areaOf(r) === area);
  if (areaRoles.length === 0) notFound();
  const areas = areasOf(roles);
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-brand-800 bg-brand-700 text-white">
        <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-2">
          <Link href="/" className="font-semibold tracking-wide">{await platformName()}</Link>
          <span className="rounded bg-white/15 px-2 py-0.5 text-xs">{AREA_LABELS[area]}</span>
          {areas.length > 1 && (
            <nav aria-label="切换工作台" className="flex gap-2 text-xs">
              {areas.filter((a) => a !== area).map((a) => (
                <Link key={a} href={`/${a}`} className="underline-offset-2 hover:underline">切换到{AREA_LABELS[a]}</Link>
              ))}
            </nav>
          )}
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span data-testid="current-user">{actor.name}（{roleSummary(areaRoles)}）</span>
            <Link href="/change-password" className="hover:underline">修改密码</Link>
            <LogoutButton />
          </div>
        </div>
        <div className="mx-auto max-w-7xl px-4">
          <NavLinks links={navFor(area, roles)} />
        </div>
      </header>
      <main className="mx-auto max-w-7xl px-4 py-6">{children}</main>
    </div>
  );
}
