-- Undo V3.1.
SET lock_timeout = '5s';

DROP TABLE sessions;
