import type { Metadata } from "next";
import { DeclarationList, parseDeclarationFilters } from "@/features/declarations/components/declaration-list";
import { listDeclarations } from "@/features/declarations/queries";
import type { SearchParams } from "@/lib/list-params";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "绩效目标申报" };

export default async function ContractorDeclarationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const filters = parseDeclarationFilters(await searchParams);
  const rows = await listDeclarations(actor, filters);
  return <DeclarationList rows={rows} area="contractor" filters={filters} canManage={can(actor, "declaration:manage")} />;
}
