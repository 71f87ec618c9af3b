CREATE TABLE IF NOT EXISTS gps_tracks (
    track_id     bigserial PRIMARY KEY,
    vehicle_id   uuid NOT NULL,
    started_at   timestamptz NOT NULL,
    ended_at     timestamptz,
    path         geography(LineStringZM, 4326),
    active_range tstzrange GENERATED ALWAYS AS (tstzrange(started_at, ended_at, '[]')) STORED,
    length_m     double precision GENERATED ALWAYS AS (ST_Length(path)) STORED
);

CREATE INDEX IF NOT EXISTS gps_tracks_path_gix ON gps_tracks USING gist (path);
CREATE INDEX IF NOT EXISTS gps_tracks_active_range_gix ON gps_tracks USING gist (vehicle_id, active_range);

-- Operator-heavy check: the track must stay inside the service region.
ALTER TABLE gps_tracks
    ADD CONSTRAINT gps_tracks_inside_region
    CHECK (path IS NULL OR ST_CoveredBy(path::geometry, ST_MakeEnvelope(-10.5, 34.0, 40.0, 71.5, 4326)))
    NOT VALID;
