--
-- Concurrently create index book_published_idx on field(s) published_on of model book
--
CREATE INDEX CONCURRENTLY "book_published_idx" ON "library_book" ("published_on");
