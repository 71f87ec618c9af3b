BEGIN;
LOCK TABLE user_options IN SHARE ROW EXCLUSIVE MODE NOWAIT;
ALTER TABLE user_options RENAME COLUMN email_always TO email_level_always;
ALTER TABLE user_options ALTER COLUMN email_level_always SET DEFAULT 1;
COMMIT;
