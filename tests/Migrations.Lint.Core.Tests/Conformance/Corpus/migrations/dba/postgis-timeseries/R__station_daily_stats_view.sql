CREATE OR REPLACE VIEW station_daily_stats AS
SELECT s.station_id,
       s.code,
       date_trunc('day', m.measured_at AT TIME ZONE 'UTC') AS day_utc,
       round(avg(m.temperature), 2) AS avg_temp,
       min(m.temperature) AS min_temp,
       max(m.temperature) AS max_temp,
       percentile_cont(0.5) WITHIN GROUP (ORDER BY m.temperature) AS median_temp,
       count(*) AS samples,
       ST_AsGeoJSON(s.location)::jsonb AS location_geojson
  FROM stations s
  JOIN measurements m ON m.station_id = s.station_id
 GROUP BY s.station_id, s.code, 3, s.location;
