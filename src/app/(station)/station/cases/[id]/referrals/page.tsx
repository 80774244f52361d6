import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, DefinitionList, Multiline } from "@/components/ui/card";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { DocumentSteps } from "@/features/documents/components/document-steps";
import { DocumentHistory, RevisionList, SignoffList } from "@/features/documents/components/document-trail";
import { ReferralSheetView } from "@/features/referrals/components/referral-details";
import {
  CancelReferralButton, ExternalDecisionForm, ReferralConsentForm, ReferralForm, SendReferralButton,
} from "@/features/referrals/components/referral-forms";
import { getCaseHeader } from "@/features/cases/queries";
import { caseReferrals, referralTargets, type CaseReferralView } from "@/features/referrals/queries";
import { REFERRAL_NARRATIVE_LABELS, REFERRAL_NARRATIVES } from "@/features/referrals/schemas";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/dates";
import { REFERRAL_REASON_LABELS, REFERRAL_STATUS_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "个案转介" };

const TONE = { DRAFT: "slate", PENDING: "amber", ACCEPTED: "green", DECLINED: "red", CANCELLED: "slate" } as const;

/** The form's values for editing a draft. */
function formValues(r: CaseReferralView) {
  return {
    id: r.id, version: r.version, target: r.target, toStationId: r.toStationId, toWorkerId: r.toWorkerId, toOrganization: r.toOrganization,
    toWorkerName: r.toWorkerName, toContact: r.toContact, fromContact: r.fromContact, reason: r.reason, reasonNote: r.reasonNote,
    problems: r.problems, measures: r.measures, advice: r.advice,
  };
}

