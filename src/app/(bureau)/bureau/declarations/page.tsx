import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { DeclarationList, parseDeclarationFilters } from "@/features/declarations/components/declaration-list";
import { declarationHref } from "@/features/declarations/doc";
import { listDeclarations } from "@/features/declarations/queries";
import { readsDeclarationsAtBureau } from "@/features/performance/overview";
import type { SearchParams } from "@/lib/list-params";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "绩效目标申报" };

export default async function BureauDeclarationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const filters = parseDeclarationFilters(await searchParams);
  const rows = await listDeclarations(actor, filters);
  return (
    <>
      {readsDeclarationsAtBureau(actor) && (
        <div className="mb-2 flex justify-end">
          <ButtonLink href={`${declarationHref("bureau")}/monitoring`} data-testid="declaration-monitoring-overview">执行监控总览</ButtonLink>
        </div>
      )}
      <DeclarationList rows={rows} area="bureau" filters={filters} canManage={can(actor, "declaration:manage")} />
    </>
  );
}
