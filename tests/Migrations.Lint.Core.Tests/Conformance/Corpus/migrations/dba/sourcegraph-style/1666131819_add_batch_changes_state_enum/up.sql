DO $$
BEGIN
    CREATE TYPE batch_spec_state AS ENUM ('pending', 'queued', 'processing', 'errored', 'failed', 'completed', 'canceled', 'canceling');
EXCEPTION
    WHEN duplicate_object THEN null;
END
$$;

ALTER TABLE batch_specs ADD COLUMN IF NOT EXISTS state batch_spec_state NOT NULL DEFAULT 'pending';
