-- HAZARD: CREATE INDEX CONCURRENTLY inside BEGIN ... COMMIT. PostgreSQL refuses it ("cannot run
-- inside a transaction block"), so this migration fails on every run. CONCURRENTLY statements
-- belong in a migration of their own that runs outside a transaction.
BEGIN;
CREATE INDEX CONCURRENTLY login_events_created_at_idx ON login_events (created_at);
COMMIT;
