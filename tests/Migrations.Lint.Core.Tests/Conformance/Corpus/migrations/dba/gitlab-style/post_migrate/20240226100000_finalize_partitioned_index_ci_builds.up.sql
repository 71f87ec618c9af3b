-- Build the index on each partition concurrently, then attach them to the
-- parent index that was created ON ONLY the parent (invalid until complete).
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_ci_builds_100_on_user_id_and_created_at
    ON gitlab_partitions_dynamic.ci_builds_100 (user_id, created_at) WHERE (type)::text = 'Ci::Build'::text;
CREATE INDEX CONCURRENTLY IF NOT EXISTS index_ci_builds_101_on_user_id_and_created_at
    ON gitlab_partitions_dynamic.ci_builds_101 (user_id, created_at) WHERE (type)::text = 'Ci::Build'::text;

CREATE INDEX IF NOT EXISTS index_p_ci_builds_on_user_id_and_created_at
    ON ONLY p_ci_builds (user_id, created_at) WHERE (type)::text = 'Ci::Build'::text;

ALTER INDEX index_p_ci_builds_on_user_id_and_created_at
    ATTACH PARTITION gitlab_partitions_dynamic.index_ci_builds_100_on_user_id_and_created_at;
ALTER INDEX index_p_ci_builds_on_user_id_and_created_at
    ATTACH PARTITION gitlab_partitions_dynamic.index_ci_builds_101_on_user_id_and_created_at;
