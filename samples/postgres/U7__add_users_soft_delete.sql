-- Undo V7.
SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN deleted_at;
