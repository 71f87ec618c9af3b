-- Step 2 and 3: validate the check, then promote it to a real NOT NULL.
-- Since PG12 the SET NOT NULL below skips the full scan because a valid
-- CHECK (project_id IS NOT NULL) already proves it.
ALTER TABLE merge_request_diffs VALIDATE CONSTRAINT check_11c5f029ad;

SET lock_timeout = '2s';
ALTER TABLE merge_request_diffs ALTER COLUMN project_id SET NOT NULL;
ALTER TABLE merge_request_diffs DROP CONSTRAINT check_11c5f029ad;
