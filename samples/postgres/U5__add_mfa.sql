-- Undo V5.
SET lock_timeout = '5s';

ALTER TABLE users DROP COLUMN mfa_enforced;
DROP TABLE mfa_recovery_codes;
DROP TABLE user_mfa_factors;
