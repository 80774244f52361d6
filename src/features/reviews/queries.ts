import "server-only";
// 待审核: every submission waiting for this reviewer, across kinds — monthly briefs, mid-term and final reports,
// change requests (those still waiting for the project supervisor's opinion marked), budgets, performance
// declarations and their self-evaluations — oldest
// first, each linking to the bureau page where it is reviewed. Each kind through its own scope builder
// under its review permission; a kind the actor does not review is not queried.
import type { Prisma } from "@/generated/prisma/client";
import type { ReportKind } from "@/generated/prisma/enums";
import { PROJECT_REPORT_KIND_LABELS, REPORT_KIND_LABELS } from "@/lib/labels";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { formatStoredCalendarDate, monthLabel } from "@/lib/dates";
import { contractorBriefSchedules } from "@/features/briefs/queries";
import { monthEnded } from "@/features/briefs/standing";
import { declarationHref, type DeclarationArea } from "@/features/declarations/doc";
import { UNIT_SELECT, unitOf } from "@/features/declarations/queries";

export type ReviewItem = {
  /** `${kind}:${id}` (unique across kinds). */
  id: string;
  kind: ReportKind;
  kindLabel: string;
  /** Null for what is not under a service contract (绩效目标申报表). */
  contractId: string | null;
  contractCode: string | null;
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

/** Declarations outside the actor's own declaring unit (everything, for someone who declares nothing). */
function notOwnDeclarations(actor: Actor): Prisma.PerformanceDeclarationWhereInput {
  return can(actor, "declaration:manage") ? { NOT: scope.declarations(actor, "declaration:manage") } : {};
}

export async function reviewQueue(actor: Actor, now = new Date()): Promise<ReviewItem[]> {
  const [briefs, reports, changes, budgets, declarations, evaluations] = await Promise.all([
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
    // A department-wide declaration's projects are reviewed with it: only declarations without a parent. A reviewer
    // who is also on a declaring unit's staff does not decide on that unit's (refuseReviewer): not listed.
    can(actor, "declaration:review")
      ? db.performanceDeclaration.findMany({
          where: { AND: [{ status: "SUBMITTED", parentId: null }, scope.declarations(actor, "declaration:review"), notOwnDeclarations(actor)] },
          select: { id: true, year: true, name: true, submittedAt: true, updatedAt: true, ...UNIT_SELECT },
        })
      : [],
    can(actor, "declaration:review")
      ? db.declarationEvaluation.findMany({
          where: { status: "SUBMITTED", declaration: { AND: [scope.declarations(actor, "declaration:review"), notOwnDeclarations(actor)] } },
          select: { id: true, submittedAt: true, updatedAt: true, declaration: { select: { id: true, year: true, name: true, ...UNIT_SELECT } } },
        })
      : [],
  ]);

  const item = (kind: ReportKind, row: { id: string; contractId: string | null; submittedAt: Date | null; updatedAt: Date; contract: { code: string; name: string } | null }, rest: Pick<ReviewItem, "project" | "title" | "href"> & { awaitingOpinion?: boolean }): ReviewItem => {
    const submittedAt = row.submittedAt ?? row.updatedAt;
    return {
      id: `${kind}:${row.id}`, kind, kindLabel: REPORT_KIND_LABELS[kind], contractId: row.contractId, contractCode: row.contract?.code ?? null,
      submittedAt, waitingDays: waitingDays(submittedAt, now), awaitingOpinion: false, ...rest,
    };
  };

  const items: ReviewItem[] = [
    ...briefs.map((b) =>
      item("MONTHLY_BRIEF", b, { project: `${b.station.name}（${b.contract.name}）`, title: `${monthLabel(b.month)}月度工作简报`, href: `/bureau/briefs/${b.id}` })),
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
    ...declarations.map((d) =>
      item("DECLARATION", { ...d, contractId: null, contract: null }, {
        project: unitOf(d).name, title: `${d.year}年「${d.name}」`, href: declarationHref("bureau", d.id),
      })),
    ...evaluations.map((e) =>
      item("EVALUATION", { ...e, contractId: null, contract: null }, {
        project: unitOf(e.declaration).name, title: `${e.declaration.year}年「${e.declaration.name}」绩效自评`, href: declarationHref("bureau", e.declaration.id, "evaluation"),
      })),
  ];
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id));
}

export type TodoItem = { id: string; kindLabel: string; project: string; title: string; href: string; note: string; tone: "red" | "amber" | "blue" };

/**
 * 待办 for a contractor: what came back with comments (briefs, budgets, reports, change requests) and the
 * monthly briefs that are due, missing or still drafts — each through its own scope under the manage permission.
 */
