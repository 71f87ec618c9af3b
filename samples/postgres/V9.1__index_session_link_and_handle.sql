-- No BEGIN: each CONCURRENTLY statement runs in its own transaction and does not block writes.
-- The session_id index keeps ON DELETE CASCADE from sessions off a sequential scan.
CREATE INDEX CONCURRENTLY authentication_tokens_session_id_idx ON authentication_tokens (session_id);

-- Becomes the backing index of a UNIQUE constraint in V10.2.
CREATE UNIQUE INDEX CONCURRENTLY users_handle_key ON users (handle);
