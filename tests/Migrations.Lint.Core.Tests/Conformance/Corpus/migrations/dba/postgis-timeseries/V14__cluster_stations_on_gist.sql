-- Physically order rows by space so nearby stations share pages.
-- UNSAFE: CLUSTER holds ACCESS EXCLUSIVE for the whole rewrite.
CLUSTER stations USING stations_location_gist;
ALTER TABLE stations CLUSTER ON stations_location_gist;
ANALYZE stations;
