ALTER TABLE merge_request_diffs DROP CONSTRAINT IF EXISTS check_11c5f029ad;
