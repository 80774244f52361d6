import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, PageHeader, Stat } from "@/components/ui/card";
import { ComplianceBadge, ComplianceTable } from "@/features/stations/components/compliance";
import { getDistrictOverview } from "@/features/stations/queries";
import { requireActor } from "@/server/auth";
import { EVALUATION_GRADE_LABELS } from "@/lib/labels";
import { can } from "@/server/permissions";
import { returnedDeclarationTodo, reviewQueue } from "@/features/reviews/queries";
import { TodoList } from "@/features/reviews/components/todo-list";

export const metadata: Metadata = { title: "区级总览" };

export default async function BureauHomePage() {
  const actor = await requireActor();
  const [{ stats, compliance, byStreet, contractors }, queue, returned] = await Promise.all([
    getDistrictOverview(actor),
    can(actor, "budget:review") || can(actor, "report:review") || can(actor, "brief:review") || can(actor, "declaration:review") ? reviewQueue(actor) : null,
    returnedDeclarationTodo(actor, "bureau"),
  ]);
  const href = (id: string) => `/bureau/stations/${id}`;
  return (
    <>
      <PageHeader title="区级总览" description="本区社工站建设与人员配置情况" />
      <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4 xl:grid-cols-7" data-testid="overview-stats">
        <Stat label="街道（乡镇）" value={stats.streets} />
        <Stat label="乡镇（街道）社工站" value={stats.townshipStations} />
        <Stat label="村（社区）社工室" value={stats.communityRooms} />
        <Stat label="承接机构" value={stats.contractors} />
        <Stat label="在岗驻站人员" value={stats.activeStaff} />
        <Stat label="持证社工" value={stats.certifiedStaff} hint="助理社会工作师及以上" />
        <Stat label="在册志愿者" value={stats.activeVolunteers} />
      </div>

      {queue && (
        <div className="mb-4">
          <TodoList
            title="待审核"
            moreHref="/bureau/reviews"
            items={queue.map((q) => ({ id: q.id, kindLabel: q.kindLabel, project: q.project, title: q.title, href: q.href, note: q.awaitingOpinion ? "待督导意见" : `已等待 ${q.waitingDays} 天`, tone: q.awaitingOpinion ? "amber" : q.waitingDays > 10 ? "red" : "blue" }))}
          />
        </div>
      )}

      {returned.length > 0 && <div className="mb-4"><TodoList items={returned} moreHref="/bureau/declarations" /></div>}

      <Card title="人员配置达标情况" className="mb-4">
        <ComplianceTable rows={compliance} hrefOf={href} />
      </Card>

      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="各街道（乡镇）社工站">
          <table className="min-w-full text-left" data-testid="stations-by-street">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">街道（乡镇）</th>
                <th className="px-3 py-2 font-medium">乡镇（街道）社工站</th>
                <th className="px-3 py-2 font-medium">社工室</th>
                <th className="px-3 py-2 font-medium">村（社区）</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {byStreet.map((street) => (
                <tr key={street.id}>
                  <td className="px-3 py-2 align-top"><Link href={`/bureau/streets/${street.id}`} className="text-brand-700 hover:underline">{street.name}</Link></td>
                  <td className="px-3 py-2 align-top">
                    {street.township.length === 0 && <span className="text-red-700">未建站</span>}
                    {street.township.map((s) => (
                      <div key={s.id} className="flex items-start justify-between gap-2">
                        <Link href={href(s.id)} className="hover:underline">{s.name}</Link>
                        <span className="shrink-0 whitespace-nowrap"><ComplianceBadge staffing={s.staffing} /></span>
                      </div>
                    ))}
                  </td>
                  <td className="px-3 py-2 align-top">{street.rooms.length}</td>
                  <td className="px-3 py-2 align-top">{street.communities}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
        <Card title="承接机构">
          <table className="min-w-full text-left" data-testid="contractors">
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">机构名称</th>
                <th className="px-3 py-2 font-medium">评估等级</th>
                <th className="px-3 py-2 font-medium">运营站点</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {contractors.map((c) => (
                <tr key={c.id}>
                  <td className="px-3 py-2"><Link href={`/bureau/stations?contractorId=${c.id}`} className="text-brand-700 hover:underline">{c.name}</Link></td>
                  <td className="px-3 py-2">{c.evaluationGrade === "NONE" ? <span className="text-slate-400">未评估</span> : <Badge tone="blue">{EVALUATION_GRADE_LABELS[c.evaluationGrade]}</Badge>}</td>
                  <td className="px-3 py-2">{c._count.stations} 个</td>
                </tr>
              ))}
              {contractors.length === 0 && <tr><td colSpan={3} className="px-3 py-6 text-center text-slate-400">暂无承接机构</td></tr>}
            </tbody>
          </table>
        </Card>
      </div>
    </>
  );
}
