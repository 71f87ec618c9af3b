BEGIN;
--
-- Creates extension pg_trgm
--
CREATE EXTENSION IF NOT EXISTS "pg_trgm";
--
-- Add field search_vector to book
--
ALTER TABLE "library_book" ADD COLUMN "search_vector" tsvector NULL;
--
-- Create index book_search_idx on field(s) search_vector of model book
--
CREATE INDEX "book_search_idx" ON "library_book" USING gin ("search_vector");
--
-- Create index book_title_trgm on OpClass(F(title), name=gin_trgm_ops) on model book
--
CREATE INDEX "book_title_trgm" ON "library_book" USING gin ((UPPER("title")) gin_trgm_ops);
COMMIT;
