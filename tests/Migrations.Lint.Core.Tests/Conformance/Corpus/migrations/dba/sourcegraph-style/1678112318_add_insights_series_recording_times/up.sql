CREATE TABLE IF NOT EXISTS insight_series_recording_times
(
    insight_series_id integer,
    recording_time    timestamp with time zone,
    snapshot          boolean,
    UNIQUE (insight_series_id, recording_time),
    CONSTRAINT insight_series_id_fkey FOREIGN KEY (insight_series_id) REFERENCES insight_series (id) ON DELETE CASCADE
);

-- Seed recording times for existing series from what is already in the
-- series_points table, deduplicated with DISTINCT ON.
INSERT INTO insight_series_recording_times (insight_series_id, recording_time, snapshot)
SELECT DISTINCT ON (s.id, date_trunc('month', sp.time))
       s.id,
       date_trunc('month', sp.time),
       false
  FROM insight_series s
  JOIN series_points sp ON sp.series_id = s.series_id
 ORDER BY s.id, date_trunc('month', sp.time), sp.time DESC
ON CONFLICT ON CONSTRAINT insight_series_recording_times_insight_series_id_recording__key DO NOTHING;
