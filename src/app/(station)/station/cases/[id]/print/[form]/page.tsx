import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { caseFileForPrint } from "@/features/print/case-file";
import { PrintForms } from "@/features/print/components";
import { isCasePrintForm, printSpecs } from "@/features/print/forms";
import { PrintToolbar } from "@/features/print/toolbar";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "打印个案档案" };

export default async function CasePrintFormPage({ params, searchParams }: { params: Promise<{ id: string; form: string }>; searchParams: Promise<{ seq?: string | string[] }> }) {
  const [{ id, form }, query] = await Promise.all([params, searchParams]);
  if (!isCasePrintForm(form)) notFound();
  let seq: number | undefined;
  if (form === "sessions" && query.seq !== undefined) {
    seq = Number(query.seq);
    if (!Number.isInteger(seq) || seq < 1 || seq > 999) notFound();
  }
  const actor = await requireActor();
  const loaded = await caseFileForPrint(actor, id, form);
  if (!loaded) notFound();
  const specs = printSpecs(loaded.file, form, { seq });
  return (
    <>
      <PrintToolbar backHref={`/station/cases/${loaded.file.caseFile.id}/print`} backLabel={`个案 ${loaded.file.caseFile.number} 打印与导出`} specs={specs} />
      <PrintForms specs={specs} />
    </>
  );
}
