-- A previous CREATE INDEX CONCURRENTLY failed and left an INVALID index
-- behind. IF NOT EXISTS would silently keep the broken one, so drop first.
DO $$
BEGIN
  IF EXISTS (
    SELECT 1
      FROM pg_index i
      JOIN pg_class c ON c.oid = i.indexrelid
     WHERE c.relname = 'index_merge_requests_on_target_project_id_and_merged_commit_sha'
       AND NOT i.indisvalid
  ) THEN
    RAISE NOTICE 'dropping invalid index left by an earlier attempt';
  END IF;
END
$$;

DROP INDEX CONCURRENTLY IF EXISTS index_merge_requests_on_target_project_id_and_merged_commit_sha;

CREATE INDEX CONCURRENTLY index_merge_requests_on_target_project_id_and_merged_commit_sha
    ON merge_requests USING btree (target_project_id, merged_commit_sha)
    WHERE merged_commit_sha IS NOT NULL;

-- Alternative for a bloated-but-valid index: rebuild in place.
REINDEX INDEX CONCURRENTLY index_merge_requests_on_target_branch;
