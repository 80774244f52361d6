-- CreateEnum
CREATE TYPE "BuyerKind" AS ENUM ('BUREAU', 'STREET_OFFICE');

-- CreateEnum
CREATE TYPE "ProcurementMode" AS ENUM ('PRICE_COMPARISON', 'OPEN_TENDER', 'INVITED_TENDER', 'COMPETITIVE_CONSULTATION', 'SINGLE_SOURCE');

-- CreateEnum
CREATE TYPE "ContractStatus" AS ENUM ('DRAFT', 'ACTIVE', 'COMPLETED', 'TERMINATED');

-- CreateEnum
CREATE TYPE "TrancheGate" AS ENUM ('EFFECTIVE', 'MIDTERM_PASSED', 'FINAL_PASSED');

-- CreateEnum
CREATE TYPE "BudgetCategory" AS ENUM ('SOCIAL_SERVICE', 'LABOUR', 'VOLUNTEER', 'TRANSPORT', 'TRAINING', 'MEETING', 'MANAGEMENT', 'PRINTING', 'VENUE', 'UNFORESEEN', 'TAX');

-- CreateEnum
CREATE TYPE "DailyRateKind" AS ENUM ('WORKER_FULL_DAY', 'WORKER_PART_DAY', 'EXPERT_SENIOR', 'EXPERT_INTERMEDIATE', 'EXPERT_OTHER', 'TEMP_STAFF', 'VOLUNTEER');

-- CreateEnum
CREATE TYPE "SubmissionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ReportKind" AS ENUM ('MONTHLY_BRIEF', 'MIDTERM_REPORT', 'FINAL_REPORT', 'CHANGE_REQUEST', 'BUDGET');

-- CreateEnum
CREATE TYPE "ReportEventKind" AS ENUM ('SUBMIT', 'RETURN', 'ACCEPT', 'REJECT', 'OPINION');

-- CreateEnum
CREATE TYPE "PaymentMethod" AS ENUM ('BANK_TRANSFER', 'OFFICIAL_CARD', 'MOBILE', 'CASH', 'OTHER');

-- CreateEnum
CREATE TYPE "ExpenseStatus" AS ENUM ('PENDING', 'COMPLETE');

-- CreateEnum
CREATE TYPE "FileKind" AS ENUM ('INVOICE', 'QUOTE_COMPARISON', 'PURCHASE_CONTRACT', 'RECEIPT_SHEET', 'PHOTO', 'OTHER');

-- CreateEnum
CREATE TYPE "ProjectReportKind" AS ENUM ('MIDTERM', 'FINAL');

-- CreateEnum
CREATE TYPE "ReceptionMatter" AS ENUM ('CONSULTATION', 'HELP', 'COMPLAINT', 'AFFAIRS', 'OTHER');

-- CreateEnum
CREATE TYPE "ReceptionOutcome" AS ENUM ('ANSWERED', 'CASE_OPENED', 'REFERRED', 'FOLLOW_UP', 'OTHER');

-- AlterTable
ALTER TABLE "district" ADD COLUMN     "brief_due_day" INTEGER NOT NULL DEFAULT 5;

-- CreateTable
CREATE TABLE "service_contract" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "buyer_kind" "BuyerKind" NOT NULL,
    "buyer_street_office_id" TEXT,
    "contractor_id" TEXT NOT NULL,
    "procurement_mode" "ProcurementMode" NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "signed_on" DATE,
    "amount" DECIMAL(14,2) NOT NULL,
    "staff_deployed" INTEGER NOT NULL,
    "supervisor_name" TEXT,
    "target_cases" INTEGER NOT NULL DEFAULT 0,
    "target_groups" INTEGER NOT NULL DEFAULT 0,
    "target_activities" INTEGER NOT NULL DEFAULT 0,
    "target_visits" INTEGER NOT NULL DEFAULT 0,
    "target_person_times" INTEGER NOT NULL DEFAULT 0,
    "target_beneficiaries" INTEGER NOT NULL DEFAULT 0,
    "midterm_beneficiaries" INTEGER NOT NULL DEFAULT 0,
    "midterm_passed_on" DATE,
    "final_passed_on" DATE,
    "status" "ContractStatus" NOT NULL DEFAULT 'DRAFT',
    "notes" TEXT,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "service_contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract_station" (
    "contract_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,

    CONSTRAINT "contract_station_pkey" PRIMARY KEY ("contract_id","station_id")
);

