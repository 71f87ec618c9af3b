-- Undo V4.1. PostgreSQL cannot drop an enum label, so the type is rebuilt without 'locked'.
-- Locked accounts fall back to 'suspended', the state 'locked' refined. Converting the column
-- rewrites users under an ACCESS EXCLUSIVE lock: run this undo in a maintenance window.
SET lock_timeout = '5s';

UPDATE users SET status = 'suspended' WHERE status = 'locked';

ALTER TYPE user_status RENAME TO user_status_with_locked;
CREATE TYPE user_status AS ENUM ('pending', 'active', 'suspended');

ALTER TABLE users
    ALTER COLUMN status DROP DEFAULT,
    ALTER COLUMN status TYPE user_status USING status::text::user_status,
    ALTER COLUMN status SET DEFAULT 'active';

DROP TYPE user_status_with_locked;
