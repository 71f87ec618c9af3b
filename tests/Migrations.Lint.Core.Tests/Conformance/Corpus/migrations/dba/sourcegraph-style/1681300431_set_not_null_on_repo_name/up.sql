UPDATE repo SET name = 'unknown-' || id::text WHERE name IS NULL;
-- UNSAFE: full scan under ACCESS EXCLUSIVE on a large table.
ALTER TABLE repo ALTER COLUMN name SET NOT NULL;
ALTER TABLE repo ALTER COLUMN stars SET DEFAULT 0, ALTER COLUMN stars SET NOT NULL;
