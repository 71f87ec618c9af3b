-- Constraints added NOT VALID: rows written from now on are checked, but existing rows are not
-- scanned while the lock is held (ACCESS EXCLUSIVE for the CHECK, SHARE ROW EXCLUSIVE on both
-- tables for the foreign key). V10 validates them under a lock that blocks no one.
SET lock_timeout = '5s';

-- First half of making display_name NOT NULL without a long ACCESS EXCLUSIVE scan.
ALTER TABLE users
    ADD CONSTRAINT users_display_name_not_null CHECK (display_name IS NOT NULL) NOT VALID;

-- Refresh tokens become bound to the session that issued them.
ALTER TABLE authentication_tokens ADD COLUMN session_id uuid;
ALTER TABLE authentication_tokens
    ADD CONSTRAINT authentication_tokens_session_id_fkey
    FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE NOT VALID;
