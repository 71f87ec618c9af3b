-- Undo V9.
SET lock_timeout = '5s';

ALTER TABLE authentication_tokens DROP CONSTRAINT authentication_tokens_session_id_fkey;
ALTER TABLE authentication_tokens DROP COLUMN session_id;
ALTER TABLE users DROP CONSTRAINT users_display_name_not_null;
