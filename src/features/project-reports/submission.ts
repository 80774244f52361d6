import "server-only";
// 项目中期报告 and 项目结项报告书 in the generic review workflow.
import type { ProjectReportKind, ReportKind } from "@/generated/prisma/enums";
import { PROJECT_REPORT_KIND_LABELS } from "@/lib/labels";
import { scope } from "@/server/scope";
import type { SubmissionHandler } from "@/features/submissions/handler";

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
    onSubmit: async (_tx, _actor, _s, now) => ({ submittedAt: now }),
    onReview: async (_tx, _actor, _s, step, _comment, now) => (step === "accept" ? { acceptedAt: now } : {}),
  };
}

export const midtermReportSubmission = projectReportSubmission("MIDTERM_REPORT", "MIDTERM");
export const finalReportSubmission = projectReportSubmission("FINAL_REPORT", "FINAL");
