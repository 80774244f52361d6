import type { Metadata } from "next";
import { NewDeclarationScreen } from "@/features/declarations/screens";

export const metadata: Metadata = { title: "新建绩效目标申报表" };

export default async function BureauNewDeclarationPage({ searchParams }: { searchParams: Promise<{ parent?: string }> }) {
  return <NewDeclarationScreen parentId={(await searchParams).parent} />;
}
