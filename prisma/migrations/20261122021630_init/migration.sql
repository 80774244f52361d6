-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BUREAU_ADMIN', 'BUREAU_STAFF', 'BUREAU_REVIEWER', 'STREET_STAFF', 'STATION_HEAD', 'DEPUTY_HEAD', 'SOCIAL_WORKER', 'SUPERVISOR', 'CONTRACTOR_ADMIN', 'EVALUATOR', 'AUDITOR', 'SYSTEM_ADMIN');

-- CreateEnum
CREATE TYPE "StationLevel" AS ENUM ('TOWNSHIP', 'COMMUNITY');

-- CreateEnum
CREATE TYPE "OperationMode" AS ENUM ('GOVERNMENT_LED', 'TRANSACTIONAL_PLUS_PROFESSIONAL', 'PROJECT_BASED');

-- CreateEnum
CREATE TYPE "CommunityKind" AS ENUM ('URBAN', 'RURAL');

-- CreateEnum
CREATE TYPE "AnnualInspection" AS ENUM ('QUALIFIED', 'BASICALLY_QUALIFIED', 'UNQUALIFIED', 'NOT_INSPECTED');

-- CreateEnum
CREATE TYPE "EvaluationGrade" AS ENUM ('NONE', 'A1', 'A2', 'A3', 'A4', 'A5');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('MALE', 'FEMALE');

-- CreateEnum
CREATE TYPE "PostType" AS ENUM ('PROFESSIONAL', 'TRANSACTIONAL');

-- CreateEnum
CREATE TYPE "StationPosition" AS ENUM ('HEAD', 'DEPUTY', 'STAFF');

-- CreateEnum
CREATE TYPE "CertificateLevel" AS ENUM ('NONE', 'ASSISTANT', 'INTERMEDIATE', 'SENIOR');

-- CreateEnum
CREATE TYPE "Education" AS ENUM ('JUNIOR_HIGH', 'SENIOR_HIGH', 'SECONDARY_VOCATIONAL', 'JUNIOR_COLLEGE', 'BACHELOR', 'MASTER_OR_ABOVE');

-- CreateEnum
CREATE TYPE "ConvertedFrom" AS ENUM ('ASSISTANCE_ASSISTANT', 'CIVIL_AFFAIRS_CLERK', 'CHILDREN_SUPERVISOR');

-- CreateEnum
CREATE TYPE "ServiceDomain" AS ENUM ('SOCIAL_ASSISTANCE', 'ELDERLY', 'CHILDREN', 'COMMUNITY_GOVERNANCE', 'RURAL_REVITALIZATION', 'SOCIAL_AFFAIRS', 'VOLUNTEER', 'RELOCATION', 'VETERANS', 'DISABILITY', 'EMPLOYEES', 'OTHER');

-- CreateEnum
CREATE TYPE "AuditOutcome" AS ENUM ('SUCCESS', 'FAILURE', 'DENIED');

-- CreateTable
CREATE TABLE "district" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "city_name" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "district_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "bureau" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT,
    "phone" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "bureau_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "street_office" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "address" TEXT,
    "phone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "street_office_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "community" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "street_office_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "CommunityKind" NOT NULL,
    "address" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "community_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "station" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "street_office_id" TEXT NOT NULL,
    "community_id" TEXT,
    "contractor_id" TEXT,
    "level" "StationLevel" NOT NULL,
    "operation_mode" "OperationMode" NOT NULL,
    "name" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "opening_hours" TEXT NOT NULL DEFAULT '周一至周五 9:00–18:00',
    "phone" TEXT,
    "established_on" DATE,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "station_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "contractor" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "credit_code" TEXT NOT NULL,
    "legal_representative" TEXT NOT NULL,
    "registration_authority" TEXT NOT NULL,
    "registered_on" DATE NOT NULL,
    "annual_inspection" "AnnualInspection" NOT NULL DEFAULT 'NOT_INSPECTED',
    "annual_inspection_year" INTEGER,
    "evaluation_grade" "EvaluationGrade" NOT NULL DEFAULT 'NONE',
    "address" TEXT,
    "contact_person" TEXT,
    "contact_phone" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "contractor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "app_user" (
    "id" TEXT NOT NULL,
    "district_id" TEXT,
    "username" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "phone" TEXT,
    "password_hash" TEXT NOT NULL,
    "must_change_password" BOOLEAN NOT NULL DEFAULT true,
    "failed_login_count" INTEGER NOT NULL DEFAULT 0,
    "locked_until" TIMESTAMPTZ(3),
    "last_login_at" TIMESTAMPTZ(3),
    "password_changed_at" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 1,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "app_user_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "membership" (
    "id" TEXT NOT NULL,
    "district_id" TEXT,
    "user_id" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "bureau_id" TEXT,
    "street_office_id" TEXT,
    "station_id" TEXT,
    "contractor_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "membership_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "staff_profile" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "user_id" TEXT,
    "contractor_id" TEXT,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birth_month" TEXT NOT NULL,
    "phone" TEXT,
    "education" "Education" NOT NULL,
    "school" TEXT NOT NULL,
    "major" TEXT NOT NULL,
    "employer" TEXT NOT NULL,
    "job_title" TEXT NOT NULL,
    "position" "StationPosition" NOT NULL,
    "post_type" "PostType" NOT NULL,
    "converted_from" "ConvertedFrom",
    "certificate_level" "CertificateLevel" NOT NULL DEFAULT 'NONE',
    "certificate_number" TEXT,
    "service_domains" "ServiceDomain"[],
    "started_on" DATE,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "remarks" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "staff_profile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "volunteer" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "community_id" TEXT,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "phone" TEXT,
    "volunteer_number" TEXT,
    "skills" TEXT,
    "registered_on" DATE NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "volunteer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "district_id" TEXT,
    "actor_user_id" TEXT,
    "actor_name" TEXT,
    "actor_roles" TEXT,
    "ip" TEXT,
    "action" TEXT NOT NULL,
    "target_type" TEXT,
    "target_id" TEXT,
    "outcome" "AuditOutcome" NOT NULL,
    "detail" JSONB,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "system_setting" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_by" TEXT,

    CONSTRAINT "system_setting_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "district_code_key" ON "district"("code");

