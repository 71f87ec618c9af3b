-- PG14 BRIN operator classes: multi-minmax copes with out-of-order inserts,
-- bloom helps equality lookups on high-cardinality columns.
DROP INDEX IF EXISTS measurements_measured_at_brin;
CREATE INDEX measurements_measured_at_brin_mm
    ON measurements USING brin (measured_at timestamptz_minmax_multi_ops(values_per_range = 16));
CREATE INDEX sensor_events_sensor_bloom
    ON sensor_events USING brin (sensor_id int8_bloom_ops(false_positive_rate = 0.01, n_distinct_per_range = 100));
