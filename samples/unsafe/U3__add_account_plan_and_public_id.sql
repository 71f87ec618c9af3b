ALTER TABLE accounts DROP COLUMN public_id;
ALTER TABLE accounts DROP COLUMN plan;
