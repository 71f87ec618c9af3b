-- HAZARD: ADD COLUMN ... NOT NULL without a DEFAULT fails on any table that has rows, and
-- where it succeeds, the running release's INSERTs (which do not know the column) start failing.
ALTER TABLE accounts ADD COLUMN plan text NOT NULL;

-- HAZARD: a volatile DEFAULT (gen_random_uuid()) is evaluated per row, so adding the column
-- rewrites the whole table under an ACCESS EXCLUSIVE lock.
ALTER TABLE accounts ADD COLUMN public_id uuid NOT NULL DEFAULT gen_random_uuid();
