CREATE TABLE measurements (
  city_id int NOT NULL,
  logged_on date NOT NULL,
  peak int
) PARTITION BY RANGE (logged_on);
CREATE TABLE measurements_2024 PARTITION OF measurements
  FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE measurements_old PARTITION OF measurements
  FOR VALUES FROM (MINVALUE) TO ('2024-01-01');
CREATE TABLE measurements_default PARTITION OF measurements DEFAULT;
CREATE TABLE cities (id int, region text) PARTITION BY LIST (region);
CREATE TABLE cities_eu PARTITION OF cities FOR VALUES IN ('eu', 'uk') PARTITION BY HASH (id);
CREATE TABLE cities_eu_0 PARTITION OF cities_eu FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE cities_na PARTITION OF cities (CONSTRAINT na_id_check CHECK (id > 0)) FOR VALUES IN ('na');
CREATE TABLE events (id bigint, at timestamptz) PARTITION BY RANGE (date_trunc('day', at), id);
CREATE TABLE IF NOT EXISTS events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01', MINVALUE) TO ('2026-01-01', MAXVALUE);
