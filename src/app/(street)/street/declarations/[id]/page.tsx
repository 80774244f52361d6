import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DeclarationView } from "@/features/declarations/components/declaration-view";
import { DeclarationReviewPanel } from "@/features/declarations/components/review-panel";
import { declarationPage } from "@/features/declarations/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "绩效目标申报表" };

export default async function StreetDeclarationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await declarationPage(actor, id);
  if (!data) notFound();
  return (
    <div className="space-y-4">
      <DeclarationView
        doc={data.doc}
        findings={data.findings}
        comments={data.review.latestComments}
        projects={data.header.kind === "DEPARTMENT" ? data.header.projects : undefined}
        area="street"
      />
      <DeclarationReviewPanel data={data} area="street" />
    </div>
  );
}
