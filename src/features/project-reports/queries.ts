import "server-only";
// What the report pages show: the report of one kind of a contract as the actor reaches it, its content
// (with the first values drafted from the records until the contractor saves), the figures (drafted live
// while editable, frozen once submitted), the photos, the review steps and history. Reviewers never see a
// draft; the contractor sees its own.
import type { ProjectReportKind, SubmissionStatus } from "@/generated/prisma/enums";
import { db } from "@/server/db";
import { can, type Actor } from "@/server/permissions";
import { scope } from "@/server/scope";
import { readableProjectReports } from "./readable";
import { filesOf, type FileSummary } from "@/features/files/queries";
import { submissionView, type SubmissionViewData } from "@/features/submissions/queries";
import { submissionRefusal } from "@/features/submissions/rules";
import { readContent, type ReportContent } from "./content";
import { draftFigures, prefillContent, reportDay } from "./drafting";
import type { ReportFigures } from "./figures";
import { SUBMISSION_KIND } from "./labels";
import { finalProblems, midtermProblems, type Problem } from "./schemas";


export type ReportSummary = { kind: ProjectReportKind; id: string | null; status: SubmissionStatus | null; submittedAt: Date | null; acceptedAt: Date | null; updatedAt: Date | null };

/** Both reports of a contract (null status: not started, or a draft the actor does not see). */
export async function listProjectReports(actor: Actor, contractId: string): Promise<ReportSummary[] | null> {
  const contract = await db.serviceContract.findFirst({ where: { AND: [{ id: contractId }, scope.contracts(actor, "report:read")] }, select: { id: true } });
  if (!contract) return null;
  const rows = await db.projectReport.findMany({
    where: { AND: [{ contractId }, readableProjectReports(actor)] },
    select: { id: true, kind: true, status: true, submittedAt: true, acceptedAt: true, updatedAt: true },
  });
  return (["MIDTERM", "FINAL"] as const).map((kind) => {
    const r = rows.find((x) => x.kind === kind);
    return r ? { kind, id: r.id, status: r.status, submittedAt: r.submittedAt, acceptedAt: r.acceptedAt, updatedAt: r.updatedAt } : { kind, id: null, status: null, submittedAt: null, acceptedAt: null, updatedAt: null };
  });
}

export type ReportPage<K extends ProjectReportKind = ProjectReportKind> = {
  kind: K;
  contractId: string;
  report: { id: string; status: SubmissionStatus; version: number; submittedAt: Date | null; acceptedAt: Date | null } | null;
  content: ReportContent[K];
  figures: ReportFigures;
  /** Figures drafted now from the ledger and the records (editable), or as frozen on submission. */
  live: boolean;
  canEdit: boolean;
  /** What submitting would refuse now (saved content and live figures); empty when nothing is missing. */
  problems: Problem[];
  photos: FileSummary[];
  view: SubmissionViewData | null;
  /** 结项报告书: the mid-term report's status (it has to be accepted first). */
  midtermStatus: SubmissionStatus | null;
};

/** The report page's data, or null when the contract or (for a reviewer) the submitted report is out of reach. */
export async function getProjectReportPage<K extends ProjectReportKind>(actor: Actor, contractId: string, kind: K, now = new Date()): Promise<ReportPage<K> | null> {
  const contract = await db.serviceContract.findFirst({
    where: { AND: [{ id: contractId }, scope.contracts(actor, "report:read")] },
    select: { id: true, status: true, startsOn: true, endsOn: true },
  });
  if (!contract) return null;
  const row = await db.projectReport.findFirst({
    where: { AND: [{ contractId, kind }, readableProjectReports(actor)] },
    select: { id: true, status: true, version: true, content: true, figures: true, submittedAt: true, acceptedAt: true },
  });
  const manages = can(actor, "report:manage") && contract.status !== "DRAFT"
    && (await db.serviceContract.count({ where: { AND: [{ id: contractId }, scope.contracts(actor, "report:manage")] } })) === 1;
  if (!row && !manages) return null;
  const canEdit = manages && (!row || submissionRefusal({ kind: SUBMISSION_KIND[kind], status: row.status }, "edit", (p) => can(actor, p)) === null);
  const frozen = row?.figures as ReportFigures | null | undefined;
  const figures = canEdit || !frozen ? await draftFigures(db, contractId, kind, reportDay(contract, now)) : frozen;
  const prefill = canEdit ? await prefillContent(db, contractId, kind, figures) : undefined;
  const content = readContent(kind, row?.content, prefill);
  const photos = row && kind === "FINAL" ? ((await filesOf("ProjectReport", [row.id])).get(row.id) ?? []) : [];
  const saved = readContent(kind, row?.content);
  const problems = canEdit && row
    ? kind === "MIDTERM" ? midtermProblems(saved as ReportContent["MIDTERM"], figures) : finalProblems(saved as ReportContent["FINAL"], photos.filter((p) => p.kind === "PHOTO").length)
    : [];
  const midterm = kind === "FINAL"
    ? await db.projectReport.findFirst({ where: { AND: [{ contractId, kind: "MIDTERM" }, readableProjectReports(actor)] }, select: { status: true } })
    : null;
  return {
    kind,
    contractId,
    report: row ? { id: row.id, status: row.status, version: row.version, submittedAt: row.submittedAt, acceptedAt: row.acceptedAt } : null,
    content,
    figures,
    live: canEdit || !frozen,
    canEdit,
    problems,
    photos,
    view: row ? await submissionView(actor, { kind: SUBMISSION_KIND[kind], id: row.id, version: row.version, status: row.status }) : null,
    midtermStatus: midterm?.status ?? null,
  };
}
