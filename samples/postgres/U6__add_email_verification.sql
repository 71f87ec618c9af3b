-- Undo V6.
SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN email_verified_at;
DROP TABLE email_verification_tokens;
