-- Range-partitioned by month on a timestamptz column. The partition key must
-- be part of every unique constraint, hence the composite primary key.
CREATE TABLE measurements (
    station_id   integer     NOT NULL REFERENCES stations (station_id),
    measured_at  timestamptz NOT NULL,
    temperature  numeric(5, 2),
    humidity     smallint CHECK (humidity BETWEEN 0 AND 100),
    pressure_hpa numeric(6, 1),
    wind         jsonb,
    PRIMARY KEY (station_id, measured_at)
) PARTITION BY RANGE (measured_at);

CREATE TABLE measurements_2024_01 PARTITION OF measurements
    FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2024-02-01 00:00:00+00');
CREATE TABLE measurements_2024_02 PARTITION OF measurements
    FOR VALUES FROM ('2024-02-01 00:00:00+00') TO ('2024-03-01 00:00:00+00');
CREATE TABLE measurements_2024_03 PARTITION OF measurements
    FOR VALUES FROM ('2024-03-01 00:00:00+00') TO ('2024-04-01 00:00:00+00')
    WITH (fillfactor = 100, autovacuum_vacuum_scale_factor = 0.01);
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;

-- BRIN is tiny and works well because rows arrive in time order.
CREATE INDEX measurements_measured_at_brin ON measurements USING brin (measured_at) WITH (pages_per_range = 32);
