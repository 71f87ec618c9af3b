-- Undo V1.1.
SET lock_timeout = '5s';

DROP TABLE authentication_tokens;
