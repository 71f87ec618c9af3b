-- Rows landed in the default partition because the monthly job failed.
-- Move them out before creating the missing partition, inside one transaction.
BEGIN;
SET LOCAL lock_timeout = '5s';

CREATE TEMP TABLE stray_measurements ON COMMIT DROP AS
    SELECT * FROM measurements_default
     WHERE measured_at >= '2024-07-01 00:00:00+00' AND measured_at < '2024-08-01 00:00:00+00';

DELETE FROM measurements_default
 WHERE measured_at >= '2024-07-01 00:00:00+00' AND measured_at < '2024-08-01 00:00:00+00';

CREATE TABLE measurements_2024_07 PARTITION OF measurements
    FOR VALUES FROM ('2024-07-01 00:00:00+00') TO ('2024-08-01 00:00:00+00');

INSERT INTO measurements SELECT * FROM stray_measurements;
COMMIT;
