-- Undo V9.1, CONCURRENTLY and without BEGIN like the migration itself.
DROP INDEX CONCURRENTLY users_handle_key;
DROP INDEX CONCURRENTLY authentication_tokens_session_id_idx;
