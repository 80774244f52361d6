import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, DefinitionList, Multiline, PageHeader } from "@/components/ui/card";
import { DocumentSteps } from "@/features/documents/components/document-steps";
import { DocumentHistory, RevisionList, SignoffList } from "@/features/documents/components/document-trail";
import { VisitForm } from "@/features/visits/components/visit-form";
import { VisitSignBadge } from "@/features/visits/components/visit-sign-badge";
import { LinkCaseForm, VisitOpinionForm } from "@/features/visits/components/visit-steps";
import { formatVisitTime, toDateTimeInput } from "@/features/visits/helpers";
import { getVisit, linkableCases, situationClients, visitFormOptions } from "@/features/visits/queries";
import { requireActor } from "@/server/auth";
import { formatDate, formatDateTime } from "@/lib/dates";
import { CASE_STATUS_LABELS, FOLLOW_UP_KIND_LABELS, SERVICE_DOMAIN_LABELS, VISIT_TYPE_LABELS } from "@/lib/labels";
import type { FollowUpKind, ServiceDomain, VisitType } from "@/generated/prisma/enums";

export const metadata: Metadata = { title: "探访记录表" };


type RevisionHousehold = { name?: string; note?: string | null };
type RevisionSituation = { names?: string | null; description?: string | null; followUp?: FollowUpKind; followUpNote?: string | null };

/** A kept revision of the form, from its decrypted row. */
function RevisionView({ c }: { c: Record<string, unknown> }) {
  const households = (Array.isArray(c.households) ? c.households : []) as RevisionHousehold[];
  const situations = (Array.isArray(c.situations) ? c.situations : []) as RevisionSituation[];
  return (
    <DefinitionList
      items={[
        { label: "服务对象", value: <Multiline value={c.target} /> },
        { label: "服务领域", value: SERVICE_DOMAIN_LABELS[c.serviceDomain as ServiceDomain] },
        { label: "服务类型", value: VISIT_TYPE_LABELS[c.visitType as VisitType] },
        { label: "日期及时间", value: c.visitedAt ? formatVisitTime(new Date(String(c.visitedAt))) : null },
        { label: "地点", value: <Multiline value={c.place} /> },
        { label: "探访总户数", value: `共探访 ${String(c.householdCount)} 户` },
        { label: "探访名单", value: households.map((h) => h.name).join("、") },
        { label: "具体探访工作内容", value: <Multiline value={c.content} /> },
        { label: "特殊情况", value: situations.map((s) => `${s.names ?? ""}：${s.description ?? ""}（${s.followUp ? FOLLOW_UP_KIND_LABELS[s.followUp] : ""}${s.followUpNote ? `，${s.followUpNote}` : ""}）`).join("；") },
        { label: "督导意见", value: <Multiline value={c.supervisorOpinion} /> },
      ]}
    />
  );
}

