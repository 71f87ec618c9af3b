ALTER TABLE customer DROP COLUMN version;
ALTER TABLE customer RENAME COLUMN name TO full_name;
ALTER TABLE orders ALTER COLUMN status TYPE varchar(32);
