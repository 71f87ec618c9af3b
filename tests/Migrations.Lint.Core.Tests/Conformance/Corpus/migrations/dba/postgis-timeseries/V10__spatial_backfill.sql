ALTER TABLE addresses ADD COLUMN IF NOT EXISTS geom geometry(Point, 4326);

-- UNSAFE on a big table: single statement, no batching.
UPDATE addresses
   SET geom = ST_SetSRID(ST_MakePoint(longitude, latitude), 4326)
 WHERE geom IS NULL
   AND longitude BETWEEN -180 AND 180
   AND latitude BETWEEN -90 AND 90;

-- Assign each address to the nearest station with a KNN lateral join.
UPDATE addresses a
   SET nearest_station_id = n.station_id
  FROM LATERAL (
        SELECT s.station_id
          FROM stations s
         ORDER BY s.location <-> a.geom
         LIMIT 1
       ) n
 WHERE a.geom IS NOT NULL;

-- UNSAFE: non-concurrent GIST build on a ~40M row table.
CREATE INDEX addresses_geom_idx ON addresses USING gist (geom);
