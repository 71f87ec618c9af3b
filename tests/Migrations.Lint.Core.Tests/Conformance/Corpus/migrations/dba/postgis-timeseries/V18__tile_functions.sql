CREATE OR REPLACE FUNCTION public.stations_mvt(z integer, x integer, y integer)
RETURNS bytea
LANGUAGE sql
STABLE
PARALLEL SAFE
AS $$
    WITH bounds AS (
        SELECT ST_TileEnvelope(z, x, y) AS geom
    ), mvtgeom AS (
        SELECT ST_AsMVTGeom(ST_Transform(s.location, 3857), bounds.geom, 4096, 64, true) AS geom,
               s.station_id,
               s.name
          FROM stations s, bounds
         WHERE s.location && ST_Transform(bounds.geom, 4326)
    )
    SELECT ST_AsMVT(mvtgeom.*, 'stations', 4096, 'geom') FROM mvtgeom;
$$;

COMMENT ON FUNCTION public.stations_mvt(integer, integer, integer) IS 'Vector tile layer for pg_tileserv / martin.';
