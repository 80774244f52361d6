import Link from "next/link";
import { Card } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { formatCalendarDate, monthLabel } from "@/lib/dates";
import { BRIEF_STANDING_LABELS, SUBMISSION_STATUS_LABELS } from "@/lib/labels";
import { BRIEF_STANDING_CELL } from "../labels";
import type { BriefGrid, GridCell } from "../queries";
import { BRIEF_STANDINGS } from "../standing";

function cellTitle(stationName: string, c: GridCell) {
  const parts = [`${stationName} ${monthLabel(c.month)}`, BRIEF_STANDING_LABELS[c.standing], `报送截止 ${formatCalendarDate(c.dueOn)}`, c.contractCode];
  if (c.brief) parts.push(`审核状态：${SUBMISSION_STATUS_LABELS[c.brief.status]}`);
  return parts.join(" · ");
}

/** The stations × months grid of one year: each cell coloured by its standing, linking to the brief when there is one. */
export function BriefGridView({ grid, base, showStreetFilter }: { grid: BriefGrid; base: string; showStreetFilter: boolean }) {
  return (
    <div className="space-y-4">
      <form method="get" action={base} className="flex flex-wrap items-center gap-2">
        <select name="year" defaultValue={String(grid.year)} aria-label="年度" className="rounded-md border border-slate-300 px-2 py-1.5">
          {grid.years.map((y) => <option key={y} value={y}>{y}年</option>)}
        </select>
        {showStreetFilter && (
          <select name="street" defaultValue={grid.streetOfficeId ?? ""} aria-label="街道" className="rounded-md border border-slate-300 px-2 py-1.5">
            <option value="">全部街道</option>
            {grid.streets.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
          </select>
        )}
        <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 hover:bg-slate-50">查看</button>
      </form>

      <ul aria-label="图例" className="flex flex-wrap gap-2 text-sm">
        {BRIEF_STANDINGS.map((s) => (
          <li key={s} className={cn("rounded px-2 py-1 ring-1 ring-inset", BRIEF_STANDING_CELL[s])} data-standing={s}>
            {BRIEF_STANDING_LABELS[s]} <span className="font-semibold tabular-nums">{grid.legend[s]}</span>
          </li>
        ))}
      </ul>

      <Card title={`${grid.year}年月度工作简报报送情况`}>
        {grid.rows.length === 0 ? (
          <p className="py-6 text-center text-slate-400">{grid.year}年没有需要报送月度工作简报的服务项目</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full border-separate border-spacing-1 text-center text-xs">
              <thead className="text-slate-600">
                <tr>
                  <th scope="col" className="px-2 py-1 text-left font-medium">社工站</th>
                  {Array.from({ length: 12 }, (_, i) => <th key={i} scope="col" className="w-[6.5%] px-1 py-1 font-medium">{i + 1}月</th>)}
                </tr>
              </thead>
              <tbody>
                {grid.rows.map((row) => (
                  <tr key={row.station.id}>
                    <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-normal">
                      <div className="text-sm">{row.station.name}</div>
                      <div className="text-slate-500">{row.station.streetName}</div>
                    </th>
                    {row.cells.map((c, i) => (
                      <td key={i} className="p-0">
                        {c === null ? (
                          <span className="block px-1 py-2 text-slate-300" title="不在服务期限内">—</span>
                        ) : c.brief ? (
                          <Link href={`${base}/${c.brief.id}`} title={cellTitle(row.station.name, c)} aria-label={`${row.station.name} ${monthLabel(c.month)} ${BRIEF_STANDING_LABELS[c.standing]}`}
                            className={cn("block rounded px-1 py-2 ring-1 ring-inset hover:underline", BRIEF_STANDING_CELL[c.standing])} data-standing={c.standing}>
                            {BRIEF_STANDING_LABELS[c.standing]}
                          </Link>
                        ) : (
                          <span title={cellTitle(row.station.name, c)} aria-label={`${row.station.name} ${monthLabel(c.month)} ${BRIEF_STANDING_LABELS[c.standing]}`}
                            className={cn("block rounded px-1 py-2 ring-1 ring-inset", BRIEF_STANDING_CELL[c.standing])} data-standing={c.standing}>
                            {BRIEF_STANDING_LABELS[c.standing]}
                          </span>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
