import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/card";
import { BriefGridView } from "@/features/briefs/components/brief-grid";
import { briefGrid } from "@/features/briefs/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import type { SearchParams } from "@/lib/list-params";

export const metadata: Metadata = { title: "月度工作简报" };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function BureauBriefsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  if (!can(actor, "brief:read")) notFound();
  const sp = await searchParams;
  const grid = await briefGrid(actor, { year: Number(first(sp.year)) || undefined, streetOfficeId: first(sp.street) || null });
  return (
    <>
      <PageHeader title="月度工作简报" description="全区社工站每月报送情况：已提交、逾期提交、缺报、已退回。点击单元格查看简报并审核。" />
      <BriefGridView grid={grid} base="/bureau/briefs" showStreetFilter />
    </>
  );
}
