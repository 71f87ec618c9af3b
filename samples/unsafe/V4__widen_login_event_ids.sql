-- HAZARD: ALTER COLUMN ... TYPE from integer to bigint rewrites login_events and rebuilds its
-- indexes under an ACCESS EXCLUSIVE lock, blocking reads and writes for the duration.
ALTER TABLE login_events ALTER COLUMN id TYPE bigint;
ALTER TABLE login_events ALTER COLUMN account_id TYPE bigint;
