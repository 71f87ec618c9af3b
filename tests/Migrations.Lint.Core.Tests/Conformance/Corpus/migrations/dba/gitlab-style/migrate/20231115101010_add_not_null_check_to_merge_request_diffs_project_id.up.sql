-- Step 1 of 3 for making merge_request_diffs.project_id NOT NULL without a
-- full table scan under ACCESS EXCLUSIVE:
--   1. add CHECK (project_id IS NOT NULL) NOT VALID   (this file)
--   2. VALIDATE CONSTRAINT                             (post_migrate)
--   3. SET NOT NULL, which PG12+ proves from the valid check, then drop the check
SET lock_timeout = '2s';

ALTER TABLE merge_request_diffs
    ADD CONSTRAINT check_11c5f029ad CHECK ((project_id IS NOT NULL)) NOT VALID;
