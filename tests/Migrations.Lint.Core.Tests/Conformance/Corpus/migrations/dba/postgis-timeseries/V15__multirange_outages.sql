CREATE TABLE station_outages (
    station_id integer PRIMARY KEY REFERENCES stations (station_id) ON DELETE CASCADE,
    outages    tstzmultirange NOT NULL DEFAULT '{}'
);

INSERT INTO station_outages (station_id, outages) VALUES
    (1, '{[2024-01-03 10:00+00,2024-01-03 12:30+00), [2024-02-11 00:00+00,2024-02-12 00:00+00)}'),
    (2, tstzmultirange(tstzrange('2024-03-01', '2024-03-02'), tstzrange('2024-03-05', '2024-03-06')));

CREATE INDEX station_outages_gist ON station_outages USING gist (outages);

CREATE VIEW measurements_excluding_outages AS
SELECT m.*
  FROM measurements m
  LEFT JOIN station_outages o ON o.station_id = m.station_id
 WHERE o.outages IS NULL OR NOT (o.outages @> m.measured_at);
