import type { Metadata } from "next";
import { EvaluationScreen } from "@/features/performance/screens";

export const metadata: Metadata = { title: "绩效自评" };

export default async function ContractorDeclarationEvaluationPage({ params }: { params: Promise<{ id: string }> }) {
  return <EvaluationScreen id={(await params).id} area="contractor" />;
}
