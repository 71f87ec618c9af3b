BEGIN;
--
-- Remove field isbn from book
--
ALTER TABLE "library_book" DROP COLUMN "isbn" CASCADE;
--
-- Add field isbn13 to book
--
ALTER TABLE "library_book" ADD COLUMN "isbn13" varchar(17) NULL;
COMMIT;
