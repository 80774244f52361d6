-- The audit log is append-only. No role the app uses can alter history: UPDATE and TRUNCATE are
-- refused outright; DELETE only for rows past the legal minimum retention of 184 days (purge job).
CREATE FUNCTION audit_log_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND OLD."at" < now() - interval '184 days' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '审计日志只能追加，不能修改或删除 (audit_log is append-only: %)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_log_append_only
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION audit_log_guard();

CREATE TRIGGER audit_log_no_truncate
  BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_guard();

-- A membership names exactly the org unit its role lives at.
ALTER TABLE "membership" ADD CONSTRAINT "membership_unit_matches_role" CHECK (
  (role IN ('BUREAU_ADMIN', 'BUREAU_STAFF', 'BUREAU_REVIEWER', 'EVALUATOR', 'AUDITOR')
     AND bureau_id IS NOT NULL AND street_office_id IS NULL AND station_id IS NULL AND contractor_id IS NULL AND district_id IS NOT NULL)
  OR (role = 'STREET_STAFF'
     AND street_office_id IS NOT NULL AND bureau_id IS NULL AND station_id IS NULL AND contractor_id IS NULL AND district_id IS NOT NULL)
  OR (role IN ('STATION_HEAD', 'DEPUTY_HEAD', 'SOCIAL_WORKER', 'SUPERVISOR')
     AND station_id IS NOT NULL AND bureau_id IS NULL AND street_office_id IS NULL AND contractor_id IS NULL AND district_id IS NOT NULL)
  OR (role = 'CONTRACTOR_ADMIN'
     AND contractor_id IS NOT NULL AND bureau_id IS NULL AND street_office_id IS NULL AND station_id IS NULL AND district_id IS NOT NULL)
  OR (role = 'SYSTEM_ADMIN'
     AND bureau_id IS NULL AND street_office_id IS NULL AND station_id IS NULL AND contractor_id IS NULL AND district_id IS NULL)
);

-- One row per (user, role, unit) even though the unused unit columns are NULL.
DROP INDEX "membership_user_id_role_bureau_id_street_office_id_station__key";
CREATE UNIQUE INDEX "membership_user_id_role_bureau_id_street_office_id_station__key"
  ON "membership" ("user_id", "role", "bureau_id", "street_office_id", "station_id", "contractor_id") NULLS NOT DISTINCT;

-- Station staffing figures are read per station on every overview.
CREATE INDEX "staff_profile_station_active_idx" ON "staff_profile" ("station_id") WHERE is_active;
CREATE INDEX "volunteer_station_active_idx" ON "volunteer" ("station_id") WHERE is_active;
