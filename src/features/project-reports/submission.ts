import "server-only";
import type { Tx } from "@/server/db";
// 项目中期报告 and 项目结项报告书 in the generic review workflow. Submitting checks that every section the
// kind requires is filled (each refusal on its field) and freezes the figures drafted from the ledger and
// the records as of the submission day; a 结项报告书 needs 3–5 photos and the mid-term report accepted.
import type { Prisma } from "@/generated/prisma/client";
import type { ProjectReportKind, ReportKind } from "@/generated/prisma/enums";
import { PROJECT_REPORT_KIND_LABELS } from "@/lib/labels";
import { AppError } from "@/server/errors";
import { scope } from "@/server/scope";
import { contractOf, type SubmissionHandler } from "@/features/submissions/handler";
import { readContent } from "./content";
import { draftFigures, reportDay } from "./drafting";
import { finalProblems, midtermProblems, problemFieldErrors, problemSummary } from "./schemas";

function projectReportSubmission(kind: Extract<ReportKind, "MIDTERM_REPORT" | "FINAL_REPORT">, reportKind: ProjectReportKind): SubmissionHandler {
  return {
    kind,
    targetType: "ProjectReport",
    load: async (tx, actor, id, permission) => {
      const row = await tx.projectReport.findFirst({
        where: { AND: [{ id, kind: reportKind }, scope.projectReports(actor, permission)] },
        select: { id: true, districtId: true, contractId: true, status: true, version: true, contract: { select: { name: true } } },
      });
      if (!row) return null;
      return { kind, id: row.id, districtId: row.districtId, contractId: row.contractId, status: row.status, version: row.version, title: `「${row.contract.name}」${PROJECT_REPORT_KIND_LABELS[reportKind]}` };
    },
    update: async (tx, s, data) => (await tx.projectReport.updateMany({ where: { id: s.id, version: s.version, status: s.status }, data })).count,
    onSubmit: async (tx, _actor, s, now) => {
      const report = await tx.projectReport.findUniqueOrThrow({
        where: { id: s.id },
        select: { content: true, contract: { select: { status: true, startsOn: true, endsOn: true } } },
      });
      if (report.contract.status === "DRAFT") throw new AppError("INVALID_TRANSITION", "服务项目尚未生效，不能提交报告");
      if (reportKind === "FINAL") {
        const midterm = await tx.projectReport.findUnique({ where: { contractId_kind: { contractId: contractOf(s), kind: "MIDTERM" } }, select: { status: true } });
        if (midterm?.status !== "ACCEPTED") throw new AppError("INVALID_TRANSITION", "项目中期报告审核通过后才能提交结项报告书");
      }
      // Spending and records up to the submission day, as they stand now.
      const figures = await draftFigures(tx, contractOf(s), reportKind, reportDay(report.contract, now));
      const problems = reportKind === "MIDTERM"
        ? midtermProblems(readContent("MIDTERM", report.content), figures)
        : finalProblems(readContent("FINAL", report.content), await photoCount(tx, s.id));
      if (problems.length > 0) throw new AppError("VALIDATION", problemSummary(problems), problemFieldErrors(problems));
      return { figures: figures as unknown as Prisma.InputJsonValue, submittedAt: now };
    },
    onReview: async (_tx, _actor, _s, step, _comment, now) => (step === "accept" ? { acceptedAt: now } : {}),
  };
}

export const midtermReportSubmission = projectReportSubmission("MIDTERM_REPORT", "MIDTERM");
export const finalReportSubmission = projectReportSubmission("FINAL_REPORT", "FINAL");

/** Photos on file, counted under the same lock uploads and removals take, so none slips in or out meanwhile. */
async function photoCount(tx: Tx, reportId: string): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`ProjectReport:${reportId}`}))`;
  return tx.storedFile.count({ where: { ownerType: "ProjectReport", ownerId: reportId, kind: "PHOTO" } });
}
