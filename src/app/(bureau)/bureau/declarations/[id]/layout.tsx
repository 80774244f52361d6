import type { ReactNode } from "react";
import { DeclarationFrame } from "@/features/declarations/screens";

export default async function BureauDeclarationLayout({ children, params }: { children: ReactNode; params: Promise<{ id: string }> }) {
  return <DeclarationFrame id={(await params).id} area="bureau">{children}</DeclarationFrame>;
}
