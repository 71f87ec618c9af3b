-- Undo V2. The partition helper from R__audit_logs_partitions.sql only names audit_logs inside
-- dynamic SQL, so PostgreSQL records no dependency on the table: drop it explicitly.
SET lock_timeout = '5s';

DROP FUNCTION IF EXISTS create_audit_logs_partition(date);
DROP TABLE audit_logs;
