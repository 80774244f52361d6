-- CreateEnum
CREATE TYPE "QualitativeBand" AS ENUM ('HIGH', 'MEDIUM', 'LOW');

-- AlterEnum
ALTER TYPE "ReportKind" ADD VALUE 'DECLARATION';

-- AlterTable
ALTER TABLE "district" ADD COLUMN     "evaluation_weights" JSONB,
ADD COLUMN     "monitoring_curve" JSONB;

-- AlterTable
ALTER TABLE "performance_declaration" ADD COLUMN     "basis_summary" TEXT,
ADD COLUMN     "summary" TEXT;

-- CreateTable
CREATE TABLE "declaration_snapshot" (
    "id" TEXT NOT NULL,
    "declaration_id" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "submitted_at" TIMESTAMPTZ(3) NOT NULL,
    "submitted_by_id" TEXT NOT NULL,

    CONSTRAINT "declaration_snapshot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "review_comment" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "report_id" TEXT NOT NULL,
    "round" INTEGER NOT NULL,
    "target" TEXT NOT NULL,
    "target_label" TEXT NOT NULL,
    "comment" TEXT NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "review_comment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "declaration_checkpoint" (
    "id" TEXT NOT NULL,
    "declaration_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "due_on" DATE NOT NULL,
    "expected_percent" INTEGER NOT NULL,
    "spent_amount" DECIMAL(14,2),
    "deviation_reason" TEXT,
    "corrective_measure" TEXT,
    "recorded_at" TIMESTAMPTZ(3),
    "recorded_by_id" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "declaration_checkpoint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_progress" (
    "checkpoint_id" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "actual_value" TEXT,
    "progress_percent" INTEGER,
    "note" TEXT,

    CONSTRAINT "indicator_progress_pkey" PRIMARY KEY ("checkpoint_id","indicator_id")
);

-- CreateTable
CREATE TABLE "declaration_evaluation" (
    "id" TEXT NOT NULL,
    "declaration_id" TEXT NOT NULL,
    "weights" JSONB NOT NULL,
    "spent_amount" DECIMAL(14,2),
    "execution_explanation" TEXT,
    "problems" TEXT,
    "improvements" TEXT,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "total_score" INTEGER,
    "grade" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "submitted_by_id" TEXT,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "declaration_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "indicator_evaluation" (
    "evaluation_id" TEXT NOT NULL,
    "indicator_id" TEXT NOT NULL,
    "actual_value" TEXT,
    "band" "QualitativeBand",
    "band_percent" INTEGER,
    "note" TEXT,

    CONSTRAINT "indicator_evaluation_pkey" PRIMARY KEY ("evaluation_id","indicator_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "declaration_snapshot_declaration_id_round_key" ON "declaration_snapshot"("declaration_id", "round");

-- CreateIndex
CREATE INDEX "review_comment_kind_report_id_round_idx" ON "review_comment"("kind", "report_id", "round");

-- CreateIndex
CREATE UNIQUE INDEX "declaration_checkpoint_declaration_id_seq_key" ON "declaration_checkpoint"("declaration_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "declaration_evaluation_declaration_id_key" ON "declaration_evaluation"("declaration_id");

-- AddForeignKey
ALTER TABLE "declaration_snapshot" ADD CONSTRAINT "declaration_snapshot_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "performance_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "declaration_checkpoint" ADD CONSTRAINT "declaration_checkpoint_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "performance_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_progress" ADD CONSTRAINT "indicator_progress_checkpoint_id_fkey" FOREIGN KEY ("checkpoint_id") REFERENCES "declaration_checkpoint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_progress" ADD CONSTRAINT "indicator_progress_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "performance_indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "declaration_evaluation" ADD CONSTRAINT "declaration_evaluation_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "performance_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_evaluation" ADD CONSTRAINT "indicator_evaluation_evaluation_id_fkey" FOREIGN KEY ("evaluation_id") REFERENCES "declaration_evaluation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "indicator_evaluation" ADD CONSTRAINT "indicator_evaluation_indicator_id_fkey" FOREIGN KEY ("indicator_id") REFERENCES "performance_indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Percentages stay within 0–100; amounts are never negative; rounds count from 1.
ALTER TABLE "declaration_snapshot" ADD CONSTRAINT "declaration_snapshot_round_check" CHECK ("round" >= 1);
ALTER TABLE "declaration_checkpoint" ADD CONSTRAINT "declaration_checkpoint_percent_check" CHECK ("expected_percent" BETWEEN 0 AND 100);
ALTER TABLE "declaration_checkpoint" ADD CONSTRAINT "declaration_checkpoint_amount_check" CHECK ("spent_amount" IS NULL OR "spent_amount" >= 0);
ALTER TABLE "indicator_progress" ADD CONSTRAINT "indicator_progress_percent_check" CHECK ("progress_percent" IS NULL OR "progress_percent" BETWEEN 0 AND 100);
ALTER TABLE "declaration_evaluation" ADD CONSTRAINT "declaration_evaluation_amount_check" CHECK ("spent_amount" IS NULL OR "spent_amount" >= 0);
ALTER TABLE "indicator_evaluation" ADD CONSTRAINT "indicator_evaluation_band_check" CHECK ("band_percent" IS NULL OR "band_percent" BETWEEN 0 AND 100);
