-- Creates the monthly partition of audit_logs containing for_month, unless it exists, and returns
-- its name. The maintenance job calls it for the next three months, with a short lock_timeout:
-- creating a partition briefly locks audit_logs. Bounds are UTC midnights, like V2's partitions,
-- whatever the session's TimeZone.
CREATE OR REPLACE FUNCTION create_audit_logs_partition(for_month date) RETURNS text
    LANGUAGE plpgsql
AS $$
DECLARE
    month_start    timestamptz := date_trunc('month', for_month::timestamp) AT TIME ZONE 'UTC';
    month_end      timestamptz := (date_trunc('month', for_month::timestamp) + interval '1 month') AT TIME ZONE 'UTC';
    partition_name text        := format('audit_logs_%s', to_char(for_month, 'YYYY_MM'));
BEGIN
    EXECUTE format(
        'CREATE TABLE IF NOT EXISTS %I PARTITION OF audit_logs FOR VALUES FROM (%L) TO (%L)',
        partition_name, month_start, month_end);
    RETURN partition_name;
END;
$$;
