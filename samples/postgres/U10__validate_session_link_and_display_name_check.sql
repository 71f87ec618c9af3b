-- Undo V10. A validated constraint cannot be marked NOT VALID again, so each one is dropped and
-- re-added as V9 left it, in one statement so it never goes missing.
SET lock_timeout = '5s';

ALTER TABLE authentication_tokens
    DROP CONSTRAINT authentication_tokens_session_id_fkey,
    ADD CONSTRAINT authentication_tokens_session_id_fkey
        FOREIGN KEY (session_id) REFERENCES sessions (id) ON DELETE CASCADE NOT VALID;

ALTER TABLE users
    DROP CONSTRAINT users_display_name_not_null,
    ADD CONSTRAINT users_display_name_not_null CHECK (display_name IS NOT NULL) NOT VALID;
