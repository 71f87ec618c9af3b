ALTER TABLE movies ALTER COLUMN runtime TYPE bigint;
ALTER TABLE movies RENAME COLUMN year TO release_year;
ALTER TABLE users DROP COLUMN version;
