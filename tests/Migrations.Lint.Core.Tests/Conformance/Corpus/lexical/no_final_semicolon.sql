CREATE TABLE nfs (id int);
-- The last statement has no terminator and a comment after it.
ALTER TABLE nfs ADD COLUMN name text -- trailing comment
/* and a block comment */
