"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import type { NavLink } from "@/lib/navigation";

export function NavLinks({ links }: { links: NavLink[] }) {
  const pathname = usePathname();
  const matches = (prefix: string) => pathname === prefix || pathname.startsWith(`${prefix}/`);
  const active = links.filter((l) => [l.href, ...(l.also ?? [])].some(matches)).sort((a, b) => b.href.length - a.href.length)[0];
  return (
    <nav aria-label="主导航" className="flex gap-1 overflow-x-auto text-sm">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className={cn("whitespace-nowrap rounded-t px-3 py-2 hover:bg-white/10", active?.href === l.href && "bg-slate-50 text-brand-800")}>
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
