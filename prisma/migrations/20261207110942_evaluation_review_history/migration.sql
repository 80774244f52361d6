-- Self-evaluations submitted before the bureau's review existed (decision 020) were final and have no history row.
-- They now wait in 待审核: give each the SUBMIT event its submission would have written, by whom and when.
INSERT INTO "report_event" ("id", "district_id", "kind", "report_id", "event", "comment", "actor_id", "actor_name", "actor_role", "at")
SELECT 'ev' || substr(md5(e."id" || ':submit'), 1, 23), d."district_id", 'EVALUATION', e."id", 'SUBMIT', NULL, e."submitted_by_id", u."name", NULL, e."submitted_at"
FROM "declaration_evaluation" e
JOIN "performance_declaration" d ON d."id" = e."declaration_id"
JOIN "app_user" u ON u."id" = e."submitted_by_id"
WHERE e."status" = 'SUBMITTED' AND e."submitted_at" IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM "report_event" r WHERE r."kind" = 'EVALUATION' AND r."report_id" = e."id");
