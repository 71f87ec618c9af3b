-- Second half of V9. VALIDATE CONSTRAINT scans the existing rows under SHARE UPDATE EXCLUSIVE
-- (ROW SHARE on sessions), which lets reads and writes continue.
SET lock_timeout = '5s';

ALTER TABLE users VALIDATE CONSTRAINT users_display_name_not_null;
ALTER TABLE authentication_tokens VALIDATE CONSTRAINT authentication_tokens_session_id_fkey;
