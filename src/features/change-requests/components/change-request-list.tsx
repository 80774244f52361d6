// A contract's 项目变更申请 (or the supervisor's, across contracts) as a table linking to each request's page.
import Link from "next/link";
import { formatDateTime } from "@/lib/dates";
import { SubmissionStatusBadge } from "@/features/submissions/components/submission-panel";
import type { SubmissionStatus } from "@/generated/prisma/enums";
import { changeRequestNumber } from "../labels";

export type ChangeRequestRow = {
  id: string; number: number; status: SubmissionStatus; filer: string; submittedAt: Date | null; updatedAt: Date; supervisorAt: Date | null; bureauAt: Date | null;
  contract?: { code: string; name: string; contractor: { name: string } };
};

function opinionState(r: ChangeRequestRow): string {
  if (r.status === "DRAFT") return "—";
  if (r.supervisorAt) return "已填写";
  return r.status === "SUBMITTED" ? "待填写" : "—";
}

export function ChangeRequestList({ rows, href, empty = "暂无项目变更申请" }: { rows: ChangeRequestRow[]; href: (row: ChangeRequestRow) => string; empty?: string }) {
  const withContract = rows.some((r) => r.contract);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full text-left">
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">编号</th>
            {withContract && <th scope="col" className="px-3 py-2 font-medium">服务项目</th>}
            <th scope="col" className="px-3 py-2 font-medium">填报人</th>
            <th scope="col" className="px-3 py-2 font-medium">提交时间</th>
            <th scope="col" className="px-3 py-2 font-medium">督导审核意见</th>
            <th scope="col" className="px-3 py-2 font-medium">状态</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr><td colSpan={withContract ? 6 : 5} className="px-3 py-8 text-center text-slate-400">{empty}</td></tr>
          ) : rows.map((r) => (
            <tr key={r.id} className="hover:bg-slate-50">
              <td className="px-3 py-2"><Link className="text-brand-700 hover:underline" href={href(r)}>{changeRequestNumber(r.number)}</Link></td>
              {withContract && <td className="px-3 py-2">{r.contract ? <>{r.contract.name}<span className="text-slate-500">（{r.contract.code} · {r.contract.contractor.name}）</span></> : null}</td>}
              <td className="px-3 py-2">{r.filer}</td>
              <td className="whitespace-nowrap px-3 py-2">{r.submittedAt ? formatDateTime(r.submittedAt) : "未提交"}</td>
              <td className="px-3 py-2">{opinionState(r)}</td>
              <td className="px-3 py-2"><SubmissionStatusBadge status={r.status} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
