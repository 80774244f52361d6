-- CreateEnum
CREATE TYPE "ExpenditureCategory" AS ENUM ('PERSONNEL', 'OPERATING_PUBLIC', 'OPERATING_OTHER', 'SPECIFIC');

-- CreateEnum
CREATE TYPE "DeclarationKind" AS ENUM ('PROJECT', 'DEPARTMENT');

-- CreateEnum
CREATE TYPE "IndicatorKind" AS ENUM ('OUTPUT', 'BENEFIT', 'SATISFACTION');

-- CreateEnum
CREATE TYPE "IndicatorDimension" AS ENUM ('QUANTITY', 'QUALITY', 'TIMELINESS', 'COST', 'ECONOMIC', 'SOCIAL', 'ECOLOGICAL', 'SUSTAINABLE', 'SATISFACTION');

-- CreateEnum
CREATE TYPE "IndicatorOperator" AS ENUM ('EQ', 'GTE', 'LTE', 'GT', 'LT', 'QUALITATIVE');

-- CreateEnum
CREATE TYPE "FundingLevel" AS ENUM ('CENTRAL', 'PROVINCIAL', 'CITY', 'COUNTY', 'OTHER');

-- CreateEnum
CREATE TYPE "FundingHorizon" AS ENUM ('MEDIUM', 'ANNUAL');

-- CreateTable
CREATE TABLE "performance_declaration" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "kind" "DeclarationKind" NOT NULL,
    "year" INTEGER NOT NULL,
    "parent_id" TEXT,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "bureau_id" TEXT,
    "street_office_id" TEXT,
    "contractor_id" TEXT,
    "category" "ExpenditureCategory",
    "name" TEXT NOT NULL,
    "title" TEXT,
    "department_name" TEXT,
    "department_code" TEXT,
    "unit_name" TEXT,
    "unit_org_code" TEXT,
    "unit_address" TEXT,
    "unit_phone" TEXT,
    "legal_representative" TEXT,
    "funding_source" TEXT,
    "unit_overview" TEXT,
    "basis" TEXT,
    "overview" TEXT,
    "content" TEXT,
    "plan" TEXT,
    "effects" TEXT,
    "period" TEXT,
    "total_amount" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "medium_goal" TEXT,
    "annual_goal" TEXT,
    "guarantee_measures" TEXT,
    "performance_notes" TEXT,
    "responsible_person" TEXT,
    "filler" TEXT,
    "filled_on" DATE,
    "status" "SubmissionStatus" NOT NULL DEFAULT 'DRAFT',
    "submitted_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "performance_declaration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "declaration_fund_line" (
    "id" TEXT NOT NULL,
    "declaration_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,
    "plan" TEXT,

    CONSTRAINT "declaration_fund_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "declaration_funding" (
    "declaration_id" TEXT NOT NULL,
    "horizon" "FundingHorizon" NOT NULL,
    "level" "FundingLevel" NOT NULL,
    "amount" DECIMAL(14,2) NOT NULL,

    CONSTRAINT "declaration_funding_pkey" PRIMARY KEY ("declaration_id","horizon","level")
);

-- CreateTable
CREATE TABLE "declaration_category_amount" (
    "declaration_id" TEXT NOT NULL,
    "category" "ExpenditureCategory" NOT NULL,
    "fiscal" DECIMAL(14,2) NOT NULL DEFAULT 0,
    "other" DECIMAL(14,2) NOT NULL DEFAULT 0,

    CONSTRAINT "declaration_category_amount_pkey" PRIMARY KEY ("declaration_id","category")
);

-- CreateTable
CREATE TABLE "performance_indicator" (
    "id" TEXT NOT NULL,
    "declaration_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "level1_label" TEXT NOT NULL,
    "dimension" "IndicatorDimension",
    "level2_label" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "operator" "IndicatorOperator" NOT NULL,
    "annual_value" TEXT NOT NULL,
    "medium_value" TEXT,
    "target" DECIMAL(18,6),
    "unit" TEXT,
    "weight" DECIMAL(6,2),
    "attribute" TEXT,
    "scoring_rule" TEXT,
    "content" TEXT,
    "basis" TEXT,
    "metric_key" TEXT,

    CONSTRAINT "performance_indicator_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "performance_declaration_district_id_year_idx" ON "performance_declaration"("district_id", "year");

-- CreateIndex
CREATE INDEX "performance_declaration_parent_id_idx" ON "performance_declaration"("parent_id");

-- CreateIndex
CREATE INDEX "performance_declaration_street_office_id_idx" ON "performance_declaration"("street_office_id");

-- CreateIndex
CREATE INDEX "performance_declaration_contractor_id_idx" ON "performance_declaration"("contractor_id");

-- CreateIndex
CREATE UNIQUE INDEX "declaration_fund_line_declaration_id_seq_key" ON "declaration_fund_line"("declaration_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "performance_indicator_declaration_id_seq_key" ON "performance_indicator"("declaration_id", "seq");

-- AddForeignKey
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_bureau_id_fkey" FOREIGN KEY ("bureau_id") REFERENCES "bureau"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_street_office_id_fkey" FOREIGN KEY ("street_office_id") REFERENCES "street_office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_contractor_id_fkey" FOREIGN KEY ("contractor_id") REFERENCES "contractor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "performance_declaration"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "declaration_fund_line" ADD CONSTRAINT "declaration_fund_line_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "performance_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "declaration_funding" ADD CONSTRAINT "declaration_funding_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "performance_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "declaration_category_amount" ADD CONSTRAINT "declaration_category_amount_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "performance_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "performance_indicator" ADD CONSTRAINT "performance_indicator_declaration_id_fkey" FOREIGN KEY ("declaration_id") REFERENCES "performance_declaration"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A declaration has exactly one declaring unit; amounts are never negative; a project sits under a department-wide one only.
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_unit_check" CHECK (num_nonnulls("bureau_id", "street_office_id", "contractor_id") = 1);
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_amount_check" CHECK ("total_amount" >= 0);
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_parent_check" CHECK ("parent_id" IS NULL OR "kind" = 'PROJECT');
ALTER TABLE "performance_declaration" ADD CONSTRAINT "performance_declaration_year_check" CHECK ("year" BETWEEN 2000 AND 2100);
ALTER TABLE "declaration_fund_line" ADD CONSTRAINT "declaration_fund_line_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "declaration_funding" ADD CONSTRAINT "declaration_funding_amount_check" CHECK ("amount" >= 0);
ALTER TABLE "declaration_category_amount" ADD CONSTRAINT "declaration_category_amount_check" CHECK ("fiscal" >= 0 AND "other" >= 0);
ALTER TABLE "performance_indicator" ADD CONSTRAINT "performance_indicator_weight_check" CHECK ("weight" IS NULL OR "weight" >= 0);