export default async function VisitPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const page = await getVisit(actor, id);
  if (!page) notFound();
  const { visit, role, trail, signState, canEdit, canOpinion, canLink } = page;
  const caseSituations = canLink && visit.situations.some((s) => s.followUp === "CASE");
  const [options, cases, clients] = await Promise.all([
    canEdit ? visitFormOptions(actor, visit) : Promise.resolve(null),
    caseSituations ? linkableCases(actor, visit.stationId) : Promise.resolve([]),
    caseSituations ? situationClients(actor, visit.stationId) : Promise.resolve([]),
  ]);
  return (
    <>
      <PageHeader
        title="探访记录表"
        description={<>{visit.stationName} · 负责社工 {visit.workerName} · 第 {visit.revision} 版 <VisitSignBadge state={signState} revision={1} /></>}
        actions={
          <>
            <ButtonLink href={`/station/visits/${visit.id}/print`}>打印</ButtonLink>
            <ButtonLink href="/station/visits">返回列表</ButtonLink>
          </>
        }
      />
      <div className="space-y-4">
        <Card title="探访记录">
          <div className="space-y-4" data-testid="visit">
            <DefinitionList
              items={[
                { label: "服务对象", value: visit.target },
                { label: "负责社工", value: visit.workerName },
                { label: "服务领域", value: SERVICE_DOMAIN_LABELS[visit.serviceDomain] },
                { label: "服务类型", value: VISIT_TYPE_LABELS[visit.visitType] },
                { label: "日期及时间", value: formatVisitTime(visit.visitedAt) },
                { label: "地点", value: visit.place },
                { label: "村（社区）", value: visit.communityName },
                { label: "探访总户数", value: `共探访 ${visit.householdCount} 户` },
              ]}
            />
            <div>
              <h3 className="mb-1 font-medium">探访名单</h3>
              <table className="min-w-full text-left text-sm" data-testid="visit-households">
                <thead className="text-slate-600"><tr><th className="py-1 pr-3">序号</th><th className="pr-3">姓名</th><th className="pr-3">家庭档案</th><th>备注</th></tr></thead>
                <tbody className="divide-y divide-slate-100">
                  {visit.households.map((h, i) => (
                    <tr key={h.id}>
                      <td className="py-1 pr-3">{i + 1}</td>
                      <td className="pr-3">{h.name}</td>
                      <td className="pr-3">{h.readable ? <Link className="text-brand-700 underline" href={`/station/households/${h.householdId}`}>查看家庭档案</Link> : h.householdId ? "已关联" : ""}</td>
                      <td>{h.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div>
              <h3 className="mb-1 font-medium">具体探访工作内容</h3>
              <p className="whitespace-pre-wrap" data-testid="visit-content">{visit.content}</p>
            </div>
          </div>
        </Card>

        <Card title="特殊情况跟进">
          {visit.situations.length === 0 ? <p className="text-slate-500">无</p> : (
            <ol className="space-y-3" data-testid="visit-situations">
              {visit.situations.map((s, i) => (
                <li key={s.id} className="rounded border border-slate-200 p-3">
                  <DefinitionList
                    items={[
                      { label: "特殊情况的名单", value: <Multiline value={s.names} /> },
                      { label: "特殊情况描述", value: <Multiline value={s.description} /> },
                      { label: "跟进形式", value: `${FOLLOW_UP_KIND_LABELS[s.followUp]}${s.followUpNote ? `（${s.followUpNote}）` : ""}` },
                      ...(s.followUp === "CASE"
                        ? [{
                            label: "关联个案",
                            value: !s.caseFile
                              ? <span className="text-slate-400">尚未关联</span>
                              : s.caseFile.readable
                                ? <span data-testid={`situation-${i + 1}-case`}><Link className="font-mono text-brand-700 underline" href={`/station/cases/${s.caseFile.id}`}>{s.caseFile.number}</Link> <Badge tone={s.caseFile.status === "OPEN" ? "blue" : "slate"}>{CASE_STATUS_LABELS[s.caseFile.status]}</Badge></span>
                                : <span data-testid={`situation-${i + 1}-case`} className="text-slate-500">已关联个案（您无权查看该个案）</span>,
                          }]
                        : []),
                    ]}
                  />
                  {canLink && s.followUp === "CASE" && (
                    <div className="mt-3 space-y-2 border-t border-slate-100 pt-3">
                      {cases.length > 0
                        ? <LinkCaseForm situationId={s.id} index={i} current={s.caseFile?.readable ? s.caseFile.id : null} cases={cases.map((c) => ({ id: c.id, number: c.number, clientName: c.client.name }))} />
                        : <p className="text-slate-500">您目前没有在办的个案可关联。</p>}
                      {!s.caseFile && (
                        <form method="get" action="/station/cases/new" className="flex flex-wrap items-end gap-2" data-testid={`situation-${i + 1}-open-case`}>
                          <input type="hidden" name="visitSituation" value={s.id} />
                          <label className="text-sm">
                            <span className="mb-1 block text-slate-600">为此情况开案：服务对象</span>
                            <select name="client" required className="rounded border border-slate-300 px-2 py-1.5">
                              {clients.map((c) => <option key={c.id} value={c.id}>{c.name}{c.idNumberMasked ? `（${c.idNumberMasked}）` : ""}</option>)}
                            </select>
                          </label>
                          <button type="submit" className="rounded bg-brand-700 px-3 py-1.5 text-sm text-white hover:bg-brand-800">开案</button>
                        </form>
                      )}
                      <p className="text-xs text-slate-500">
                        服务对象尚未登记时，请先在<Link className="text-brand-700 underline" href="/station/clients/new">服务对象</Link>中登记，再回到本页开案。
                      </p>
                    </div>
                  )}
                </li>
              ))}
            </ol>
          )}
        </Card>

        <Card title="督导意见">
          <div className="space-y-3">
            {visit.supervisorOpinion
              ? <p className="whitespace-pre-wrap" data-testid="visit-opinion">{visit.supervisorOpinion}</p>
              : <p className="text-slate-500">督导尚未填写意见。</p>}
            {visit.supervisorOpinion && visit.opinionBy && <p className="text-xs text-slate-500">{visit.opinionBy.actorName} · {formatDateTime(visit.opinionBy.at)}</p>}
            {canOpinion && <VisitOpinionForm visitId={visit.id} version={visit.version} opinion={visit.supervisorOpinion} />}
          </div>
        </Card>

        <Card title="签名与更正">
          <div className="space-y-4">
            <SignoffList signers={trail.signers} signoffs={trail.signoffs} />
            {canEdit && options && (
              <details>
                <summary className="cursor-pointer text-brand-700">修改探访记录</summary>
                <div className="mt-3">
                  <VisitForm
                    workerName={visit.workerName}
                    communities={options.communities}
                    households={options.households}
                    defaultVisitedAt={toDateTimeInput(visit.visitedAt)}
                    visit={{
                      id: visit.id, version: visit.version, target: visit.target, serviceDomain: visit.serviceDomain, visitType: visit.visitType,
                      visitedAt: toDateTimeInput(visit.visitedAt), place: visit.place, communityId: visit.communityId, householdCount: visit.householdCount,
                      content: visit.content ?? "",
                      households: visit.households.map((h) => ({ name: h.name, householdId: h.householdId, note: h.note })),
                      situations: visit.situations.map((s) => ({ id: s.id, names: s.names, description: s.description, followUp: s.followUp, followUpNote: s.followUpNote })),
                    }}
                  />
                </div>
              </details>
            )}
            <DocumentSteps kind="VISIT" documentId={visit.id} version={visit.version} actions={trail.actions} role={role} today={formatDate(new Date())} />
            <h3 className="font-medium">签名记录</h3>
            <DocumentHistory events={trail.events} />
            <RevisionList revisions={trail.revisions} render={(c) => <RevisionView c={c} />} />
          </div>
        </Card>
      </div>
    </>
  );
}
