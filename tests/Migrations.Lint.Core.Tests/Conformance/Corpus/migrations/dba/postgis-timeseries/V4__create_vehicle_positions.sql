CREATE TABLE vehicle_positions (
    vehicle_id  uuid        NOT NULL,
    recorded_at timestamptz NOT NULL,
    geom        geometry(PointZ, 4326) NOT NULL,
    speed_kmh   real,
    heading     smallint,
    trip_id     bigint
) PARTITION BY RANGE (recorded_at);

CREATE TABLE vehicle_positions_p2024w01 PARTITION OF vehicle_positions FOR VALUES FROM ('2024-01-01') TO ('2024-01-08');
CREATE TABLE vehicle_positions_p2024w02 PARTITION OF vehicle_positions FOR VALUES FROM ('2024-01-08') TO ('2024-01-15');
CREATE TABLE vehicle_positions_p2024w03 PARTITION OF vehicle_positions FOR VALUES FROM ('2024-01-15') TO ('2024-01-22');
CREATE TABLE vehicle_positions_p_old PARTITION OF vehicle_positions FOR VALUES FROM (MINVALUE) TO ('2024-01-01');

CREATE INDEX ON vehicle_positions USING gist (geom);
CREATE INDEX ON vehicle_positions (vehicle_id, recorded_at DESC);
CREATE INDEX ON vehicle_positions USING brin (recorded_at);
