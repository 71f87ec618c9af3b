ALTER TABLE login_events ALTER COLUMN account_id TYPE integer;
ALTER TABLE login_events ALTER COLUMN id TYPE integer;
