-- Undo V4.
SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN status;
DROP TYPE user_status;
