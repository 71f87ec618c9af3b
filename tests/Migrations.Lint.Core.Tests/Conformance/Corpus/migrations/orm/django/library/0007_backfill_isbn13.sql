BEGIN;
--
-- Raw SQL operation
--
UPDATE library_book
   SET isbn13 = '978-' || lpad(id::text, 10, '0')
 WHERE isbn13 IS NULL;
--
-- Raw Python operation
--
-- THIS OPERATION CANNOT BE WRITTEN AS SQL
COMMIT;
