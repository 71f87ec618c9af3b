-- UNSAFE (kept as-is from the original MR, reverted later):
-- adding a NOT NULL column without a default fails on a non-empty table,
-- and rewriting the type below takes ACCESS EXCLUSIVE for the whole rewrite.
ALTER TABLE deployments ADD COLUMN deployment_status smallint NOT NULL;
ALTER TABLE deployments ALTER COLUMN sha TYPE varchar(64);
