-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('INTAKE', 'ASSESSMENT', 'PLAN', 'SESSION', 'EVALUATION', 'CLOSURE', 'REFERRAL', 'VISIT');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED');

-- CreateEnum
CREATE TYPE "DocumentEventKind" AS ENUM ('CREATE', 'SUBMIT', 'APPROVE', 'RETURN', 'SIGN', 'CORRECT');

-- CreateEnum
CREATE TYPE "SignRole" AS ENUM ('WORKER', 'SUPERVISOR', 'STATION_HEAD');

-- CreateEnum
CREATE TYPE "SessionForm" AS ENUM ('FACE_TO_FACE', 'PHONE', 'HOME_VISIT', 'ONLINE', 'OTHER');

-- CreateEnum
CREATE TYPE "GoalAttainment" AS ENUM ('FULL', 'PARTIAL', 'NONE');

-- CreateEnum
CREATE TYPE "ClosureReason" AS ENUM ('GOALS_MET', 'OUT_OF_SCOPE', 'NOT_SUITABLE', 'CLIENT_DECLINED', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralReason" AS ENUM ('OUT_OF_SCOPE', 'OUT_OF_AREA', 'WORKER_CHANGE', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('DRAFT', 'PENDING', 'ACCEPTED', 'DECLINED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitType" AS ENUM ('HOME', 'ONLINE');

-- CreateEnum
CREATE TYPE "FollowUpKind" AS ENUM ('CASE', 'GROUP', 'OTHER');




-- AlterTable
ALTER TABLE "case_file" ADD COLUMN     "closed_on" DATE;

-- AlterTable
ALTER TABLE "case_intake" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "case_assessment" ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;







-- CreateTable
CREATE TABLE "document_signoff" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "document_id" TEXT NOT NULL,
    "role" "SignRole" NOT NULL,
    "user_id" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "signed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_signoff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_event" (
    "id" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "document_id" TEXT NOT NULL,
    "event" "DocumentEventKind" NOT NULL,
    "from_status" "ReviewStatus",
    "to_status" "ReviewStatus",
    "actor_id" TEXT NOT NULL,
    "actor_name" TEXT NOT NULL,
    "comment_enc" TEXT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_event_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "document_revision" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "document_id" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "content" JSONB NOT NULL,
    "signoffs" JSONB NOT NULL,
    "corrected_by_id" TEXT NOT NULL,
    "corrected_by_name" TEXT NOT NULL,
    "corrected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "document_revision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_session" (
    "id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "session_date" DATE NOT NULL,
    "start_time" TEXT NOT NULL,
    "end_time" TEXT NOT NULL,
    "form" "SessionForm" NOT NULL,
    "form_note" TEXT,
    "place" TEXT,
    "aim_enc" TEXT,
    "process_enc" TEXT,
    "reflection_enc" TEXT,
    "next_plan_enc" TEXT,
    "supervisor_opinion_enc" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_evaluation" (
    "id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "evaluated_on" DATE NOT NULL,
    "services_received_enc" TEXT,
    "ability_improved" BOOLEAN,
    "ability_note_enc" TEXT,
    "satisfaction" INTEGER,
    "improvement" INTEGER,
    "goal_attainment" "GoalAttainment",
    "goal_note_enc" TEXT,
    "comments_enc" TEXT,
    "client_signed_on" DATE,
    "service_review_enc" TEXT,
    "worker_review_enc" TEXT,
    "supervisor_opinion_enc" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_closure" (
    "id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "closed_on" DATE NOT NULL,
    "span_enc" TEXT,
    "changes_enc" TEXT,
    "client_state_enc" TEXT,
    "observations_enc" TEXT,
    "goal_attainment_enc" TEXT,
    "reason" "ClosureReason" NOT NULL,
    "reason_note" TEXT,
    "client_knows_return" BOOLEAN NOT NULL,
    "follow_up_enc" TEXT,
    "supervisor_opinion_enc" TEXT,
    "client_signed_on" DATE,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_closure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_referral" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "from_station_id" TEXT NOT NULL,
    "from_worker_id" TEXT NOT NULL,
    "from_contact" TEXT,
    "to_station_id" TEXT,
    "to_worker_id" TEXT,
    "to_organization" TEXT,
    "to_worker_name" TEXT,
    "to_contact" TEXT,
    "consented_on" DATE,
    "consent_signer" "ConsentSigner",
    "consent_guardian_name" TEXT,
    "reason" "ReferralReason" NOT NULL,
    "reason_note" TEXT,
    "problems_enc" TEXT,
    "measures_enc" TEXT,
    "advice_enc" TEXT,
    "status" "ReferralStatus" NOT NULL DEFAULT 'DRAFT',
    "sent_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "decided_by_id" TEXT,
    "decision_note_enc" TEXT,
    "received_case_id" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "case_referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "case_access_override" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "case_file_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "user_name" TEXT NOT NULL,
    "reason_enc" TEXT NOT NULL,
    "opened_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "reviewed_by_id" TEXT,
    "reviewed_by_name" TEXT,
    "reviewed_at" TIMESTAMPTZ(3),

    CONSTRAINT "case_access_override_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit" (
    "id" TEXT NOT NULL,
    "district_id" TEXT NOT NULL,
    "station_id" TEXT NOT NULL,
    "community_id" TEXT,
    "worker_id" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "service_domain" "ServiceDomain" NOT NULL,
    "visit_type" "VisitType" NOT NULL,
    "visited_at" TIMESTAMPTZ(3) NOT NULL,
    "place" TEXT NOT NULL,
    "household_count" INTEGER NOT NULL,
    "content_enc" TEXT,
    "supervisor_opinion_enc" TEXT,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_household" (
    "id" TEXT NOT NULL,
    "visit_id" TEXT NOT NULL,
    "household_id" TEXT,
    "name" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "visit_household_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "visit_situation" (
    "id" TEXT NOT NULL,
    "visit_id" TEXT NOT NULL,
    "names_enc" TEXT NOT NULL,
    "description_enc" TEXT NOT NULL,
    "follow_up" "FollowUpKind" NOT NULL,
    "follow_up_note" TEXT,
    "case_file_id" TEXT,

    CONSTRAINT "visit_situation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "document_signoff_station_id_kind_role_idx" ON "document_signoff"("station_id", "kind", "role");

-- CreateIndex
CREATE UNIQUE INDEX "document_signoff_document_id_role_key" ON "document_signoff"("document_id", "role");

-- CreateIndex
CREATE INDEX "document_event_document_id_at_idx" ON "document_event"("document_id", "at");

-- CreateIndex
CREATE UNIQUE INDEX "document_revision_document_id_revision_key" ON "document_revision"("document_id", "revision");

-- CreateIndex
CREATE INDEX "case_session_case_file_id_session_date_idx" ON "case_session"("case_file_id", "session_date");

-- CreateIndex
CREATE UNIQUE INDEX "case_session_case_file_id_seq_key" ON "case_session"("case_file_id", "seq");

-- CreateIndex
CREATE UNIQUE INDEX "case_evaluation_case_file_id_key" ON "case_evaluation"("case_file_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_closure_case_file_id_key" ON "case_closure"("case_file_id");

-- CreateIndex
CREATE UNIQUE INDEX "case_referral_received_case_id_key" ON "case_referral"("received_case_id");

-- CreateIndex
CREATE INDEX "case_referral_case_file_id_idx" ON "case_referral"("case_file_id");

-- CreateIndex
CREATE INDEX "case_referral_to_worker_id_status_idx" ON "case_referral"("to_worker_id", "status");

-- CreateIndex
CREATE INDEX "case_referral_to_station_id_status_idx" ON "case_referral"("to_station_id", "status");

-- CreateIndex
CREATE INDEX "case_access_override_case_file_id_opened_at_idx" ON "case_access_override"("case_file_id", "opened_at");

-- CreateIndex
CREATE INDEX "case_access_override_user_id_expires_at_idx" ON "case_access_override"("user_id", "expires_at");

-- CreateIndex
CREATE INDEX "visit_station_id_visited_at_idx" ON "visit"("station_id", "visited_at");

-- CreateIndex
CREATE INDEX "visit_worker_id_visited_at_idx" ON "visit"("worker_id", "visited_at");

-- CreateIndex
CREATE INDEX "visit_household_visit_id_idx" ON "visit_household"("visit_id");

-- CreateIndex
CREATE INDEX "visit_household_household_id_idx" ON "visit_household"("household_id");

-- CreateIndex
CREATE INDEX "visit_situation_visit_id_idx" ON "visit_situation"("visit_id");

-- CreateIndex
CREATE INDEX "visit_situation_case_file_id_idx" ON "visit_situation"("case_file_id");


-- AddForeignKey
ALTER TABLE "case_session" ADD CONSTRAINT "case_session_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_evaluation" ADD CONSTRAINT "case_evaluation_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_closure" ADD CONSTRAINT "case_closure_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_from_station_id_fkey" FOREIGN KEY ("from_station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_to_station_id_fkey" FOREIGN KEY ("to_station_id") REFERENCES "station"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_from_worker_id_fkey" FOREIGN KEY ("from_worker_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_to_worker_id_fkey" FOREIGN KEY ("to_worker_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_referral" ADD CONSTRAINT "case_referral_received_case_id_fkey" FOREIGN KEY ("received_case_id") REFERENCES "case_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_access_override" ADD CONSTRAINT "case_access_override_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "case_access_override" ADD CONSTRAINT "case_access_override_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit" ADD CONSTRAINT "visit_district_id_fkey" FOREIGN KEY ("district_id") REFERENCES "district"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit" ADD CONSTRAINT "visit_station_id_fkey" FOREIGN KEY ("station_id") REFERENCES "station"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit" ADD CONSTRAINT "visit_community_id_fkey" FOREIGN KEY ("community_id") REFERENCES "community"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit" ADD CONSTRAINT "visit_worker_id_fkey" FOREIGN KEY ("worker_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_household" ADD CONSTRAINT "visit_household_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_household" ADD CONSTRAINT "visit_household_household_id_fkey" FOREIGN KEY ("household_id") REFERENCES "household"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_situation" ADD CONSTRAINT "visit_situation_visit_id_fkey" FOREIGN KEY ("visit_id") REFERENCES "visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "visit_situation" ADD CONSTRAINT "visit_situation_case_file_id_fkey" FOREIGN KEY ("case_file_id") REFERENCES "case_file"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Plans: from one row per version to one row per case with revisions (data kept).
-- Sign-offs of every version move to document_signoff (current) or into the revision snapshot (older).
-- Events of every version are attached to the case's surviving (latest) plan.
ALTER TABLE "case_plan" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "case_plan" ADD COLUMN "new_status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT';
UPDATE "case_plan" SET "new_status" = "status"::text::"ReviewStatus", "revision" = "plan_version";

CREATE TEMP TABLE "plan_latest" ON COMMIT DROP AS
  SELECT DISTINCT ON (p."case_file_id") p."case_file_id", p."id" AS "latest_id"
  FROM "case_plan" p ORDER BY p."case_file_id", p."plan_version" DESC;

INSERT INTO "document_revision" ("id", "district_id", "station_id", "kind", "document_id", "revision", "content", "signoffs", "corrected_by_id", "corrected_by_name", "corrected_at")
SELECT 'rev_' || p."id", c."district_id", c."station_id", 'PLAN', l."latest_id", p."plan_version",
  jsonb_build_object('status', p."status"::text, 'problemsEnc', p."problems_enc", 'goalsEnc', p."goals_enc", 'planEnc', p."plan_enc",
    'supervisorOpinionEnc', p."supervisor_opinion_enc", 'clientSignedOn', p."client_signed_on"),
  COALESCE((SELECT jsonb_agg(jsonb_build_object('role', s."role"::text, 'userId', s."user_id", 'userName', s."user_name", 'signedAt', s."signed_at") ORDER BY s."signed_at")
    FROM "case_plan_signoff" s WHERE s."plan_id" = p."id"), '[]'::jsonb),
  n."created_by_id", COALESCE(u."name", ''), n."created_at"
FROM "case_plan" p
JOIN "plan_latest" l ON l."case_file_id" = p."case_file_id" AND l."latest_id" <> p."id"
JOIN "case_file" c ON c."id" = p."case_file_id"
JOIN "case_plan" n ON n."case_file_id" = p."case_file_id" AND n."plan_version" = p."plan_version" + 1
LEFT JOIN "app_user" u ON u."id" = n."created_by_id";

INSERT INTO "document_signoff" ("id", "district_id", "station_id", "kind", "document_id", "role", "user_id", "user_name", "signed_at")
SELECT s."id", c."district_id", c."station_id", 'PLAN', s."plan_id", s."role"::text::"SignRole", s."user_id", s."user_name", s."signed_at"
FROM "case_plan_signoff" s JOIN "plan_latest" l ON l."latest_id" = s."plan_id"
JOIN "case_plan" p ON p."id" = s."plan_id" JOIN "case_file" c ON c."id" = p."case_file_id";

INSERT INTO "document_event" ("id", "kind", "document_id", "event", "from_status", "to_status", "actor_id", "actor_name", "comment_enc", "at")
SELECT e."id", 'PLAN', l."latest_id", e."kind"::text::"DocumentEventKind", e."from_status"::text::"ReviewStatus", e."to_status"::text::"ReviewStatus",
  e."actor_id", e."actor_name", e."comment_enc", e."at"
FROM "case_plan_event" e JOIN "case_plan" p ON p."id" = e."plan_id" JOIN "plan_latest" l ON l."case_file_id" = p."case_file_id";

DELETE FROM "case_plan" p USING "plan_latest" l WHERE l."case_file_id" = p."case_file_id" AND l."latest_id" <> p."id";

DROP TABLE "case_plan_event";
DROP TABLE "case_plan_signoff";
ALTER TABLE "case_plan" DROP COLUMN "plan_version";
ALTER TABLE "case_plan" DROP COLUMN "status";
ALTER TABLE "case_plan" RENAME COLUMN "new_status" TO "status";
DROP TYPE "CasePlanStatus";
DROP TYPE "CasePlanEventKind";
DROP TYPE "CasePlanSignRole";
CREATE UNIQUE INDEX "case_plan_case_file_id_key" ON "case_plan"("case_file_id");
