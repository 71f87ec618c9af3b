-- Brings the column back empty: the values dropped by V8 cannot be restored.
ALTER TABLE accounts ADD COLUMN legacy_plan_code text;
ALTER TABLE accounts RENAME COLUMN display_name TO name;
