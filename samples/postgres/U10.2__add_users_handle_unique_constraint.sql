-- Undo V10.2. Dropping the constraint also drops its index, which belongs to V9.1, so an
-- identical index is built first and takes over the name: handles stay unique throughout.
-- No BEGIN: CREATE INDEX CONCURRENTLY must run outside a transaction block.
CREATE UNIQUE INDEX CONCURRENTLY users_handle_key_standalone ON users (handle);

SET lock_timeout = '5s';

ALTER TABLE users DROP CONSTRAINT users_handle_key;
ALTER INDEX users_handle_key_standalone RENAME TO users_handle_key;
