-- Undo V7.1, CONCURRENTLY and without BEGIN like the migration itself. Rebuilding the full
-- unique index fails if a deleted account and a live one share an address: resolve those first.
DROP INDEX CONCURRENTLY users_deleted_at_idx;

CREATE UNIQUE INDEX CONCURRENTLY users_email_lower_key ON users (lower(email));

DROP INDEX CONCURRENTLY users_active_email_lower_key;
