import type { Metadata } from "next";
import { DeclarationPrintScreen } from "@/features/declarations/screens";

export const metadata: Metadata = { title: "打印绩效目标申报表" };

export default async function StreetDeclarationPrintPage({ params }: { params: Promise<{ id: string }> }) {
  return <DeclarationPrintScreen id={(await params).id} area="street" />;
}
