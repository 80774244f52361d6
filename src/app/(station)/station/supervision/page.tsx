import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FilterSelect } from "@/components/data-table";
import { Button } from "@/components/ui/button";
import { Badge, Card, PageHeader, Stat } from "@/components/ui/card";
import { AssignSupervisorForm } from "@/features/supervision/components/assign-supervisor-form";
import { RemoveAssignmentButton } from "@/features/supervision/components/remove-assignment-button";
import { currentSupervisionStation, mySupervisees, stationSupervision } from "@/features/supervision/queries";
import { requireActor } from "@/server/auth";
import { formatDate } from "@/lib/dates";

export const metadata: Metadata = { title: "督导关系" };

type Person = { name: string; username: string; isActive: boolean };

function PersonName({ person }: { person: Person }) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <span>{person.name}</span>
      <span className="text-xs text-slate-400">{person.username}</span>
      {!person.isActive && <Badge>已停用</Badge>}
    </span>
  );
}

export default async function SupervisionPage({ searchParams }: { searchParams: Promise<{ station?: string }> }) {
  const actor = await requireActor();
  const { station: requested } = await searchParams;
  const [{ station, stations }, mine] = await Promise.all([currentSupervisionStation(actor, requested), mySupervisees(actor)]);
  const data = station ? await stationSupervision(actor, station.id) : null;
  if (!data && !mine) notFound();

  const unassigned = data?.rows.filter((r) => r.worker.current && r.worker.isActive && r.assignments.length === 0).length ?? 0;
  return (
    <>
      <PageHeader
        title="督导关系"
        description={data ? `${data.station.name}：督导可查阅并审核其所督导社工的服务记录。` : "您作为督导负责的社工。"}
        actions={
          stations.length > 1 && (
            <form method="get" className="flex items-center gap-2">
              <FilterSelect name="station" value={station?.id} placeholder="选择社工站" options={stations.map((s) => ({ value: s.id, label: s.name }))} />
              <Button type="submit" variant="secondary">切换</Button>
            </form>
          )
        }
      />

      {data && (
        <>
          <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
            <Stat label="本站社工" value={<span data-testid="worker-count">{data.rows.filter((r) => r.worker.current).length}</span>} />
            <Stat label="本站督导" value={<span data-testid="supervisor-count">{data.supervisors.length}</span>} />
            <Stat
              label="未指定督导的社工"
              value={<span data-testid="unassigned-count">{unassigned}</span>}
              hint={unassigned > 0 ? <span className="text-amber-700">请为每名社工指定督导</span> : <span className="text-green-700">每名在岗社工均有督导</span>}
            />
          </div>

          <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
            <Card title="本站社工与督导" className="lg:col-span-2">
              {data.rows.length === 0 ? (
                <p className="text-slate-500">本站尚无“驻站社工”角色的人员。</p>
              ) : (
                <table className="w-full text-left" data-testid="supervision-table">
                  <thead className="text-slate-500">
                    <tr>
                      <th className="w-2/5 py-1.5 pr-3 font-medium">社工</th>
                      <th className="py-1.5 font-medium">督导</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {data.rows.map(({ worker, assignments }) => (
                      <tr key={worker.id} className="align-top">
                        <td className="py-2 pr-3">
                          <PersonName person={worker} />
                          {!worker.current && <div className="mt-0.5 text-xs text-amber-700">已不再担任本站社工</div>}
                        </td>
                        <td className="py-2">
                          {assignments.length === 0 ? (
                            <Badge tone="amber">未指定</Badge>
                          ) : (
                            <ul className="space-y-1">
                              {assignments.map((a) => (
                                <li key={a.id} className="flex flex-wrap items-center justify-between gap-2">
                                  <span className="inline-flex items-center gap-2">
                                    <PersonName person={a.supervisor} />
                                    {!a.supervisorCurrent && <Badge tone="amber">已不再担任本站督导</Badge>}
                                    <span className="text-xs text-slate-500">自 {formatDate(a.createdAt)}</span>
                                  </span>
                                  <RemoveAssignmentButton id={a.id} supervisorName={a.supervisor.name} workerName={worker.name} />
                                </li>
                              ))}
                            </ul>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Card>

            <div className="space-y-4">
              <Card title="指定督导">
                {data.supervisorOptions.length === 0 ? (
                  <p className="text-slate-500">本站尚无在岗的“督导”角色人员。请联系区民政局管理员在“用户与角色”中为督导授予本站的督导角色。</p>
                ) : data.workerOptions.length === 0 ? (
                  <p className="text-slate-500">本站尚无在岗的社工。</p>
                ) : (
                  <AssignSupervisorForm stationId={data.station.id} workers={data.workerOptions} supervisors={data.supervisorOptions} />
                )}
              </Card>
              <Card title="本站督导">
                {data.supervisors.length === 0 ? (
                  <p className="text-slate-500">暂无</p>
                ) : (
                  <ul className="divide-y divide-slate-100">
                    {data.supervisors.map((s) => (
                      <li key={s.id} className="flex items-center justify-between py-1.5">
                        <PersonName person={s} />
                        <span className="text-slate-500">督导 {s.workerCount} 名社工</span>
                      </li>
                    ))}
                  </ul>
                )}
              </Card>
            </div>
          </div>
        </>
      )}

      {mine && (
        <Card title="我督导的社工" className={data ? "mt-4" : undefined}>
          {mine.length === 0 ? (
            <p className="text-slate-500">尚未指定您督导的社工。督导关系由站长或副站长指定。</p>
          ) : (
            <table className="w-full text-left" data-testid="my-supervisees">
              <thead className="text-slate-500">
                <tr>
                  <th className="py-1.5 pr-3 font-medium">社工</th>
                  <th className="py-1.5 pr-3 font-medium">社工站</th>
                  <th className="py-1.5 font-medium">指定日期</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {mine.map((a) => (
                  <tr key={a.id}>
                    <td className="py-1.5 pr-3"><PersonName person={a.worker} /></td>
                    <td className="py-1.5 pr-3">{a.station.name}</td>
                    <td className="py-1.5">{formatDate(a.createdAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      )}
    </>
  );
}
