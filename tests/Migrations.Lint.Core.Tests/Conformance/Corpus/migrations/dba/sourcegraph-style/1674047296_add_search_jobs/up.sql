CREATE TABLE IF NOT EXISTS exhaustive_search_jobs (
    id                bigserial PRIMARY KEY,
    state             text DEFAULT 'queued',
    initiator_id      integer NOT NULL REFERENCES users (id) ON DELETE CASCADE DEFERRABLE,
    query             text NOT NULL,
    failure_message   text,
    started_at        timestamp with time zone,
    finished_at       timestamp with time zone,
    process_after     timestamp with time zone,
    num_resets        integer NOT NULL DEFAULT 0,
    num_failures      integer NOT NULL DEFAULT 0,
    last_heartbeat_at timestamp with time zone,
    execution_logs    json[],
    worker_hostname   text NOT NULL DEFAULT '',
    cancel            boolean NOT NULL DEFAULT false,
    created_at        timestamp with time zone NOT NULL DEFAULT now(),
    updated_at        timestamp with time zone NOT NULL DEFAULT now(),
    queued_at         timestamp with time zone DEFAULT now()
);

CREATE INDEX IF NOT EXISTS exhaustive_search_jobs_state ON exhaustive_search_jobs USING btree (state);

CREATE TABLE IF NOT EXISTS exhaustive_search_repo_jobs (
    id              bigserial PRIMARY KEY,
    repo_id         integer NOT NULL REFERENCES repo (id) ON DELETE CASCADE,
    ref_spec        text NOT NULL,
    search_job_id   bigint NOT NULL REFERENCES exhaustive_search_jobs (id) ON DELETE CASCADE,
    state           text DEFAULT 'queued',
    created_at      timestamp with time zone NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS exhaustive_search_repo_jobs_search_job_id ON exhaustive_search_repo_jobs (search_job_id);
