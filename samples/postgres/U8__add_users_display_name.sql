-- Undo V8.
SET lock_timeout = '5s';

DROP TRIGGER users_sync_display_name ON users;
DROP FUNCTION users_sync_display_name();
ALTER TABLE users DROP COLUMN handle;
ALTER TABLE users DROP COLUMN display_name;
