-- DropIndex
DROP INDEX "visit_worker_id_visited_at_idx";

-- AlterTable
ALTER TABLE "document_signoff" ADD COLUMN     "awaiting_head" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE INDEX "document_signoff_station_id_awaiting_head_signed_at_idx" ON "document_signoff"("station_id", "awaiting_head", "signed_at");

-- CreateIndex
CREATE INDEX "visit_station_id_worker_id_visited_at_idx" ON "visit"("station_id", "worker_id", "visited_at");


-- Backfill: worker sign-offs of forms the head countersigns, not countersigned yet.
UPDATE "document_signoff" s SET "awaiting_head" = true
WHERE s."role" = 'WORKER' AND s."kind" IN ('INTAKE', 'SESSION', 'CLOSURE', 'REFERRAL', 'VISIT')
  AND NOT EXISTS (SELECT 1 FROM "document_signoff" h WHERE h."document_id" = s."document_id" AND h."role" = 'STATION_HEAD');
