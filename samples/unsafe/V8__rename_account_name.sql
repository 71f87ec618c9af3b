-- HAZARD: RENAME COLUMN breaks every deployed query that still says "name" the moment it
-- commits. Add the new column, copy, switch readers, then drop the old one in a later release.
ALTER TABLE accounts RENAME COLUMN name TO display_name;

-- HAZARD: DROP COLUMN destroys the data irreversibly, and running code that still selects
-- legacy_plan_code fails.
ALTER TABLE accounts DROP COLUMN legacy_plan_code;
