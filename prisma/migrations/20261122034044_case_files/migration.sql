-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'CLOSED', 'REFERRED');

-- CreateEnum
CREATE TYPE "CaseSource" AS ENUM ('SELF', 'OTHERS', 'REFERRAL', 'OUTREACH', 'OTHER');

-- CreateTable
CREATE TABLE "case_number_counter" (
    "station_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL,

    CONSTRAINT "case_number_counter_pkey" PRIMARY KEY ("station_id","year")
);

-- CreateTable
CREATE TABLE "case_file" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "client_id" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "owner_id" TEXT NOT NULL,
    "service_domain" "ServiceDomain" NOT NULL,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "first_contact_on" DATE NOT NULL,
    "assessment_due_on" DATE NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_intake" (
    "id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "intake_date" DATE NOT NULL,
    "source" "CaseSource" NOT NULL,
    "source_note" TEXT,
    "situation_enc" TEXT,
    "services_before_enc" TEXT,
    "crisis_risk" "RiskLevel" NOT NULL DEFAULT 'NONE',
    "crisis_intervention" BOOLEAN NOT NULL DEFAULT false,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_intake_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_assessment" (
    "id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "assessed_on" DATE NOT NULL,
    "physical_enc" TEXT,
    "psychological_enc" TEXT,
    "social_enc" TEXT,
    "environment_enc" TEXT,
    "self_view_enc" TEXT,
    "needs_enc" TEXT,
    "resources_enc" TEXT,
    "goals_enc" TEXT,
    "plan_enc" TEXT,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_assessment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "case_file_station_id_owner_id_status_idx" ON "case_file"("station_id", "owner_id", "status");

-- CreateIndex
CREATE INDEX "case_file_client_id_idx" ON "case_file"("client_id");

-- CreateIndex
CREATE INDEX "case_file_status_assessment_due_on_idx" ON "case_file"("status", "assessment_due_on");

-- CreateIndex
CREATE UNIQUE INDEX "case_file_station_id_number_key" ON "case_file"("station_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "case_intake_case_file_id_key" ON "case_intake"("case_file_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_assessment_case_file_id_key" ON "case_assessment"("case_file_id");

-- AddForeignKey
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_file" ADD CONSTRAINT "case_file_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_intake" ADD CONSTRAINT "case_intake_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_assessment" ADD CONSTRAINT "case_assessment_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

