import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card, DefinitionList, Multiline } from "@/components/ui/card";
import { AssessmentForm, IntakeForm } from "@/features/cases/components/case-forms";
import { CaseHeaderView } from "@/features/cases/components/case-header";
import { ConsentForm } from "@/features/cases/components/plan-forms";
import { getCaseHeader, getCaseOverview } from "@/features/cases/queries";
import { ASSESSMENT_LABELS, ASSESSMENT_NARRATIVES, CONSENT_TERMS } from "@/features/cases/schemas";
import { DocumentSteps } from "@/features/documents/components/document-steps";
import { DocumentHistory, RevisionList, SignoffList } from "@/features/documents/components/document-trail";
import { CaseOverridesCard } from "@/features/overrides/components/case-overrides";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate, formatDateTime, formatStoredCalendarDate } from "@/lib/dates";
import { CASE_SOURCE_LABELS, CONSENT_SIGNER_LABELS, GENDER_LABELS, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "个案档案" };


/** Where each checklist row is filled in. */
const CHECKLIST_HREF: Partial<Record<string, string>> = {
  plan: "/plan", sessions: "/sessions", evaluation: "/evaluation", closure: "/closure", referralConsent: "/referrals", referral: "/referrals",
};

export default async function CasePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const header = await getCaseHeader(actor, id);
  if (!header) notFound();
  const { caseFile, checklist, canEdit, role } = header;
  const { intake, assessment, consent } = await getCaseOverview(header);
  const today = formatDate(new Date());
  const base = `/station/cases/${caseFile.id}`;
  return (
    <>
      <CaseHeaderView header={header} section="overview" />
      <div className="space-y-4">
        <CaseOverridesCard header={header} />
        <Card title="个案咨询资料清单">
          <DefinitionList
            items={[
              { label: "个案工作编号", value: <span className="font-mono">{caseFile.number}</span> },
              { label: "负责社工", value: caseFile.owner.name },
              { label: "服务领域", value: SERVICE_DOMAIN_LABELS[caseFile.serviceDomain] },
              { label: "首次接触", value: formatCalendarDate(caseFile.firstContactOn) },
              { label: "预估表截止", value: formatCalendarDate(caseFile.assessmentDueOn) },
            ]}
          />
          <table className="mt-3 min-w-full text-left text-sm" data-testid="case-checklist">
            <thead className="text-slate-600"><tr><th className="py-1 pr-3">表格</th><th>完成</th></tr></thead>
            <tbody className="divide-y divide-slate-100">
              {checklist.map((row) => (
                <tr key={row.key}>
                  <td className="py-1 pr-3">
                    {CHECKLIST_HREF[row.key] ? <Link className="text-brand-700 hover:underline" href={`${base}${CHECKLIST_HREF[row.key]}`}>{row.label}</Link> : row.label}
                    {row.count ? `（共 ${row.count} 次）` : ""}
                  </td>
                  <td aria-label={row.done ? "已完成" : "未完成"}>{row.done ? <span className="text-green-700">✓</span> : <span className="text-slate-400">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>

        <Card title="个案工作接案记录表">
          <DefinitionList
            items={[
              { label: "服务对象", value: caseFile.client.name },
              { label: "性别", value: GENDER_LABELS[caseFile.client.gender] },
              { label: "出生日期", value: formatCalendarDate(caseFile.client.birthDate) || null },
              { label: "身份证号", value: caseFile.client.idNumberMasked },
              { label: "联系电话", value: caseFile.client.phoneMasked },
              { label: "微信/QQ", value: caseFile.client.imContact },
              { label: "家庭住址", value: caseFile.client.addressMasked },
              ...(intake
                ? [
                    { label: "接案日期", value: formatCalendarDate(intake.intakeDate) },
                    { label: "服务对象来源", value: `${CASE_SOURCE_LABELS[intake.source]}${intake.sourceNote ? `（${intake.sourceNote}）` : ""}` },
                    { label: "服务对象情况", value: <Multiline value={intake.situation} /> },
                    { label: "曾接受服务的情况/曾经尝试过的方法", value: <Multiline value={intake.servicesBefore} /> },
                    { label: "危机因素", value: RISK_LEVEL_LABELS[intake.crisisRisk] },
                    { label: "危机介入", value: intake.crisisIntervention ? "需要" : "不需要" },
                    { label: "最后修改", value: formatDateTime(intake.updatedAt) },
                  ]
                : []),
            ]}
          />
          <p className="mt-2 text-xs text-slate-500">身份信息取自服务对象档案（脱敏显示）；完整信息请在服务对象档案页按规定查看。</p>
          {intake && (
            <div className="mt-3 space-y-3">
              <SignoffList signers={intake.trail.signers} signoffs={intake.trail.signoffs} />
              <DocumentSteps kind="INTAKE" documentId={intake.id} version={intake.version} actions={intake.trail.actions} role={role} today={today} />
              <RevisionList revisions={intake.trail.revisions} render={(c) => <DefinitionList items={[
                { label: "接案日期", value: formatStoredCalendarDate(c.intakeDate) },
                { label: "服务对象情况", value: <Multiline value={c.situation} /> },
                { label: "曾接受服务的情况/曾经尝试过的方法", value: <Multiline value={c.servicesBefore} /> },
              ]} />} />
              <DocumentHistory events={intake.trail.events} />
            </div>
          )}
          {intake?.trail.actions.includes("edit") && (
            <details className="mt-3">
              <summary className="cursor-pointer text-brand-700">修改接案记录表</summary>
              <div className="mt-3">
                <IntakeForm
                  caseId={caseFile.id}
                  version={intake.version}
                  intake={{ ...intake, intakeDate: formatCalendarDate(intake.intakeDate) }}
                />
              </div>
            </details>
          )}
        </Card>

        <Card title="个案工作预估表">
          {assessment ? (
            <DefinitionList
              items={[
                { label: "预估日期", value: formatCalendarDate(assessment.assessedOn) },
                ...ASSESSMENT_NARRATIVES.map((k) => ({ label: ASSESSMENT_LABELS[k], value: <Multiline value={assessment[k]} /> })),
                { label: "最后修改", value: formatDateTime(assessment.updatedAt) },
              ]}
            />
          ) : (
            <p className="text-slate-500">尚未填写。此表格请在个案工作首次接触后 5 个工作日内（{formatCalendarDate(caseFile.assessmentDueOn)} 前）完成。</p>
          )}
          {assessment && (
            <div className="mt-3 space-y-3">
              <SignoffList signers={assessment.trail.signers} signoffs={assessment.trail.signoffs} />
              <DocumentSteps kind="ASSESSMENT" documentId={assessment.id} version={assessment.version} actions={assessment.trail.actions} role={role} today={today} />
              <RevisionList revisions={assessment.trail.revisions} render={(c) => <DefinitionList items={ASSESSMENT_NARRATIVES.map((k) => ({ label: ASSESSMENT_LABELS[k], value: <Multiline value={c[k]} /> }))} />} />
            </div>
          )}
          {canEdit && (!assessment || assessment.trail.actions.includes("edit")) && (
            <details className="mt-3" open={!assessment}>
              <summary className="cursor-pointer text-brand-700">{assessment ? "修改预估表" : "填写预估表"}</summary>
              <div className="mt-3">
                <AssessmentForm
                  caseId={caseFile.id}
                  today={today}
                  assessment={assessment && { ...assessment, assessedOn: formatCalendarDate(assessment.assessedOn) }}
                />
              </div>
            </details>
          )}
        </Card>

        <Card title="接受服务同意书">
          <div className="space-y-2 rounded border border-slate-200 bg-slate-50 p-3 text-sm text-slate-700" data-testid="consent-terms">
            <p>甲方（委托方）：{caseFile.client.name}　乙方（社会工作服务站/社会工作者）：{caseFile.station.name} / {caseFile.owner.name}</p>
            <p>{CONSENT_TERMS.intro}</p>
            <p className="font-medium">一、甲方将遵循以下条款：</p>
            <ol className="list-decimal space-y-1 pl-6">{CONSENT_TERMS.client.map((t) => <li key={t}>{t}</li>)}</ol>
            <p className="font-medium">二、乙方将遵循以下条款：</p>
            <ol className="list-decimal space-y-1 pl-6">{CONSENT_TERMS.station.map((t) => <li key={t}>{t}</li>)}</ol>
          </div>
          {consent ? (
            <DefinitionList
              items={[
                { label: "签订日期", value: formatCalendarDate(consent.consentedOn) },
                { label: "签字方式", value: `${CONSENT_SIGNER_LABELS[consent.signer]}${consent.guardianName ? `（监护人：${consent.guardianName}）` : ""}` },
                { label: "最后修改", value: formatDateTime(consent.updatedAt) },
              ]}
            />
          ) : (
            <p className="mt-3 text-slate-500">尚未签订。</p>
          )}
          {canEdit && (
            <details className="mt-3" open={!consent}>
              <summary className="cursor-pointer text-brand-700">{consent ? "修改同意书记录" : "记录同意书"}</summary>
              <div className="mt-3">
                <ConsentForm caseId={caseFile.id} today={today} consent={consent && { ...consent, consentedOn: formatCalendarDate(consent.consentedOn) }} />
              </div>
            </details>
          )}
        </Card>

      </div>
    </>
  );
}
