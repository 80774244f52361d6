import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { DeclarationEditor } from "@/features/declarations/components/declaration-editor";
import { DeclarationImportForm } from "@/features/declarations/components/import-form";
import { declarationPage } from "@/features/declarations/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "修改绩效目标申报表" };

/** 修改 (the declaring unit, while a draft or returned): the editor, and the Excel import beside it. */
export default async function StreetDeclarationEditPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await declarationPage(actor, id);
  if (!data || !data.canEdit) notFound();
  return (
    <div className="grid gap-4 xl:grid-cols-[minmax(0,1fr)_17rem]">
      <Card>
        <DeclarationEditor
          id={id}
          version={data.header.version}
          doc={data.doc}
          area="street"
          comments={data.review.latestComments}
          unitName={data.header.unit.name}
          projects={data.header.kind === "DEPARTMENT" ? data.header.projects : undefined}
        />
      </Card>
      <aside className="space-y-4">
        <Card title="从 Excel 导入">
          <DeclarationImportForm id={id} version={data.header.version} />
        </Card>
      </aside>
    </div>
  );
}
