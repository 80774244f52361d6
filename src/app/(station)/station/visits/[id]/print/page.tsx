import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintForms } from "@/features/print/components";
import { visitForm } from "@/features/print/forms/visit";
import { PrintToolbar } from "@/features/print/toolbar";
import { loadVisitForPrint } from "@/features/print/visit";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "打印探访记录表" };

export default async function VisitPrintPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const visit = await loadVisitForPrint(actor, id);
  if (!visit) notFound();
  const specs = [visitForm(visit)];
  return (
    <>
      <PrintToolbar backHref={`/station/visits/${visit.id}`} backLabel="返回探访记录" specs={specs} />
      <PrintForms specs={specs} />
    </>
  );
}
