-- Append-only audit trail, range-partitioned by month so an old month can be detached and
-- archived instead of deleted row by row. R__audit_logs_partitions.sql provides the function
-- the maintenance job calls to create upcoming months; rows outside every month land in the
-- default partition.
SET lock_timeout = '5s';

CREATE TABLE audit_logs (
    id             bigint GENERATED ALWAYS AS IDENTITY,
    user_id        bigint      REFERENCES users (id) ON DELETE SET NULL,
    event_type     text        NOT NULL,
    event_category text        NOT NULL,
    event_data     jsonb       NOT NULL DEFAULT '{}'::jsonb,
    ip_address     inet,
    user_agent     text,
    success        boolean     NOT NULL,
    created_at     timestamptz NOT NULL DEFAULT now(),
    -- A unique constraint on a partitioned table must include the partition key.
    PRIMARY KEY (id, created_at),
    CONSTRAINT audit_logs_event_category_check CHECK (
        event_category IN ('authentication', 'authorization', 'user_management', 'security', 'system'))
) PARTITION BY RANGE (created_at);

CREATE TABLE audit_logs_2025_01 PARTITION OF audit_logs
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');
CREATE TABLE audit_logs_2025_02 PARTITION OF audit_logs
    FOR VALUES FROM ('2025-02-01 00:00:00+00') TO ('2025-03-01 00:00:00+00');
CREATE TABLE audit_logs_2025_03 PARTITION OF audit_logs
    FOR VALUES FROM ('2025-03-01 00:00:00+00') TO ('2025-04-01 00:00:00+00');
CREATE TABLE audit_logs_default PARTITION OF audit_logs DEFAULT;

-- Indexes on the parent cascade to every partition, present and future.
CREATE INDEX audit_logs_user_id_created_at_idx ON audit_logs (user_id, created_at DESC);
CREATE INDEX audit_logs_event_type_created_at_idx ON audit_logs (event_type, created_at DESC);
CREATE INDEX audit_logs_event_data_idx ON audit_logs USING gin (event_data jsonb_path_ops);

COMMENT ON TABLE audit_logs IS 'Security and compliance trail of authentication events';
COMMENT ON COLUMN audit_logs.event_type IS 'login_succeeded, login_failed, password_changed, mfa_enrolled, ...';
