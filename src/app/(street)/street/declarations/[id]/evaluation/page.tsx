import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EvaluationView } from "@/features/performance/components/evaluation-view";
import { evaluationPage } from "@/features/performance/queries";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "绩效自评" };

export default async function StreetDeclarationEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await evaluationPage(actor, id);
  if (!data) notFound();
  return <EvaluationView data={data} area="street" />;
}
