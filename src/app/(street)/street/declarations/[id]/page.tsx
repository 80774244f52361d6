import type { Metadata } from "next";
import { DeclarationScreen } from "@/features/declarations/screens";

export const metadata: Metadata = { title: "绩效目标申报表" };

export default async function StreetDeclarationPage({ params }: { params: Promise<{ id: string }> }) {
  return <DeclarationScreen id={(await params).id} area="street" />;
}
