-- Creating a partition while a DEFAULT partition exists scans the default
-- partition under ACCESS EXCLUSIVE to check no rows belong to the new range.
-- Keep the default partition empty, or create partitions well in advance.
CREATE TABLE IF NOT EXISTS measurements_2024_04 PARTITION OF measurements
    FOR VALUES FROM ('2024-04-01 00:00:00+00') TO ('2024-05-01 00:00:00+00');
CREATE TABLE IF NOT EXISTS measurements_2024_05 PARTITION OF measurements
    FOR VALUES FROM ('2024-05-01 00:00:00+00') TO ('2024-06-01 00:00:00+00');

-- Safer alternative: create standalone, add a matching CHECK, then ATTACH.
CREATE TABLE IF NOT EXISTS measurements_2024_06 (LIKE measurements INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE measurements_2024_06 ADD CONSTRAINT measurements_2024_06_bound
    CHECK (measured_at >= '2024-06-01 00:00:00+00' AND measured_at < '2024-07-01 00:00:00+00');
ALTER TABLE measurements ATTACH PARTITION measurements_2024_06
    FOR VALUES FROM ('2024-06-01 00:00:00+00') TO ('2024-07-01 00:00:00+00');
ALTER TABLE measurements_2024_06 DROP CONSTRAINT measurements_2024_06_bound;
