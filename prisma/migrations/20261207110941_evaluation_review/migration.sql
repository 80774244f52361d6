-- AlterEnum
ALTER TYPE "ReportKind" ADD VALUE 'EVALUATION';

-- AlterTable
ALTER TABLE "declaration_evaluation" ADD COLUMN     "decided_at" TIMESTAMPTZ(3);

