import type { ReactNode } from "react";
import { DeclarationFrame } from "@/features/declarations/screens";

export default async function ContractorDeclarationLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  return <DeclarationFrame id={(await params).id} area="contractor">{children}</DeclarationFrame>;
}
