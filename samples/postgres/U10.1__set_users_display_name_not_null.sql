-- Undo V10.1: restore the validated CHECK (added NOT VALID, then validated, as V9 and V10 did)
-- before the column accepts NULLs again.
SET lock_timeout = '5s';

ALTER TABLE users
    ADD CONSTRAINT users_display_name_not_null CHECK (display_name IS NOT NULL) NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT users_display_name_not_null;
ALTER TABLE users ALTER COLUMN display_name DROP NOT NULL;
