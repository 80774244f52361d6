import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button";
import { RevealField } from "@/features/clients/components/reveal-field";
import { ageOn } from "@/features/clients/helpers";
import { revealHouseholdField } from "@/features/households/actions";
import { canEditHousehold } from "@/features/households/edit";
import { getHousehold } from "@/features/households/queries";
import { requireActor } from "@/server/auth";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/dates";
import { CASE_STATUS_LABELS, CLIENT_CATEGORY_LABELS, GENDER_LABELS, RISK_LEVEL_LABELS, VISIT_TYPE_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "家庭档案" };

export default async function HouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const found = await getHousehold(actor, id);
  if (!found) notFound();
  const { household, clients, hiddenClients, cases, visits } = found;
  const canEdit = await canEditHousehold(actor, household.id);
  const today = formatDate(new Date());
  return (
    <>
      <PageHeader title="家庭档案（一户一档）" description={household.station.name} actions={<>{canEdit && <ButtonLink href={`/station/households/${household.id}/edit`} variant="primary">编辑</ButtonLink>}<ButtonLink href="/station/clients">服务对象列表</ButtonLink></>} />
      <div className="space-y-4">
        <Card title="家庭信息">
          <DefinitionList
            items={[
              { label: "家庭住址", value: household.addressMasked ? <RevealField action={revealHouseholdField} hidden={{ householdId: household.id, field: "address" }} masked={household.addressMasked} label="家庭住址" /> : null },
              { label: "村（社区）", value: household.community?.name },
              { label: "建档日期", value: formatDate(household.createdAt) },
              { label: "备注", value: household.notes ? <span className="whitespace-pre-wrap">{household.notes}</span> : null },
            ]}
          />
        </Card>
        <Card title="本户服务对象">
          {clients.length === 0 ? <p className="text-slate-500">暂无</p> : (
            <ul className="space-y-1">
              {clients.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-2">
                  <Link className="text-brand-700 underline" href={`/station/clients/${c.id}`}>{c.name}</Link>
                  <span>{GENDER_LABELS[c.gender]}{c.birthDate ? `，${ageOn(c.birthDate, today)} 岁` : ""}</span>
                  <span className="font-mono text-xs">{c.idNumberMasked}</span>
                  {c.categories.map((k) => <Badge key={k}>{CLIENT_CATEGORY_LABELS[k]}</Badge>)}
                  <Badge>危机因素：{RISK_LEVEL_LABELS[c.riskLevel]}</Badge>
                  <span className="text-slate-500">负责社工 {c.owner.name}</span>
                </li>
              ))}
            </ul>
          )}
          {hiddenClients > 0 && <p className="mt-2 text-slate-600" data-testid="hidden-clients">另有 {hiddenClients} 名服务对象由其他社工负责</p>}
        </Card>
        <Card title="本户个案">
          {cases.length === 0 ? <p className="text-slate-500">暂无您可查阅的个案</p> : (
            <ul className="space-y-1" data-testid="household-cases">
              {cases.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center gap-2">
                  <Link className="font-mono text-brand-700 underline" href={`/station/cases/${c.id}`}>{c.number}</Link>
                  <span>{c.client.name}</span>
                  <Badge tone={c.status === "OPEN" ? "blue" : "slate"}>{CASE_STATUS_LABELS[c.status]}</Badge>
                  <span className="text-slate-500">{formatCalendarDate(c.firstContactOn)}{c.closedOn ? ` 至 ${formatCalendarDate(c.closedOn)}` : " 起"} · 负责社工 {c.owner.name}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="探访记录">
          {visits.length === 0 ? <p className="text-slate-500">暂无您可查阅的探访记录</p> : (
            <ul className="space-y-1" data-testid="household-visits">
              {visits.map((v) => (
                <li key={v.id} className="flex flex-wrap items-center gap-2">
                  <Link className="text-brand-700 underline" href={`/station/visits/${v.id}`}>{formatDateTime(v.visitedAt)}</Link>
                  <span>{VISIT_TYPE_LABELS[v.visitType]} · {v.target}</span>
                  <span className="text-slate-500">负责社工 {v.worker.name}</span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="家庭主要成员">
          {household.members.length === 0 ? <p className="text-slate-500">暂无</p> : (
            <table className="min-w-full text-left text-sm">
              <thead className="text-slate-600"><tr><th className="py-1 pr-3">姓名</th><th className="pr-3">关系</th><th className="pr-3">年龄</th><th className="pr-3">联系电话</th><th className="pr-3">是否同住</th><th>工作单位</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {household.members.map((m) => (
                  <tr key={m.id}>
                    <td className="py-1 pr-3">{m.name}</td>
                    <td className="pr-3">{m.relation}</td>
                    <td className="pr-3">{m.age ?? ""}</td>
                    <td className="pr-3">{m.phoneMasked ? <RevealField action={revealHouseholdField} hidden={{ householdId: household.id, field: "memberPhone", memberId: m.id }} masked={m.phoneMasked} label={`${m.name}的联系电话`} /> : ""}</td>
                    <td className="pr-3">{m.livesTogether ? "是" : "否"}</td>
                    <td>{m.employer}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </>
  );
}