-- CreateTable
CREATE TABLE "contract_tranche" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "gate" "TrancheGate" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "contract_tranche_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contract_payment" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "tranche_id" TEXT NOT NULL,
    "paid_on" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "voucher_no" TEXT,
    "note" TEXT,
    "recorded_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "contract_payment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_item" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "category" "BudgetCategory" NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "budget_item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_version" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "reason" TEXT,
    "fund_provincial" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "fund_local" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "fund_raised" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "notes" TEXT,
    "submitted_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "budget_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "budget_allocation" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "budget_version_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "basis" TEXT,
    "rate_kind" "DailyRateKind",
    "daily_rate" DECIMAL(14,2),
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "budget_allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "expense" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "spent_on" DATE NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "payee" TEXT NOT NULL,
    "method" "PaymentMethod" NOT NULL,
    "invoice_no" TEXT,
    "purpose" TEXT NOT NULL,
    "is_purchase" BOOLEAN NOT NULL DEFAULT false,
    "rate_kind" "DailyRateKind",
    "daily_rate" DECIMAL(14,2),
    "person_days" INTEGER,
    "status" "ExpenseStatus" NOT NULL DEFAULT 'PENDING',
    "recorded_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "expense_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stored_file" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "owner_type" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "kind" "FileKind" NOT NULL,
    "filename" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "caption" TEXT,
    "data" BYTEA NOT NULL,
    "uploaded_by_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stored_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "monthly_brief" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "due_on" DATE NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "counts" JSONB,
    "daily_work" TEXT,
    "highlights" TEXT,
    "next_month_plan" TEXT,
    "first_submitted_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "accepted_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "monthly_brief_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "project_report" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "kind" "ProjectReportKind" NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "content" JSONB NOT NULL DEFAULT '{}',
    "figures" JSONB,
    "submitted_at" TIMESTAMPTZ(3),
    "accepted_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "project_report_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "change_request" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "contract_id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "filer" TEXT NOT NULL,
    "original_content" TEXT NOT NULL,
    "changed_content" TEXT NOT NULL,
    "reasons" TEXT NOT NULL,
    "supervisor_opinion" TEXT,
    "supervisor_name" TEXT,
    "supervisor_at" TIMESTAMPTZ(3),
    "bureau_opinion" TEXT,
    "bureau_name" TEXT,
    "bureau_at" TIMESTAMPTZ(3),
    "submitted_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "change_request_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "report_event" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "report_id" TEXT NOT NULL,
    "event" "ReportEventKind" NOT NULL,
    "comment" TEXT,
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "actor_role" "Role",
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "report_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "reception" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "community_id" TEXT,
    "worker_id" TEXT NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,
    "visitor_count" INTEGER NOT NULL DEFAULT 1,
    "service_domain" "ServiceDomain" NOT NULL,
    "matter" "ReceptionMatter" NOT NULL,
    "outcome" "ReceptionOutcome" NOT NULL,
    "summary_enc" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "reception_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "service_contract_contractor_id_idx" ON "service_contract"("contractor_id");

-- CreateIndex
CREATE INDEX "service_contract_buyer_street_office_id_idx" ON "service_contract"("buyer_street_office_id");

-- CreateIndex
CREATE UNIQUE INDEX "service_contract_district_id_code_key" ON "service_contract"("district_id", "code");

-- CreateIndex
CREATE INDEX "contract_station_station_id_idx" ON "contract_station"("station_id");

-- CreateIndex
CREATE UNIQUE INDEX "contract_tranche_contract_id_seq_key" ON "contract_tranche"("contract_id", "seq");

-- CreateIndex
CREATE INDEX "contract_payment_tranche_id_idx" ON "contract_payment"("tranche_id");

-- CreateIndex
CREATE UNIQUE INDEX "budget_item_contract_id_code_key" ON "budget_item"("contract_id", "code");

-- CreateIndex
CREATE UNIQUE INDEX "budget_version_contract_id_number_key" ON "budget_version"("contract_id", "number");

-- CreateIndex
CREATE INDEX "budget_allocation_item_id_idx" ON "budget_allocation"("item_id");

-- CreateIndex
CREATE UNIQUE INDEX "budget_allocation_budget_version_id_item_id_key" ON "budget_allocation"("budget_version_id", "item_id");

-- CreateIndex
CREATE INDEX "expense_contract_id_spent_on_idx" ON "expense"("contract_id", "spent_on");

-- CreateIndex
CREATE INDEX "expense_item_id_idx" ON "expense"("item_id");

-- CreateIndex
CREATE INDEX "stored_file_owner_type_owner_id_idx" ON "stored_file"("owner_type", "owner_id");

