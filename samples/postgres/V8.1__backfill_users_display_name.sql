-- Backfill for the expand step, in a migration of its own so that V8's DDL lock was released
-- before any row is touched. Rows written since V8 were already filled by the trigger; the
-- WHERE clause limits the work to the rest and makes a retried run resume where it stopped.
UPDATE users
SET display_name = full_name
WHERE display_name IS NULL;
