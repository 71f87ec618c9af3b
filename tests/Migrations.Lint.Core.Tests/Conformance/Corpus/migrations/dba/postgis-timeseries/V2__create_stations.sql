CREATE TABLE stations (
    station_id      integer PRIMARY KEY,
    code            varchar(16) NOT NULL UNIQUE,
    name            text NOT NULL,
    elevation_m     real,
    location        geometry(Point, 4326) NOT NULL,
    service_area    geometry(MultiPolygon, 4326),
    commissioned_on date NOT NULL DEFAULT current_date,
    decommissioned_on date,
    CONSTRAINT stations_valid_period CHECK (decommissioned_on IS NULL OR decommissioned_on > commissioned_on),
    CONSTRAINT stations_location_valid CHECK (ST_IsValid(location))
);

CREATE INDEX stations_location_gist ON stations USING gist (location);
CREATE INDEX stations_service_area_gist ON stations USING gist (service_area) WHERE service_area IS NOT NULL;
CREATE INDEX stations_geog_gist ON stations USING gist ((location::geography));

COMMENT ON COLUMN stations.location IS 'WGS84 point; use ST_Transform(location, 3857) for web maps.';
