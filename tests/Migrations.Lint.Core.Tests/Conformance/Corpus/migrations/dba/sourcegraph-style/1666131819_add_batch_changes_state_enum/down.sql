ALTER TABLE batch_specs DROP COLUMN IF EXISTS state;
DROP TYPE IF EXISTS batch_spec_state;
