import "server-only";
// Every kind of submission and the feature that owns it.
import type { ReportKind } from "@/generated/prisma/enums";
import { briefSubmission } from "@/features/briefs/submission";
import { budgetSubmission } from "@/features/budgets/submission";
import { declarationSubmission } from "@/features/declarations/submission";
import { evaluationSubmission } from "@/features/performance/submission";
import { changeRequestSubmission } from "@/features/change-requests/submission";
import { finalReportSubmission, midtermReportSubmission } from "@/features/project-reports/submission";
import type { SubmissionHandler } from "./handler";

export const SUBMISSIONS: Record<ReportKind, SubmissionHandler> = {
  MONTHLY_BRIEF: briefSubmission,
  MIDTERM_REPORT: midtermReportSubmission,
  FINAL_REPORT: finalReportSubmission,
  CHANGE_REQUEST: changeRequestSubmission,
  BUDGET: budgetSubmission,
  DECLARATION: declarationSubmission,
  EVALUATION: evaluationSubmission,
};
