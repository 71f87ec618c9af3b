ALTER TABLE accounts DROP CONSTRAINT accounts_email_key;
DROP INDEX accounts_created_at_idx;
