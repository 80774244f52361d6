import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Button, ButtonLink } from "@/components/ui/button";
import { Badge, Card, PageHeader, Stat } from "@/components/ui/card";
import { CalendarDayForm } from "@/features/calendar/components/calendar-day-form";
import { RemoveCalendarDayButton } from "@/features/calendar/components/remove-calendar-day-button";
import { calendarYear, getCalendarYear } from "@/features/calendar/queries";
import { CALENDAR_YEAR_MAX, CALENDAR_YEAR_MIN, WEEKDAY_LABELS } from "@/features/calendar/schemas";
import { requireActor } from "@/server/auth";
import { formatCalendarDate } from "@/lib/dates";
import { CALENDAR_DAY_KIND_LABELS } from "@/lib/labels";

export const metadata: Metadata = { title: "工作日历" };

type SearchParams = Promise<{ year?: string | string[]; edit?: string | string[] }>;

export default async function CalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const year = calendarYear(sp.year);
  const data = await getCalendarYear(actor, year);
  if (!data) notFound();

  const thisYear = calendarYear(undefined);
  const firstYear = Math.max(CALENDAR_YEAR_MIN, Math.min(year, thisYear - 1, data.entryYears?.first ?? thisYear));
  const lastYear = Math.min(CALENDAR_YEAR_MAX, Math.max(year, thisYear + 1, data.entryYears?.last ?? thisYear));
  const years = Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i);

  const editKey = Array.isArray(sp.edit) ? sp.edit[0] : sp.edit;
  const editing = editKey ? data.rows.find((r) => formatCalendarDate(r.date) === editKey) : undefined;
  const yearHref = (y: number) => `/system/calendar?year=${y}`;

  const months = new Map<number, typeof data.rows>();
  for (const row of data.rows) {
    const month = row.date.getUTCMonth() + 1;
    months.set(month, [...(months.get(month) ?? []), row]);
  }

  return (
    <>
      <PageHeader
        title={`${year} 年工作日历`}
        description="法定节假日与调休上班日。周一至周五为工作日、周六周日休息，除非此处另有设置；个案预估等“工作日”期限按此计算。"
        actions={
          <form method="get" action="/system/calendar" className="flex items-center gap-2">
            {year > CALENDAR_YEAR_MIN && <ButtonLink href={yearHref(year - 1)} aria-label="上一年">‹ {year - 1}</ButtonLink>}
            <select name="year" defaultValue={year} aria-label="年份" className="rounded-md border border-slate-300 px-2 py-1.5">
              {years.map((y) => <option key={y} value={y}>{y} 年</option>)}
            </select>
            <Button type="submit" variant="secondary">查看</Button>
            {year < CALENDAR_YEAR_MAX && <ButtonLink href={yearHref(year + 1)} aria-label="下一年">{year + 1} ›</ButtonLink>}
          </form>
        }
      />
      <div className="mb-4 grid grid-cols-2 gap-3 md:grid-cols-4">
        <Stat label="节假日（休息）" value={<span data-testid="holiday-count">{data.holidays}</span>} hint="含假期中的周末" />
        <Stat label="调休上班" value={<span data-testid="workday-count">{data.workdays}</span>} hint="需上班的周六、周日" />
        <Stat label="全年工作日" value={<span data-testid="working-day-count">{data.workingDays}</span>} hint={data.rows.length === 0 ? <span className="text-amber-700">本年尚未设置节假日，按周一至周五计算</span> : "按本页设置计算"} />
      </div>

      <div className="grid grid-cols-1 gap-4 lg:grid-cols-3">
        <div className="space-y-4 lg:col-span-2">
          {data.rows.length === 0 ? (
            <Card><p className="text-slate-500">{year} 年尚未设置节假日或调休上班日。请按国务院办公厅当年发布的节假日安排通知逐日添加。</p></Card>
          ) : (
            [...months.entries()].map(([month, rows]) => (
              <Card key={month} title={`${month} 月`}>
                <table className="w-full table-fixed text-left">
                  <thead className="text-slate-500">
                    <tr>
                      <th className="w-28 py-1.5 pr-3 font-medium">日期</th>
                      <th className="w-14 py-1.5 pr-3 font-medium">星期</th>
                      <th className="w-36 py-1.5 pr-3 font-medium">类型</th>
                      <th className="py-1.5 pr-3 font-medium">名称</th>
                      <th className="w-32 py-1.5 font-medium"><span className="sr-only">操作</span></th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {rows.map((r) => {
                      const key = formatCalendarDate(r.date);
                      const weekend = r.date.getUTCDay() === 0 || r.date.getUTCDay() === 6;
                      return (
                        <tr key={key} data-testid={`calendar-day-${key}`} className={editing?.date.getTime() === r.date.getTime() ? "bg-amber-50" : undefined}>
                          <td className="py-1.5 pr-3 font-mono">{key}</td>
                          <td className={weekend ? "py-1.5 pr-3 text-slate-500" : "py-1.5 pr-3"}>{WEEKDAY_LABELS[r.date.getUTCDay()]}</td>
                          <td className="py-1.5 pr-3">{r.kind === "HOLIDAY" ? <Badge tone="red">{CALENDAR_DAY_KIND_LABELS.HOLIDAY}</Badge> : <Badge tone="blue">{CALENDAR_DAY_KIND_LABELS.WORKDAY}</Badge>}</td>
                          <td className="py-1.5 pr-3">{r.name}</td>
                          <td className="py-1.5">
                            <div className="flex items-center justify-end gap-2">
                              <Link href={`/system/calendar?year=${year}&edit=${key}`} className="text-brand-700 hover:underline">修改</Link>
                              <RemoveCalendarDayButton date={key} name={r.name} />
                            </div>
                          </td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </Card>
            ))
          )}
        </div>
        <div className="lg:sticky lg:top-4 lg:self-start">
          <Card title={editing ? `修改 ${formatCalendarDate(editing.date)}` : "添加日期"}>
            <CalendarDayForm
              key={editing ? formatCalendarDate(editing.date) : "new"}
              day={editing && { date: formatCalendarDate(editing.date), kind: editing.kind, name: editing.name }}
              cancelHref={yearHref(year)}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
