-- Rating is required; existing rows get 0 and the app backfills real values.
ALTER TABLE movies ADD COLUMN rating NUMERIC(3,1);
UPDATE movies SET rating = 0 WHERE rating IS NULL;
ALTER TABLE movies ALTER COLUMN rating SET NOT NULL;
CREATE INDEX movies_rating_idx ON movies (rating DESC NULLS LAST);