-- CreateIndex
CREATE INDEX "monthly_brief_station_id_month_idx" ON "monthly_brief"("station_id", "month");

-- CreateIndex
CREATE INDEX "monthly_brief_district_id_month_idx" ON "monthly_brief"("district_id", "month");

-- CreateIndex
CREATE UNIQUE INDEX "monthly_brief_contract_id_station_id_month_key" ON "monthly_brief"("contract_id", "station_id", "month");

-- CreateIndex
CREATE UNIQUE INDEX "project_report_contract_id_kind_key" ON "project_report"("contract_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "change_request_contract_id_number_key" ON "change_request"("contract_id", "number");

-- CreateIndex
CREATE INDEX "report_event_kind_report_id_at_idx" ON "report_event"("kind", "report_id", "at");

-- CreateIndex
CREATE INDEX "reception_station_id_received_at_idx" ON "reception"("station_id", "received_at");

-- CreateIndex
CREATE INDEX "reception_station_id_worker_id_received_at_idx" ON "reception"("station_id", "worker_id", "received_at");

-- AddForeignKey
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_buyer_street_office_id_fkey" FOREIGN KEY ("buyer_street_office_id") REFERENCES "street_office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_contractor_id_fkey" FOREIGN KEY ("contractor_id") REFERENCES "contractor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_station" ADD CONSTRAINT "contract_station_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_station" ADD CONSTRAINT "contract_station_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_tranche" ADD CONSTRAINT "contract_tranche_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contract_payment" ADD CONSTRAINT "contract_payment_tranche_id_fkey" FOREIGN KEY ("tranche_id") REFERENCES "contract_tranche"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_item" ADD CONSTRAINT "budget_item_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_version" ADD CONSTRAINT "budget_version_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_allocation" ADD CONSTRAINT "budget_allocation_budget_version_id_fkey" FOREIGN KEY ("budget_version_id") REFERENCES "budget_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "budget_allocation" ADD CONSTRAINT "budget_allocation_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "budget_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expense" ADD CONSTRAINT "expense_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "expense" ADD CONSTRAINT "expense_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "budget_item"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monthly_brief" ADD CONSTRAINT "monthly_brief_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "monthly_brief" ADD CONSTRAINT "monthly_brief_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "project_report" ADD CONSTRAINT "project_report_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "change_request" ADD CONSTRAINT "change_request_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "service_contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reception" ADD CONSTRAINT "reception_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reception" ADD CONSTRAINT "reception_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "reception" ADD CONSTRAINT "reception_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Integrity the application also checks, kept true in the database.
ALTER TABLE "district" ADD CONSTRAINT "district_brief_due_day_check" CHECK ("brief_due_day" BETWEEN 1 AND 28);
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_amount_check" CHECK ("amount" > 0);
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_period_check" CHECK ("ends_on" >= "starts_on");
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_buyer_check" CHECK (("buyer_kind" = 'STREET_OFFICE') = ("buyer_street_office_id" IS NOT NULL));
ALTER TABLE "service_contract" ADD CONSTRAINT "service_contract_targets_check" CHECK ("staff_deployed" >= 0 AND "target_cases" >= 0 AND "target_groups" >= 0 AND "target_activities" >= 0 AND "target_visits" >= 0 AND "target_person_times" >= 0 AND "target_beneficiaries" >= 0 AND "midterm_beneficiaries" >= 0);
ALTER TABLE "contract_tranche" ADD CONSTRAINT "contract_tranche_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "contract_payment" ADD CONSTRAINT "contract_payment_amount_check" CHECK ("amount" > 0);
ALTER TABLE "budget_version" ADD CONSTRAINT "budget_version_funds_check" CHECK ("fund_provincial" >= 0 AND "fund_local" >= 0 AND "fund_raised" >= 0);
ALTER TABLE "budget_allocation" ADD CONSTRAINT "budget_allocation_amount_check" CHECK ("amount" >= 0 AND ("daily_rate" IS NULL OR "daily_rate" >= 0));
ALTER TABLE "expense" ADD CONSTRAINT "expense_amount_check" CHECK ("amount" > 0 AND ("person_days" IS NULL OR "person_days" > 0));
ALTER TABLE "monthly_brief" ADD CONSTRAINT "monthly_brief_month_check" CHECK ("month" ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
ALTER TABLE "reception" ADD CONSTRAINT "reception_visitor_count_check" CHECK ("visitor_count" BETWEEN 1 AND 500);
ALTER TABLE "stored_file" ADD CONSTRAINT "stored_file_size_check" CHECK ("size" = octet_length("data"));
