-- Account lifecycle state. Since PostgreSQL 11 a non-volatile DEFAULT is stored in the catalog,
-- so this NOT NULL column is added without rewriting users; the lock is held only briefly.
SET lock_timeout = '5s';

CREATE TYPE user_status AS ENUM ('pending', 'active', 'suspended');

ALTER TABLE users ADD COLUMN status user_status NOT NULL DEFAULT 'active';
