-- A soft-deleted account must not keep its address taken, so the case-insensitive unique index
-- becomes partial. No BEGIN: each CONCURRENTLY statement has to run in its own transaction,
-- and neither blocks writes. The new index exists before the old one goes, so an address is
-- never left unprotected.
CREATE UNIQUE INDEX CONCURRENTLY users_active_email_lower_key
    ON users (lower(email)) WHERE deleted_at IS NULL;

DROP INDEX CONCURRENTLY users_email_lower_key;

-- Supports the purge job that hard-deletes accounts some time after soft deletion.
CREATE INDEX CONCURRENTLY users_deleted_at_idx ON users (deleted_at) WHERE deleted_at IS NOT NULL;
