-- Index is created CONCURRENTLY; this migration must run outside a transaction
-- (disable_ddl_transaction!). ci_builds is a high-traffic table.
SET statement_timeout = 0;

CREATE INDEX CONCURRENTLY IF NOT EXISTS index_ci_builds_on_project_id_and_status
    ON ci_builds USING btree (project_id, status)
    WHERE type = 'Ci::Build';

RESET statement_timeout;
