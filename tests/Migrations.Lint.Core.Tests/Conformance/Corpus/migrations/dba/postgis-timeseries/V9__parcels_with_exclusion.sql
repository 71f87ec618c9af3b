-- Parcels may not overlap spatially while their validity periods overlap.
CREATE TABLE parcels (
    parcel_id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    cadastre_no text NOT NULL,
    valid       tstzrange NOT NULL DEFAULT tstzrange(now(), NULL, '[)'),
    boundary    geometry(Polygon, 25832) NOT NULL,
    area_m2     double precision GENERATED ALWAYS AS (ST_Area(boundary)) STORED,
    EXCLUDE USING gist (boundary WITH &&, valid WITH &&)
);

CREATE INDEX parcels_valid_idx ON parcels USING gist (valid);
CREATE INDEX parcels_boundary_spgist ON parcels USING spgist (boundary);

INSERT INTO parcels (cadastre_no, valid, boundary) VALUES
  ('0815-12/3', '[2020-01-01,2030-01-01)', ST_GeomFromText('POLYGON((500000 5700000, 500100 5700000, 500100 5700100, 500000 5700100, 500000 5700000))', 25832)),
  ('0815-12/4', '[2020-01-01,)', ST_MakeEnvelope(500200, 5700000, 500300, 5700100, 25832));
