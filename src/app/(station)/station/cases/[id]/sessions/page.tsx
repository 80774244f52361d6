import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card } from "@/components/ui/card";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { SessionForm } from "@/features/cases/components/session-forms";
import { sessionFormText, timeSlot } from "@/features/cases/document-labels";
import { getCaseHeader } from "@/features/cases/queries";
import { getCaseSessions } from "@/features/cases/sessions";
import { fullySigned, SIGNERS } from "@/features/documents/rules";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate } from "@/lib/dates";
import { SIGN_ROLE_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "个案工作过程记录表" };

export default async function CaseSessionsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const sessions = await getCaseSessions(header);
  const { caseFile, canEdit } = header;
  const base = `/station/cases/${caseFile.id}/sessions`;
  return (
    <>
      <CaseHeaderView header={header} section="sessions" />
      <div className="space-y-4">
        <Card title={`个案工作过程记录表（共 ${sessions.length} 次）`}>
          {sessions.length === 0 ? (
            <p className="text-slate-500">尚无过程记录。</p>
          ) : (
            <table className="min-w-full text-left text-sm" data-testid="sessions">
              <thead className="text-slate-600">
                <tr><th className="py-1 pr-3">次数</th><th className="pr-3">日期</th><th className="pr-3">时段</th><th className="pr-3">服务形式</th><th className="pr-3">地点</th><th>签名</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <td className="py-1 pr-3"><Link className="text-brand-700 hover:underline" href={`${base}/${s.id}`}>第 {s.seq} 次</Link>{s.revision > 1 ? <span className="ml-1 text-xs text-slate-500">（第 {s.revision} 版）</span> : null}</td>
                    <td className="pr-3">{formatCalendarDate(s.sessionDate)}</td>
                    <td className="pr-3">{timeSlot(s.startTime, s.endTime)}</td>
                    <td className="pr-3">{sessionFormText(s.form, s.formNote)}</td>
                    <td className="pr-3">{s.place}</td>
                    <td>
                      {fullySigned({ kind: "SESSION", signedBy: s.signedBy }) ? (
                        <Badge tone="green">已签名</Badge>
                      ) : s.signedBy.length === 0 ? (
                        <Badge tone="slate">未签名</Badge>
                      ) : (
                        <Badge tone="amber">待{SIGNERS.SESSION.filter((r) => !s.signedBy.includes(r)).map((r) => SIGN_ROLE_LABELS[r]).join("、")}签名</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        {canEdit && (
          <Card title={`新增过程记录（第 ${(sessions.at(-1)?.seq ?? 0) + 1} 次）`}>
            <SessionForm caseId={caseFile.id} session={null} today={formatDate(new Date())} />
          </Card>
        )}
      </div>
    </>
  );
}