-- CreateIndex
CREATE UNIQUE INDEX "bureau_district_id_name_key" ON "bureau"("district_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "street_office_district_id_name_key" ON "street_office"("district_id", "name");

-- CreateIndex
CREATE INDEX "community_district_id_idx" ON "community"("district_id");

-- CreateIndex
CREATE UNIQUE INDEX "community_street_office_id_name_key" ON "community"("street_office_id", "name");

-- CreateIndex
CREATE INDEX "station_street_office_id_idx" ON "station"("street_office_id");

-- CreateIndex
CREATE INDEX "station_contractor_id_idx" ON "station"("contractor_id");

-- CreateIndex
CREATE UNIQUE INDEX "station_district_id_name_key" ON "station"("district_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "contractor_district_id_credit_code_key" ON "contractor"("district_id", "credit_code");

-- CreateIndex
CREATE UNIQUE INDEX "contractor_district_id_name_key" ON "contractor"("district_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "app_user_username_key" ON "app_user"("username");

-- CreateIndex
CREATE INDEX "app_user_district_id_idx" ON "app_user"("district_id");

-- CreateIndex
CREATE INDEX "membership_district_id_idx" ON "membership"("district_id");

-- CreateIndex
CREATE INDEX "membership_station_id_idx" ON "membership"("station_id");

-- CreateIndex
CREATE UNIQUE INDEX "membership_user_id_role_bureau_id_street_office_id_station__key" ON "membership"("user_id", "role", "bureau_id", "street_office_id", "station_id", "contractor_id");

-- CreateIndex
CREATE UNIQUE INDEX "staff_profile_user_id_key" ON "staff_profile"("user_id");

-- CreateIndex
CREATE INDEX "staff_profile_station_id_idx" ON "staff_profile"("station_id");

-- CreateIndex
CREATE INDEX "staff_profile_district_id_idx" ON "staff_profile"("district_id");

-- CreateIndex
CREATE INDEX "volunteer_station_id_idx" ON "volunteer"("station_id");

-- CreateIndex
CREATE INDEX "volunteer_district_id_idx" ON "volunteer"("district_id");

-- CreateIndex
CREATE INDEX "audit_log_at_idx" ON "audit_log"("at");

-- CreateIndex
CREATE INDEX "audit_log_district_id_at_idx" ON "audit_log"("district_id", "at");

-- CreateIndex
CREATE INDEX "audit_log_actor_user_id_at_idx" ON "audit_log"("actor_user_id", "at");

-- AddForeignKey
ALTER TABLE "bureau" ADD CONSTRAINT "bureau_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "street_office" ADD CONSTRAINT "street_office_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community" ADD CONSTRAINT "community_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "community" ADD CONSTRAINT "community_street_office_id_fkey" FOREIGN KEY ("street_office_id") REFERENCES "street_office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "station" ADD CONSTRAINT "station_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "station" ADD CONSTRAINT "station_street_office_id_fkey" FOREIGN KEY ("street_office_id") REFERENCES "street_office"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "station" ADD CONSTRAINT "station_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "station" ADD CONSTRAINT "station_contractor_id_fkey" FOREIGN KEY ("contractor_id") REFERENCES "contractor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "contractor" ADD CONSTRAINT "contractor_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_bureau_id_fkey" FOREIGN KEY ("bureau_id") REFERENCES "bureau"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_street_office_id_fkey" FOREIGN KEY ("street_office_id") REFERENCES "street_office"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "membership" ADD CONSTRAINT "membership_contractor_id_fkey" FOREIGN KEY ("contractor_id") REFERENCES "contractor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_profile" ADD CONSTRAINT "staff_profile_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_profile" ADD CONSTRAINT "staff_profile_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_profile" ADD CONSTRAINT "staff_profile_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "staff_profile" ADD CONSTRAINT "staff_profile_contractor_id_fkey" FOREIGN KEY ("contractor_id") REFERENCES "contractor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "volunteer" ADD CONSTRAINT "volunteer_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE SET NULL ON UPDATE CASCADE;
