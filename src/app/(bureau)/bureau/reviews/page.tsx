import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge, PageHeader } from "@/components/ui/card";
import { reviewQueue } from "@/features/reviews/queries";
import { formatDateTime } from "@/lib/dates";
import { requireActor } from "@/server/auth";
import { can } from "@/server/permissions";

export const metadata: Metadata = { title: "待审核" };

export default async function ReviewsPage() {
  const actor = await requireActor();
  if (!can(actor, "brief:review") && !can(actor, "report:review") && !can(actor, "budget:review") && !can(actor, "declaration:review")) notFound();
  const items = await reviewQueue(actor);
  return (
    <>
      <PageHeader title="待审核" description="已提交、等待审核的月度工作简报、中期与结项报告、项目变更申请、项目经费预算，以及绩效目标申报表和绩效自评，按提交时间先后排列。" />
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full text-left">
          <thead className="bg-slate-50 text-slate-600">
            <tr>
              <th scope="col" className="px-3 py-2 font-medium">类型</th>
              <th scope="col" className="px-3 py-2 font-medium">项目/站点</th>
              <th scope="col" className="px-3 py-2 font-medium">标题</th>
              <th scope="col" className="px-3 py-2 font-medium">提交时间</th>
              <th scope="col" className="px-3 py-2 font-medium">等待天数</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {items.length === 0 ? (
              <tr><td colSpan={5} className="px-3 py-8 text-center text-slate-400">暂无待审核的材料</td></tr>
            ) : items.map((i) => (
              <tr key={i.id} className="hover:bg-slate-50" data-testid="review-item">
                <td className="whitespace-nowrap px-3 py-2">{i.kindLabel}</td>
                <td className="px-3 py-2">{i.project}{i.contractCode && <span className="text-slate-500">（{i.contractCode}）</span>}</td>
                <td className="px-3 py-2">
                  <Link className="text-brand-700 hover:underline" href={i.href}>{i.title}</Link>
                  {i.awaitingOpinion && <span className="ml-2"><Badge tone="amber">待督导审核意见</Badge></span>}
                </td>
                <td className="whitespace-nowrap px-3 py-2">{formatDateTime(i.submittedAt)}</td>
                <td className="px-3 py-2">{i.waitingDays} 天</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
