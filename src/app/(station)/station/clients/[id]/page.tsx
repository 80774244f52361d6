import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Badge, Card, DefinitionList, PageHeader } from "@/components/ui/card";
import { revealClientField } from "@/features/clients/actions";
import { ClientForm } from "@/features/clients/components/client-form";
import { RevealField } from "@/features/clients/components/reveal-field";
import { ageOn, CLIENT_SENSITIVE_LABELS, type ClientSensitiveField } from "@/features/clients/helpers";
import { clientFormOptions, clientViewers, getClient } from "@/features/clients/queries";
import { listClientCases } from "@/features/cases/queries";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";
import { formatCalendarDate, formatDate, formatDateTime } from "@/lib/dates";
import { AUDIT_ACTION_LABELS, CASE_STATUS_LABELS, CLIENT_CATEGORY_LABELS, GENDER_LABELS, RISK_LEVEL_LABELS, SERVICE_DOMAIN_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "服务对象档案" };

export default async function ClientPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requireActor();
  const found = await getClient(actor, id);
  if (!found) notFound();
  const { client, canEdit } = found;
  const [viewers, options, cases] = await Promise.all([
    clientViewers(actor, id),
    canEdit ? clientFormOptions(actor) : Promise.resolve(null),
    listClientCases(actor, id),
  ]);
  const sensitive = (field: ClientSensitiveField, masked: string | null, present: boolean) =>
    present ? <RevealField action={revealClientField} hidden={{ clientId: client.id, field }} masked={masked ?? "已加密"} label={CLIENT_SENSITIVE_LABELS[field]} /> : null;
  const age = ageOn(client.birthDate, formatDate(new Date()));
  return (
    <>
      <PageHeader
        title={client.name}
        description={<>{client.station.name} · 负责社工 {client.owner.name} <Badge tone={client.riskLevel === "HIGH" ? "red" : client.riskLevel === "MEDIUM" ? "amber" : "slate"}>危机因素：{RISK_LEVEL_LABELS[client.riskLevel]}</Badge></>}
        actions={
          <>
            {canEdit && can(actor, "case:manage") && <ButtonLink href={`/station/cases/new?client=${client.id}`} variant="primary">开案</ButtonLink>}
            <ButtonLink href="/station/clients">返回列表</ButtonLink>
          </>
        }
      />
      <div className="space-y-4">
        <Card title="基本信息">
          <DefinitionList
            items={[
              { label: "性别", value: GENDER_LABELS[client.gender] },
              { label: "出生日期", value: client.birthDate ? `${formatCalendarDate(client.birthDate)}（${age} 岁）` : null },
              { label: "身份证号", value: sensitive("idNumber", client.idNumberMasked, !!client.idNumberMasked) },
              { label: "联系电话", value: sensitive("phone", client.phoneMasked, !!client.phoneMasked) },
              { label: "微信/QQ", value: client.imContact },
              { label: "家庭住址", value: sensitive("address", client.addressMasked, !!client.addressMasked) },
              { label: "村（社区）", value: client.community?.name },
              { label: "服务领域", value: SERVICE_DOMAIN_LABELS[client.serviceDomain] },
              { label: "类别", value: client.categories.map((c) => CLIENT_CATEGORY_LABELS[c]).join("、") },
              { label: "健康状况", value: sensitive("health", "已加密保存", client.hasHealth) },
              { label: "服务对象情况", value: sensitive("situation", "已加密保存", client.hasSituation) },
              { label: "已享受的政策", value: client.policiesReceived },
              { label: "家庭档案", value: client.household ? <Link className="text-brand-700 underline" href={`/station/households/${client.household.id}`}>查看家庭档案（{client.household.addressMasked ?? "未填写住址"}）</Link> : null },
            ]}
          />
          <p className="mt-3 text-xs text-slate-500">敏感信息默认脱敏显示；查看完整信息需填写原因，并记入“谁查看过此档案”。</p>
        </Card>
        {canEdit && options && (
          <Card title="编辑服务对象信息">
            <ClientForm
              stations={options.stations.filter((s) => s.id === client.stationId)}
              communities={options.communities}
              households={[]}
              client={{
                id: client.id, version: client.version, name: client.name, gender: client.gender, birthDate: formatCalendarDate(client.birthDate),
                imContact: client.imContact, communityId: client.communityId, policiesReceived: client.policiesReceived, categories: client.categories,
                riskLevel: client.riskLevel, serviceDomain: client.serviceDomain,
                current: {
                  idNumber: client.idNumberMasked, phone: client.phoneMasked, address: client.addressMasked,
                  health: client.hasHealth ? "已填写" : null, situation: client.hasSituation ? "已填写" : null,
                },
              }}
            />
          </Card>
        )}
        <Card title="个案">
          {cases.length > 0 ? (
            <ul className="divide-y divide-slate-100" data-testid="client-cases">
              {cases.map((c) => (
                <li key={c.id} className="flex items-center justify-between gap-2 py-2">
                  <Link href={`/station/cases/${c.id}`} className="font-mono text-brand-700 hover:underline">{c.number}</Link>
                  <span className="text-slate-500">{formatCalendarDate(c.firstContactOn)} 首次接触 · {c.owner.name}</span>
                  <Badge tone={c.status === "OPEN" ? "blue" : "slate"}>{CASE_STATUS_LABELS[c.status]}</Badge>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-slate-400">尚未开案</p>
          )}
        </Card>
        <Card title="谁查看过此档案">
          {viewers && viewers.length > 0 ? (
            <table className="min-w-full text-left text-sm" data-testid="client-viewers">
              <thead className="text-slate-600"><tr><th className="py-1 pr-3">时间</th><th className="pr-3">人员</th><th className="pr-3">操作</th><th>原因 / 信息项</th></tr></thead>
              <tbody className="divide-y divide-slate-100">
                {viewers.map((v) => {
                  const detail = (v.detail ?? {}) as { field?: ClientSensitiveField; reason?: string };
                  return (
                    <tr key={String(v.id)}>
                      <td className="whitespace-nowrap py-1 pr-3">{formatDateTime(v.at)}</td>
                      <td className="pr-3">{v.actorName}</td>
                      <td className="pr-3">{AUDIT_ACTION_LABELS[v.action] ?? v.action}</td>
                      <td>{detail.field ? `${CLIENT_SENSITIVE_LABELS[detail.field] ?? detail.field}：${detail.reason ?? ""}` : ""}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : <p className="text-slate-500">暂无记录</p>}
        </Card>
      </div>
    </>
  );
}
