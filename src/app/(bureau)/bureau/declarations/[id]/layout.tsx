import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { DeclarationTabs } from "@/features/declarations/components/declaration-tabs";
import { declarationHeader } from "@/features/declarations/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

/** Every page of one declaration: its title block and tabs (修改 only for the declaring unit, while it may edit). */
export default async function BureauDeclarationLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await declarationHeader(actor, id);
  if (!header) notFound();
  const managed = can(actor, "declaration:manage") ? await declarationHeader(actor, id, "declaration:manage") : null;
  const canEdit = !!managed && (managed.status === "DRAFT" || managed.status === "RETURNED");
  return (
    <div className="space-y-4">
      <DeclarationTabs header={header} area="bureau" canEdit={canEdit} />
      {children}
    </div>
  );
}