export default async function CaseReferralsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const { caseFile, role, canEdit } = header;
  const [referrals, targets] = await Promise.all([caseReferrals(header), referralTargets(header)]);
  const today = formatDate(new Date());
  const blocking = referrals.find((r) => r.status === "DRAFT" || r.status === "PENDING" || r.status === "ACCEPTED");
  const owner = role === "owner";
  return (
    <>
      <CaseHeaderView header={header} section="referrals" />
      <div className="space-y-4">
        <Card
          title="个案转介"
          actions={referrals.some((r) => r.status !== "DRAFT") && <ButtonLink href={`/station/cases/${caseFile.id}/print/referral`}>打印转介表</ButtonLink>}
        >
          <p className="text-sm text-slate-600">
            服务对象的问题超出站点服务范围、生活在站点服务区域之外，或社工因工作安排无法继续时，可将个案转介至本区其他社工站的驻站社工或其他机构。
            转介前须由服务对象签署《个案转介同意书》；转入社工接收后，将在其社工站开案，本个案转为“已转介”（只读）。
          </p>
          {referrals.length === 0 && <p className="mt-2 text-slate-500">暂无转介记录。</p>}
          {canEdit && !blocking && (
            <details className="mt-3" open={referrals.length === 0}>
              <summary className="cursor-pointer text-brand-700">新建转介表</summary>
              <div className="mt-3">
                <ReferralForm caseId={caseFile.id} referral={null} targets={targets} />
              </div>
            </details>
          )}
        </Card>

        {referrals.map((r) => {
          const draft = r.status === "DRAFT";
          return (
            <Card
              key={r.id}
              title={<>个案工作转介表 → {r.toName} <Badge tone={TONE[r.status]}>{REFERRAL_STATUS_LABELS[r.status]}</Badge></>}
            >
              <div className="space-y-4" data-testid="referral">
                <p className="text-sm text-slate-500">
                  第 {r.revision} 版 · 创建于 {formatDateTime(r.createdAt)}
                  {r.sentAt && ` · 发送于 ${formatDateTime(r.sentAt)}`}
                </p>
                <ReferralSheetView referral={{ ...r, toWorkerName: r.toWorkerDisplay }} />

                {(r.decidedAt || r.receivedCaseNumber) && (
                  <DefinitionList
                    items={[
                      { label: "接收结果", value: REFERRAL_STATUS_LABELS[r.status] },
                      { label: r.target === "STATION" ? "处理时间" : "答复日期", value: r.target === "STATION" ? formatDateTime(r.decidedAt) : formatDate(r.decidedAt) },
                      { label: "处理人", value: r.decidedByName },
                      { label: r.status === "DECLINED" ? "拒绝理由" : "说明", value: <Multiline value={r.decisionNote} /> },
                      ...(r.receivedCaseNumber ? [{ label: "转入个案编号", value: <span className="font-mono">{r.receivedCaseNumber}</span> }] : []),
                    ]}
                  />
                )}

                <section className="space-y-2">
                  <h3 className="font-medium">个案转介同意书</h3>
                  <blockquote className="rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="referral-consent-text">
                    {r.consentText}
                  </blockquote>
                  {r.consentedOn
                    ? <p className="text-sm">服务对象已于 {formatCalendarDate(r.consentedOn)} 签署。</p>
                    : <p className="text-sm text-red-700">尚未签署：转介前须由服务对象签署转介同意书。</p>}
                  {owner && canEdit && draft && (
                    <details open={!r.consentedOn}>
                      <summary className="cursor-pointer text-brand-700">{r.consentedOn ? "修改转介同意书记录" : "记录转介同意书"}</summary>
                      <div className="mt-2">
                        <ReferralConsentForm
                          referralId={r.id}
                          version={r.version}
                          today={today}
                          consent={{ consentedOn: r.consentedOn ? formatCalendarDate(r.consentedOn) : null, consentSigner: r.consentSigner, consentGuardianName: r.consentGuardianName }}
                        />
                      </div>
                    </details>
                  )}
                </section>

                <SignoffList signers={r.trail.signers} signoffs={r.trail.signoffs} />
                {owner && canEdit && draft && r.trail.actions.includes("edit") && (
                  <details>
                    <summary className="cursor-pointer text-brand-700">修改转介表</summary>
                    <div className="mt-3"><ReferralForm caseId={caseFile.id} referral={formValues(r)} targets={targets} /></div>
                  </details>
                )}
                <DocumentSteps kind="REFERRAL" documentId={r.id} version={r.version} actions={r.trail.actions} role={role} today={today} />

                {owner && canEdit && draft && !(r.consentedOn && r.trail.signoffs.some((s) => s.role === "WORKER")) && (
                  <p className="text-sm text-slate-500">发送前须记录服务对象签署的转介同意书，并由负责社工在转介表上签名。</p>
                )}
                {owner && canEdit && (
                  <div className="flex flex-wrap items-start gap-6">
                    {draft && <SendReferralButton referralId={r.id} version={r.version} />}
                    {(draft || r.status === "PENDING") && <CancelReferralButton referralId={r.id} version={r.version} draft={draft} />}
                  </div>
                )}
                {owner && canEdit && r.status === "PENDING" && r.target === "ORGANIZATION" && (
                  <div className="rounded border border-slate-200 p-3">
                    <h3 className="mb-2 font-medium">记录对方机构的接收结果</h3>
                    <ExternalDecisionForm referralId={r.id} version={r.version} today={today} />
                  </div>
                )}
                {r.status === "PENDING" && r.target === "STATION" && <p className="text-sm text-slate-500">等待 {r.toWorkerDisplay} 在“转介接收”中接收或拒绝。</p>}

                <DocumentHistory events={r.trail.events} />
                <RevisionList
                  revisions={r.trail.revisions}
                  render={(c) => (
                    <DefinitionList
                      items={[
                        { label: "转介原因", value: c.reason ? REFERRAL_REASON_LABELS[c.reason as keyof typeof REFERRAL_REASON_LABELS] : null },
                        ...REFERRAL_NARRATIVES.map((k) => ({ label: REFERRAL_NARRATIVE_LABELS[k], value: <Multiline value={c[k]} /> })),
                      ]}
                    />
                  )}
                />
              </div>
            </Card>
          );
        })}
      </div>
    </>
  );
}
