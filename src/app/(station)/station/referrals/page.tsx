import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, PageHeader } from "@/components/ui/card";
import { AcceptReferralButton, DeclineReferralForm } from "@/features/referrals/components/inbox-forms";
import { ReferralSheetView } from "@/features/referrals/components/referral-details";
import { referralInbox, type InboxReferral } from "@/features/referrals/queries";
import { requireActor } from "@/server/auth";
import { formatDateTime } from "@/lib/dates";
import { GENDER_LABELS, REFERRAL_STATUS_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "转介接收" };

const sheet = (r: InboxReferral) => ({ ...r, toName: r.toStationName });
const client = (r: InboxReferral) => ({ ...r.client, gender: GENDER_LABELS[r.client.gender] });

export default async function ReferralInboxPage() {
  const actor = await requireActor();
  if (!actor.memberships.some((m) => m.role === "SOCIAL_WORKER")) notFound();
  const { pending, decided } = await referralInbox(actor);
  return (
    <>
      <PageHeader
        title="转介接收"
        description="本区其他社工站转介给您的个案。服务对象已签署转介同意书，同意将其基本信息与接受服务的情况转给您。接收后将在本站为其开案。"
      />
      <div className="space-y-4">
        {pending.length === 0 && <Card><p className="text-slate-500">目前没有待接收的转介。</p></Card>}
        {pending.map((r) => (
          <Card key={r.id} title={<>来自 {r.fromStationName} 的转介 <Badge tone="amber">待接收</Badge></>}>
            <div className="space-y-4" data-testid="inbox-referral">
              <p className="text-sm text-slate-500">发送于 {formatDateTime(r.sentAt)}</p>
              <ReferralSheetView referral={sheet(r)} client={client(r)} />
              <div className="grid gap-4 md:grid-cols-2">
                <AcceptReferralButton referralId={r.id} version={r.version} />
                <DeclineReferralForm referralId={r.id} version={r.version} />
              </div>
            </div>
          </Card>
        ))}
        {decided.length > 0 && (
          <Card title="已处理的转介">
            <table className="min-w-full text-left text-sm" data-testid="inbox-decided">
              <thead className="text-slate-600">
                <tr><th className="py-2 pr-3">转出社工站</th><th className="pr-3">转出社工</th><th className="pr-3">发送时间</th><th className="pr-3">结果</th><th className="pr-3">处理时间</th><th className="pr-3">本站个案</th><th>服务对象</th></tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {decided.map((r) => (
                  <tr key={r.id}>
                    <td className="py-2 pr-3">{r.fromStationName}</td>
                    <td className="pr-3">{r.fromWorkerName}</td>
                    <td className="pr-3">{formatDateTime(r.sentAt)}</td>
                    <td className="pr-3"><Badge tone={r.status === "ACCEPTED" ? "green" : "red"}>{REFERRAL_STATUS_LABELS[r.status]}</Badge></td>
                    <td className="pr-3">{formatDateTime(r.decidedAt)}</td>
                    <td className="pr-3 font-mono">{r.receivedCase ? <Link className="text-brand-700 hover:underline" href={`/station/cases/${r.receivedCase.id}`}>{r.receivedCase.number}</Link> : null}</td>
                    <td>{r.receivedCase?.clientName ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
        )}
      </div>
    </>
  );
}
