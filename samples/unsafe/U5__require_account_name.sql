-- The names filled in by V5's UPDATE cannot be told apart from real ones; they stay.
ALTER TABLE accounts ALTER COLUMN name DROP NOT NULL;
