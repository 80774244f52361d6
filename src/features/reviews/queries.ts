import "server-only";
// 待审核: every submission waiting for this reviewer, across kinds — monthly briefs, mid-term and final reports,
// change requests (those still waiting for the project supervisor's opinion marked) and budgets — oldest
// first, each linking to the bureau page where it is reviewed. Each kind through its own scope builder
// under its review permission; a kind the actor does not review is not queried.
import type { ReportKind } from "@/generated/prisma/enums";
import { PROJECT_REPORT_KIND_LABELS, REPORT_KIND_LABELS } from "@/lib/labels";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";

export type ReviewItem = {
  /** `${kind}:${id}` (unique across kinds). */
  id: string;
  kind: ReportKind;
  kindLabel: string;
  contractId: string;
  contractCode: string;
  /** 项目/站点: the contract's name, and the station for a brief. */
  project: string;
  title: string;
  submittedAt: Date;
  waitingDays: number;
  href: string;
  /** Change requests: the project supervisor has not given the opinion yet (the bureau cannot decide). */
  awaitingOpinion: boolean;
};

const DAY_MS = 86_400_000;

export function waitingDays(submittedAt: Date, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / DAY_MS));
}

const contractSelect = { select: { code: true, name: true } } as const;

export async function reviewQueue(actor: Actor, now = new Date()): Promise<ReviewItem[]> {
  const [briefs, reports, changes, budgets] = await Promise.all([
    can(actor, "brief:review")
      ? db.monthlyBrief.findMany({
          where: { AND: [{ status: "SUBMITTED" }, scope.monthlyBriefs(actor, "brief:review")] },
          select: { id: true, contractId: true, month: true, submittedAt: true, updatedAt: true, contract: contractSelect, station: { select: { name: true } } },
        })
      : [],
    can(actor, "report:review")
      ? db.projectReport.findMany({
          where: { AND: [{ status: "SUBMITTED" }, scope.projectReports(actor, "report:review")] },
          select: { id: true, contractId: true, kind: true, submittedAt: true, updatedAt: true, contract: contractSelect },
        })
      : [],
    can(actor, "report:review")
      ? db.changeRequest.findMany({
          where: { AND: [{ status: "SUBMITTED" }, scope.changeRequests(actor, "report:review")] },
          select: { id: true, contractId: true, number: true, submittedAt: true, updatedAt: true, supervisorOpinion: true, contract: contractSelect },
        })
      : [],
    can(actor, "budget:review")
      ? db.budgetVersion.findMany({
          where: { AND: [{ status: "SUBMITTED" }, scope.budgetVersions(actor, "budget:review")] },
          select: { id: true, contractId: true, number: true, submittedAt: true, updatedAt: true, contract: contractSelect },
        })
      : [],
  ]);

  const item = (kind: ReportKind, row: { id: string; contractId: string; submittedAt: Date | null; updatedAt: Date; contract: { code: string; name: string } }, rest: Pick<ReviewItem, "project" | "title" | "href"> & { awaitingOpinion?: boolean }): ReviewItem => {
    const submittedAt = row.submittedAt ?? row.updatedAt;
    return {
      id: `${kind}:${row.id}`, kind, kindLabel: REPORT_KIND_LABELS[kind], contractId: row.contractId, contractCode: row.contract.code,
      submittedAt, waitingDays: waitingDays(submittedAt, now), awaitingOpinion: false, ...rest,
    };
  };

  const items: ReviewItem[] = [
    ...briefs.map((b) => {
      const [y, m] = b.month.split("-");
      return item("MONTHLY_BRIEF", b, { project: `${b.station.name}（${b.contract.name}）`, title: `${y}年${Number(m)}月月度工作简报`, href: `/bureau/briefs/${b.id}` });
    }),
    ...reports.map((r) =>
      item(r.kind === "MIDTERM" ? "MIDTERM_REPORT" : "FINAL_REPORT", r, {
        project: r.contract.name, title: PROJECT_REPORT_KIND_LABELS[r.kind], href: `/bureau/contracts/${r.contractId}/reports/${r.kind === "MIDTERM" ? "midterm" : "final"}`,
      })),
    ...changes.map((c) =>
      item("CHANGE_REQUEST", c, {
        project: c.contract.name, title: `项目变更申请（第 ${c.number} 号）`, href: `/bureau/contracts/${c.contractId}/changes/${c.id}`, awaitingOpinion: !c.supervisorOpinion,
      })),
    ...budgets.map((b) =>
      item("BUDGET", b, {
        project: b.contract.name, title: b.number === 1 ? "项目经费预算" : `预算调整（第 ${b.number} 版）`, href: `/bureau/contracts/${b.contractId}/budget`,
      })),
  ];
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id));
}
