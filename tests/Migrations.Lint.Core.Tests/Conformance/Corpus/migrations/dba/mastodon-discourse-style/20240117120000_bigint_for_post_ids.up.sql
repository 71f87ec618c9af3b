-- Discourse-style int -> bigint move: add a shadow column, keep it in sync with
-- a trigger, backfill in batches, swap later. This file is the first step.
ALTER TABLE posts ADD COLUMN IF NOT EXISTS new_id bigint;
ALTER TABLE post_actions ADD COLUMN IF NOT EXISTS new_post_id bigint;

CREATE OR REPLACE FUNCTION posts_sync_new_id() RETURNS trigger AS $$
BEGIN
  NEW.new_id := NEW.id;
  RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER posts_sync_new_id BEFORE INSERT OR UPDATE OF id ON posts
  FOR EACH ROW EXECUTE FUNCTION posts_sync_new_id();

-- First 1M rows inline; the rest is done by a background job.
UPDATE posts SET new_id = id WHERE id <= 1000000 AND new_id IS NULL;
