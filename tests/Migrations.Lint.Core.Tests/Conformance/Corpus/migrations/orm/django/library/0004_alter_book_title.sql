BEGIN;
--
-- Alter field title on book
--
ALTER TABLE "library_book" ALTER COLUMN "title" TYPE varchar(500);
--
-- Rename field pub_date on book to published_on
--
ALTER TABLE "library_book" RENAME COLUMN "pub_date" TO "published_on";
COMMIT;
