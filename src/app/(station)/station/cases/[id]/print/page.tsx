import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FileText } from "lucide-react";
import { Card } from "@/components/ui/card";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { getCaseHeader } from "@/features/cases/queries";
import { CASE_PRINT_FORMS } from "@/features/print/forms";
import { requireActor } from "@/server/auth";

export const metadata: Metadata = { title: "打印与导出" };

export default async function CasePrintIndexPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const base = `/station/cases/${header.caseFile.id}/print`;
  const done = new Map(header.checklist.map((row) => [row.key as string, row]));
  return (
    <>
      <CaseHeaderView header={header} section="print" />
      <Card
        title="个案档案打印与导出"
        actions={
          <>
            <Link href={`${base}/all`} className="inline-flex items-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700">打印全部</Link>
            {/* Plain link: the browser downloads the document from the export route. */}
            <a
              href={`/api/exports/cases/${header.caseFile.id}/docx`}
              className="inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
              data-testid="case-docx-export"
            >
              <FileText className="h-4 w-4" aria-hidden />
              导出 Word
            </a>
          </>
        }
      >
        <p className="mb-3 text-sm text-slate-500">
          按个案咨询资料清单的顺序打印（A4）。尚未填写的表格打印为空白表，供纸质填写；“打印全部”与“导出 Word”只包含已有的表格。身份证号、联系电话、家庭住址按屏幕显示脱敏打印。每次打印与导出均记入操作日志。
        </p>
        <table className="min-w-full text-left text-sm" data-testid="print-forms">
          <thead className="text-slate-600">
            <tr><th className="py-1 pr-3">表格</th><th className="pr-3">状态</th><th>打印</th></tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {CASE_PRINT_FORMS.map((form) => {
              const row = done.get(form.checklist);
              return (
                <tr key={form.key}>
                  <td className="py-1.5 pr-3">{form.label}{row?.count ? `（共 ${row.count} 次）` : ""}</td>
                  <td className="pr-3">{row?.done ? <span className="text-green-700">已有</span> : <span className="text-slate-400">未填写（打印空白表）</span>}</td>
                  <td className="space-x-3">
                    <Link className="text-brand-700 hover:underline" href={`${base}/${form.key}`} aria-label={`打印${form.label}`}>打印</Link>
                    {form.key === "sessions" && (row?.count ?? 0) > 1 &&
                      Array.from({ length: row!.count! }, (_, i) => (
                        <Link key={i} className="text-brand-700 hover:underline" href={`${base}/sessions?seq=${i + 1}`}>第 {i + 1} 次</Link>
                      ))}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Card>
    </>
  );
}
