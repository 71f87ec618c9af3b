-- HAZARD: CREATE INDEX without CONCURRENTLY on an existing table holds a SHARE lock for the
-- whole build, blocking every INSERT, UPDATE and DELETE on accounts.
CREATE INDEX accounts_created_at_idx ON accounts (created_at);

-- HAZARD: ADD CONSTRAINT ... UNIQUE builds its index while holding ACCESS EXCLUSIVE, blocking
-- reads too. Build a unique index CONCURRENTLY, then ADD CONSTRAINT ... UNIQUE USING INDEX.
ALTER TABLE accounts ADD CONSTRAINT accounts_email_key UNIQUE (email);
