-- Runs outside a transaction block (no BEGIN): before PostgreSQL 12 ADD VALUE was refused inside
-- one, and since then a label added in a transaction cannot be used until that transaction
-- commits. AFTER keeps the labels in lifecycle order instead of appending at the end.
ALTER TYPE user_status ADD VALUE IF NOT EXISTS 'locked' AFTER 'suspended';
