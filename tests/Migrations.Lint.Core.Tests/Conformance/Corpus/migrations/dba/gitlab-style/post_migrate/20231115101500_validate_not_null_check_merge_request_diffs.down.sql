ALTER TABLE merge_request_diffs ALTER COLUMN project_id DROP NOT NULL;
ALTER TABLE merge_request_diffs
    ADD CONSTRAINT check_11c5f029ad CHECK ((project_id IS NOT NULL)) NOT VALID;
