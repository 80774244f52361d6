-- CreateEnum
CREATE TYPE "ClientCategory" AS ENUM ('MINIMUM_LIVING', 'EXTREME_POVERTY', 'TEMPORARY_ASSISTANCE', 'LOW_INCOME', 'LEFT_BEHIND_ELDERLY', 'EMPTY_NEST', 'ADVANCED_AGE', 'DISABLED_ELDERLY', 'LEFT_BEHIND_CHILD', 'CHILD_IN_DIFFICULTY', 'DISABILITY', 'VETERAN', 'RELOCATED', 'OTHER');

-- CreateEnum
CREATE TYPE "RiskLevel" AS ENUM ('NONE', 'LOW', 'MEDIUM', 'HIGH');

-- CreateEnum
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'WORKDAY');

-- CreateTable
CREATE TABLE "supervisor_assignment" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "supervisor_id" TEXT NOT NULL,
    "worker_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "supervisor_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "community_id" TEXT,
    "address_enc" TEXT,
    "address_masked" TEXT,
    "notes" TEXT,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "household_member" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "household_id" TEXT NOT NULL,
    "client_id" TEXT,
    "name" TEXT NOT NULL,
    "relation" TEXT NOT NULL,
    "age" INTEGER,
    "phone_enc" TEXT,
    "phone_masked" TEXT,
    "lives_together" BOOLEAN NOT NULL DEFAULT true,
    "employer" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "household_member_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "client" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "household_id" TEXT,
    "community_id" TEXT,
    "owner_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "gender" "Gender" NOT NULL,
    "birth_date" DATE,
    "id_number_enc" TEXT,
    "id_number_index" TEXT,
    "id_number_masked" TEXT,
    "phone_enc" TEXT,
    "phone_masked" TEXT,
    "im_contact" TEXT,
    "address_enc" TEXT,
    "address_masked" TEXT,
    "health_enc" TEXT,
    "situation_enc" TEXT,
    "policies_received" TEXT,
    "categories" "ClientCategory"[],
    "risk_level" "RiskLevel" NOT NULL DEFAULT 'NONE',
    "service_domain" "ServiceDomain" NOT NULL,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "calendar_day" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "calendar_day_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE INDEX "supervisor_assignment_worker_id_idx" ON "supervisor_assignment"("worker_id");

-- CreateIndex
CREATE UNIQUE INDEX "supervisor_assignment_station_id_supervisor_id_worker_id_key" ON "supervisor_assignment"("station_id", "supervisor_id", "worker_id");

-- CreateIndex
CREATE INDEX "household_station_id_idx" ON "household"("station_id");

-- CreateIndex
CREATE INDEX "household_member_household_id_idx" ON "household_member"("household_id");

-- CreateIndex
CREATE INDEX "client_station_id_owner_id_idx" ON "client"("station_id", "owner_id");

-- CreateIndex
CREATE INDEX "client_household_id_idx" ON "client"("household_id");

-- CreateIndex
CREATE INDEX "client_district_id_name_idx" ON "client"("district_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "client_district_id_id_number_index_key" ON "client"("district_id", "id_number_index");

-- AddForeignKey
ALTER TABLE "supervisor_assignment" ADD CONSTRAINT "supervisor_assignment_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervisor_assignment" ADD CONSTRAINT "supervisor_assignment_supervisor_id_fkey" FOREIGN KEY ("supervisor_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "supervisor_assignment" ADD CONSTRAINT "supervisor_assignment_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household" ADD CONSTRAINT "household_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "household_member" ADD CONSTRAINT "household_member_client_id_fkey" FOREIGN KEY ("client_id") REFERENCES "client"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client" ADD CONSTRAINT "client_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client" ADD CONSTRAINT "client_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client" ADD CONSTRAINT "client_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client" ADD CONSTRAINT "client_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "client" ADD CONSTRAINT "client_owner_id_fkey" FOREIGN KEY ("owner_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

