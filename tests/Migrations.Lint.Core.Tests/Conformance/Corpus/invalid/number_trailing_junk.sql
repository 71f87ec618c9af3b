-- Since PostgreSQL 15 a number may not run into an identifier.
SELECT 123abc;
