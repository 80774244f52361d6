import type { Metadata } from "next";
import { DeclarationEditScreen } from "@/features/declarations/screens";

export const metadata: Metadata = { title: "修改绩效目标申报表" };

export default async function ContractorDeclarationEditPage({ params }: { params: Promise<{ id: string }> }) {
  return <DeclarationEditScreen id={(await params).id} area="contractor" />;
}
