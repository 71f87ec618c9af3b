-- HAZARD: UPDATE without WHERE rewrites every row in one transaction: every row stays locked
-- until commit, and the table bloats by its own size.
UPDATE accounts SET name = coalesce(name, split_part(email, '@', 1));

-- HAZARD: SET NOT NULL scans the whole table while holding ACCESS EXCLUSIVE. Add
-- CHECK (name IS NOT NULL) NOT VALID, VALIDATE it in a later migration, then SET NOT NULL.
ALTER TABLE accounts ALTER COLUMN name SET NOT NULL;
