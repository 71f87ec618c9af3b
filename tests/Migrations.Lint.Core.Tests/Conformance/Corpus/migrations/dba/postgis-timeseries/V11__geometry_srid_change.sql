-- UNSAFE: changes the column type, rewriting the table and rebuilding the
-- GIST index under ACCESS EXCLUSIVE.
ALTER TABLE stations
    ALTER COLUMN service_area TYPE geometry(MultiPolygon, 3857)
    USING ST_Transform(service_area, 3857);

ALTER TABLE roads
    ALTER COLUMN geom TYPE geometry(MultiLineString, 4326)
    USING ST_Multi(geom);
