import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { NewDeclarationForm } from "@/features/declarations/components/new-declaration-form";
import { declarationHeader } from "@/features/declarations/queries";
import { formatDate } from "@/lib/dates";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "新建绩效目标申报表" };

/** 新建申报 (the declaring unit); ?parent=<id> opens a project under one of its department-wide declarations. */
export default async function ContractorNewDeclarationPage({ searchParams }: { searchParams: Promise<{ parent?: string }> }) {
  const { parent: parentId } = await searchParams;
  const actor = await requireActor();
  if (!can(actor, "declaration:manage")) notFound();
  const parent = parentId ? await declarationHeader(actor, parentId, "declaration:manage") : null;
  if (parentId && (!parent || parent.kind !== "DEPARTMENT")) notFound();
  const nextYear = Number(formatDate(new Date()).slice(0, 4)) + 1;
  return (
    <>
      <PageHeader title="新建绩效目标申报表" description="先定类型、年度和名称，建好后逐项填写申报表" />
      <Card>
        <NewDeclarationForm defaultYear={nextYear} parent={parent ? { id: parent.id, name: parent.name, year: parent.year } : null} />
      </Card>
    </>
  );
}
