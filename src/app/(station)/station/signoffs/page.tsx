import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Card, PageHeader } from "@/components/ui/card";
import { CountersignButton } from "@/features/documents/components/countersign-button";
import { countersignQueue } from "@/features/documents/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatCalendarDate, formatDateTime } from "@/lib/dates";
import { DOCUMENT_KIND_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "待签署文书" };

export default async function CountersignPage() {
  const actor = await requireActor();
  if (!can(actor, "document:countersign")) notFound();
  const rows = await countersignQueue(actor);
  return (
    <>
      <PageHeader
        title="待签署文书"
        description="负责社工已签名、等待机构（站点）负责人签署的文书。为保护服务对象隐私，此处只显示文书编号与日期，不显示服务对象姓名与内容。"
      />
      <Card>
        {rows.length === 0 ? (
          <p className="text-slate-500">目前没有待签署的文书。</p>
        ) : (
          <table className="min-w-full text-left text-sm" data-testid="countersign-queue">
            <thead className="text-slate-600">
              <tr><th className="py-2 pr-3">文书</th><th className="pr-3">编号</th><th className="pr-3">日期</th><th className="pr-3">负责社工</th><th className="pr-3">社工签名时间</th><th /></tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="py-2 pr-3">{DOCUMENT_KIND_LABELS[r.kind]}{r.detail ? `（${r.detail}）` : ""}</td>
                  <td className="pr-3 font-mono">{r.reference}</td>
                  <td className="pr-3">{r.kind === "VISIT" || r.kind === "REFERRAL" ? formatDateTime(r.date) : formatCalendarDate(r.date)}</td>
                  <td className="pr-3">{r.workerName}</td>
                  <td className="pr-3">{formatDateTime(r.workerSignedAt)}</td>
                  <td><CountersignButton kind={r.kind} documentId={r.id} version={r.version} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </>
  );
}
