import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { declarationPrintSpecs } from "@/features/declarations/components/declaration-print";
import { declarationForPrint } from "@/features/declarations/components/declaration-print-data";
import { declarationHref } from "@/features/declarations/doc";
import { PrintForms } from "@/features/print/components";
import { PrintToolbar } from "@/features/print/toolbar";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "打印绩效目标申报表" };

export default async function ContractorDeclarationPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const data = await declarationForPrint(actor, id);
  if (!data) notFound();
  const specs = declarationPrintSpecs(data.doc, data.projects);
  return (
    <>
      <PrintToolbar backHref={declarationHref("contractor", id)} backLabel={data.header.name} specs={specs} />
      <PrintForms specs={specs} />
    </>
  );
}
