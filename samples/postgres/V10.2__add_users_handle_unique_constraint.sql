-- Promote the unique index built CONCURRENTLY in V9.1 to a constraint: a catalog-only change,
-- where ADD CONSTRAINT ... UNIQUE (handle) would build the index under ACCESS EXCLUSIVE.
SET lock_timeout = '5s';

ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE USING INDEX users_handle_key;
