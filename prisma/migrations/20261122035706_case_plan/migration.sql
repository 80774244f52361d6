-- CreateEnum
CREATE TYPE "ConsentSigner" AS ENUM ('CLIENT', 'GUARDIAN');

-- CreateEnum
CREATE TYPE "CasePlanStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "CasePlanEventKind" AS ENUM ('CREATE', 'SUBMIT', 'APPROVE', 'RETURN', 'SIGN', 'CORRECT');

-- CreateEnum
CREATE TYPE "CasePlanSignRole" AS ENUM ('WORKER', 'SUPERVISOR');

-- CreateTable
CREATE TABLE "case_consent" (
    "id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "consented_on" DATE NOT NULL,
    "signer" "ConsentSigner" NOT NULL,
    "guardian_name" TEXT,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_plan" (
    "id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "plan_version" INTEGER NOT NULL,
    "status" "CasePlanStatus" NOT NULL DEFAULT 'DRAFT',
    "problems_enc" TEXT,
    "goals_enc" TEXT,
    "plan_enc" TEXT,
    "supervisor_opinion_enc" TEXT,
    "client_signed_on" DATE,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_plan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_plan_event" (
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "kind" "CasePlanEventKind" NOT NULL,
    "from_status" "CasePlanStatus",
    "to_status" "CasePlanStatus" NOT NULL,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "comment_enc" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_plan_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_plan_signoff" (
    "id" TEXT NOT NULL,
    "plan_id" TEXT NOT NULL,
    "role" "CasePlanSignRole" NOT NULL,
    "user_id" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "case_plan_signoff_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "case_consent_case_file_id_key" ON "case_consent"("case_file_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_plan_case_file_id_plan_version_key" ON "case_plan"("case_file_id", "plan_version");

-- CreateIndex
CREATE INDEX "case_plan_event_plan_id_at_idx" ON "case_plan_event"("plan_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "case_plan_signoff_plan_id_role_key" ON "case_plan_signoff"("plan_id", "role");

-- AddForeignKey
ALTER TABLE "case_consent" ADD CONSTRAINT "case_consent_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_plan" ADD CONSTRAINT "case_plan_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_plan_event" ADD CONSTRAINT "case_plan_event_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "case_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_plan_signoff" ADD CONSTRAINT "case_plan_signoff_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "case_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

