DROP MATERIALIZED VIEW IF EXISTS repo_statistics_by_status;

CREATE MATERIALIZED VIEW repo_statistics_by_status AS
SELECT
    count(*) FILTER (WHERE r.deleted_at IS NULL)                               AS total,
    count(*) FILTER (WHERE r.deleted_at IS NOT NULL AND r.blocked IS NULL)     AS soft_deleted,
    count(*) FILTER (WHERE gr.clone_status = 'not_cloned')                     AS not_cloned,
    count(*) FILTER (WHERE gr.clone_status = 'cloning')                        AS cloning,
    count(*) FILTER (WHERE gr.clone_status = 'cloned')                         AS cloned,
    count(*) FILTER (WHERE gr.last_error IS NOT NULL AND gr.last_error <> '')  AS failed_fetch,
    gr.shard_id
FROM repo r
JOIN gitserver_repos gr ON gr.repo_id = r.id
GROUP BY gr.shard_id
WITH DATA;

-- REFRESH ... CONCURRENTLY requires a unique index on the materialized view.
CREATE UNIQUE INDEX IF NOT EXISTS repo_statistics_by_status_shard_id ON repo_statistics_by_status (shard_id);

COMMENT ON MATERIALIZED VIEW repo_statistics_by_status IS 'Aggregated repository counts per gitserver shard, refreshed by the worker every 10 minutes.';
