-- Undo V1.2.
SET lock_timeout = '5s';

DROP TABLE password_reset_tokens;
