ALTER TABLE users ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE movies RENAME COLUMN release_year TO year;
ALTER TABLE movies ALTER COLUMN runtime TYPE integer USING runtime::integer;
