DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'permission_sync_job_reason') THEN
        CREATE TYPE permission_sync_job_reason AS ENUM (
            'REASON_USER_OUTDATED_PERMS',
            'REASON_USER_NO_PERMS',
            'REASON_USER_EMAIL_REMOVED',
            'REASON_USER_EMAIL_VERIFIED',
            'REASON_USER_ADDED',
            'REASON_USER_ACCEPTED_ORG_INVITE',
            'REASON_MANUAL_USER_SYNC',
            'REASON_REPO_OUTDATED_PERMS',
            'REASON_REPO_NO_PERMS',
            'REASON_REPO_UPDATED_FROM_CODE_HOST',
            'REASON_MANUAL_REPO_SYNC'
        );
    END IF;
END
$$;

CREATE TABLE IF NOT EXISTS permission_sync_jobs (
    id                   SERIAL PRIMARY KEY,
    state                text DEFAULT 'queued',
    reason               permission_sync_job_reason,
    failure_message      text,
    queued_at            timestamp with time zone DEFAULT now(),
    started_at           timestamp with time zone,
    finished_at          timestamp with time zone,
    process_after        timestamp with time zone,
    num_resets           integer NOT NULL DEFAULT 0,
    num_failures         integer NOT NULL DEFAULT 0,
    last_heartbeat_at    timestamp with time zone,
    execution_logs       json[],
    worker_hostname      text NOT NULL DEFAULT '',
    cancel               boolean NOT NULL DEFAULT false,
    repository_id        integer REFERENCES repo(id) ON DELETE CASCADE,
    user_id              integer REFERENCES users(id) ON DELETE CASCADE,
    high_priority        boolean NOT NULL DEFAULT false,
    invalidate_caches    boolean NOT NULL DEFAULT false,
    CONSTRAINT permission_sync_jobs_for_repo_or_user CHECK (((user_id IS NULL) <> (repository_id IS NULL)))
);

CREATE INDEX IF NOT EXISTS permission_sync_jobs_state ON permission_sync_jobs (state);
CREATE INDEX IF NOT EXISTS permission_sync_jobs_process_after ON permission_sync_jobs (process_after);
CREATE UNIQUE INDEX IF NOT EXISTS permission_sync_jobs_unique ON permission_sync_jobs
    USING btree (high_priority, user_id, repository_id, cancel, process_after)
    WHERE (state = 'queued'::text);

COMMENT ON COLUMN permission_sync_jobs.reason IS 'Why the job was enqueued; see the permission_sync_job_reason enum.';
COMMENT ON CONSTRAINT permission_sync_jobs_for_repo_or_user ON permission_sync_jobs IS 'Exactly one of user_id or repository_id must be set.';