export async function contractorTodo(actor: Actor, now = new Date()): Promise<TodoItem[]> {
  const returned = { status: { in: ["RETURNED", "REJECTED"] as ("RETURNED" | "REJECTED")[] } };
  const [budgets, reports, changes, schedules, declarations] = await Promise.all([
    can(actor, "budget:manage") ? db.budgetVersion.findMany({ where: { AND: [{ status: "RETURNED" }, scope.budgetVersions(actor, "budget:manage")] }, select: { id: true, contractId: true, number: true, contract: contractSelect } }) : [],
    can(actor, "report:manage") ? db.projectReport.findMany({ where: { AND: [{ status: "RETURNED" }, scope.projectReports(actor, "report:manage")] }, select: { id: true, contractId: true, kind: true, contract: contractSelect } }) : [],
    can(actor, "report:manage") ? db.changeRequest.findMany({ where: { AND: [returned, scope.changeRequests(actor, "report:manage")] }, select: { id: true, contractId: true, number: true, status: true, contract: contractSelect } }) : [],
    can(actor, "brief:manage") ? contractorBriefSchedules(actor, now) : [],
    returnedDeclarations(actor),
  ]);
  const items: TodoItem[] = [];
  for (const s of schedules) {
    for (const m of s.months) {
      const title = `${s.station.name} ${monthLabel(m.month)}月度工作简报`;
      const href = m.brief ? `/contractor/briefs/${m.brief.id}` : "/contractor/briefs";
      const due = formatStoredCalendarDate(m.dueOn);
      if (m.standing === "MISSING") items.push({ id: `brief:${s.contract.id}:${s.station.id}:${m.month}`, kindLabel: REPORT_KIND_LABELS.MONTHLY_BRIEF, project: s.contract.name, title, href, note: `缺报（应于 ${due} 前报送）`, tone: "red" });
      else if (m.standing === "RETURNED") items.push({ id: `brief:${m.brief!.id}`, kindLabel: REPORT_KIND_LABELS.MONTHLY_BRIEF, project: s.contract.name, title, href, note: "已退回，请按意见修改后重新提交", tone: "amber" });
      else if (m.standing === "DRAFT" || (m.standing === "NOT_DUE" && monthEnded(m.month, now))) items.push({ id: `brief:${s.contract.id}:${s.station.id}:${m.month}`, kindLabel: REPORT_KIND_LABELS.MONTHLY_BRIEF, project: s.contract.name, title, href, note: `待报送（截止 ${due}）`, tone: "blue" });
    }
  }
  for (const b of budgets) items.push({ id: `budget:${b.id}`, kindLabel: REPORT_KIND_LABELS.BUDGET, project: b.contract.name, title: b.number === 1 ? "项目经费预算" : `预算调整（第 ${b.number} 版）`, href: `/contractor/contracts/${b.contractId}/budget`, note: "已退回，请按意见修改后重新提交", tone: "amber" });
  for (const r of reports) items.push({ id: `report:${r.id}`, kindLabel: PROJECT_REPORT_KIND_LABELS[r.kind], project: r.contract.name, title: PROJECT_REPORT_KIND_LABELS[r.kind], href: `/contractor/contracts/${r.contractId}/reports/${r.kind === "MIDTERM" ? "midterm" : "final"}`, note: "已退回，请按意见修改后重新提交", tone: "amber" });
  for (const c of changes) items.push({ id: `change:${c.id}`, kindLabel: REPORT_KIND_LABELS.CHANGE_REQUEST, project: c.contract.name, title: `项目变更申请（第 ${c.number} 号）`, href: `/contractor/contracts/${c.contractId}/changes/${c.id}`, note: c.status === "REJECTED" ? "不予批准" : "已退回，请按意见修改后重新提交", tone: c.status === "REJECTED" ? "red" : "amber" });
  items.push(...declarationTodo("contractor", declarations));
  const order = { red: 0, amber: 1, blue: 2 } as const;
  return items.sort((a, b) => order[a.tone] - order[b.tone]);
}

/** Declarations of the actor's unit that came back with comments (a project under a department-wide one goes with it), and their returned self-evaluations. */
async function returnedDeclarations(actor: Actor) {
  if (!can(actor, "declaration:manage")) return { declarations: [], evaluations: [] };
  const [declarations, evaluations] = await Promise.all([
    db.performanceDeclaration.findMany({
      where: { AND: [{ status: "RETURNED", parentId: null }, scope.declarations(actor, "declaration:manage")] },
      select: { id: true, year: true, name: true },
    }),
    db.declarationEvaluation.findMany({
      where: { status: "RETURNED", declaration: scope.declarations(actor, "declaration:manage") },
      select: { declaration: { select: { id: true, year: true, name: true } } },
    }),
  ]);
  return { declarations, evaluations: evaluations.map((e) => e.declaration) };
}

function declarationTodo(area: DeclarationArea, rows: Awaited<ReturnType<typeof returnedDeclarations>>): TodoItem[] {
  return [
    ...rows.declarations.map((d) => ({
      id: `declaration:${d.id}`, kindLabel: REPORT_KIND_LABELS.DECLARATION, project: `${d.year}年`, title: `「${d.name}」`, href: declarationHref(area, d.id),
      note: "已退回，请按逐项意见修改后重新提交", tone: "amber" as const,
    })),
    ...rows.evaluations.map((d) => ({
      id: `evaluation:${d.id}`, kindLabel: REPORT_KIND_LABELS.EVALUATION, project: `${d.year}年`, title: `「${d.name}」绩效自评`, href: declarationHref(area, d.id, "evaluation"),
      note: "已退回，请按审核意见修改后重新提交", tone: "amber" as const,
    })),
  ];
}

/** 待办 of a street office or the bureau's staff: their unit's declarations that came back with comments. */
export async function returnedDeclarationTodo(actor: Actor, area: DeclarationArea): Promise<TodoItem[]> {
  return declarationTodo(area, await returnedDeclarations(actor));
}
