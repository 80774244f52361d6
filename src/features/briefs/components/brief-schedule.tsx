import Link from "next/link";
import { Card } from "@/components/ui/card";
import { SubmissionStatusBadge } from "@/features/submissions/components/submission-panel";
import { formatCalendarDate, formatDateTime, monthLabel } from "@/lib/dates";
import { CONTRACT_STATUS_LABELS } from "@/lib/labels";
import type { ContractStatus } from "@/generated/prisma/enums";
import type { BriefSchedule } from "../queries";
import { DraftBriefButton } from "./draft-button";
import { BriefStandingBadge } from "./standing-badge";

/**
 * A contract station's months: due date, standing, status, and what to do — 起草 (the contractor, a month
 * begun without a brief), 编辑 (a draft or returned brief, for whoever may edit it) or 查看.
 */
export function BriefScheduleTable({ schedule, base, canEdit, showContract = true }: { schedule: BriefSchedule; base: string; canEdit: boolean; showContract?: boolean }) {
  return (
    <Card
      title={
        <span>
          {schedule.station.name}
          {showContract && <span className="ml-2 text-sm font-normal text-slate-500">{schedule.contract.code} · {schedule.contract.name}（{CONTRACT_STATUS_LABELS[schedule.contract.status as ContractStatus]}）</span>}
        </span>
      }
    >
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">月份</th>
              <th scope="col" className="px-3 py-2 font-medium">报送截止日</th>
              <th scope="col" className="px-3 py-2 font-medium">报送情况</th>
              <th scope="col" className="px-3 py-2 font-medium">审核状态</th>
              <th scope="col" className="px-3 py-2 font-medium">最近提交</th>
              <th scope="col" className="px-3 py-2 font-medium">操作</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {schedule.months.map((m) => {
              const editable = canEdit && m.brief && (m.brief.status === "DRAFT" || m.brief.status === "RETURNED");
              return (
                <tr key={m.month} data-month={m.month}>
                  <th scope="row" className="whitespace-nowrap px-3 py-2 font-normal">{monthLabel(m.month)}</th>
                  <td className="whitespace-nowrap px-3 py-2">{formatCalendarDate(m.dueOn)}</td>
                  <td className="px-3 py-2"><BriefStandingBadge standing={m.standing} /></td>
                  <td className="px-3 py-2">{m.brief ? <SubmissionStatusBadge status={m.brief.status} /> : <span className="text-slate-400">未起草</span>}</td>
                  <td className="whitespace-nowrap px-3 py-2 text-slate-600">{formatDateTime(m.brief?.submittedAt) || "—"}</td>
                  <td className="px-3 py-2">
                    {m.brief ? (
                      <Link href={`${base}/${m.brief.id}`} className="text-brand-700 hover:underline">{editable ? "编辑" : "查看"}</Link>
                    ) : m.canDraft ? (
                      <DraftBriefButton contractId={m.contractId} stationId={m.stationId} month={m.month} />
                    ) : (
                      <span className="text-slate-400">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
