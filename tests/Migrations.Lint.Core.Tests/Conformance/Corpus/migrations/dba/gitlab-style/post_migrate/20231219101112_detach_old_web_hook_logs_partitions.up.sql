-- DETACH … CONCURRENTLY cannot run inside a transaction block.
SET lock_timeout = '10s';

ALTER TABLE web_hook_logs DETACH PARTITION gitlab_partitions_dynamic.web_hook_logs_202306 CONCURRENTLY;
ALTER TABLE web_hook_logs DETACH PARTITION gitlab_partitions_dynamic.web_hook_logs_202307 CONCURRENTLY;

-- If a previous run was cancelled half-way, the partition is left in the
-- "detach pending" state; FINALIZE completes it.
ALTER TABLE web_hook_logs DETACH PARTITION gitlab_partitions_dynamic.web_hook_logs_202305 FINALIZE;

DROP TABLE IF EXISTS gitlab_partitions_dynamic.web_hook_logs_202305,
                     gitlab_partitions_dynamic.web_hook_logs_202306,
                     gitlab_partitions_dynamic.web_hook_logs_202307;
