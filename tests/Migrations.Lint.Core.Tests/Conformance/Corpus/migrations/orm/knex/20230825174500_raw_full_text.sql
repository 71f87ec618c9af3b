-- knex.raw() in exports.up
alter table "posts" add column "search" tsvector generated always as (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', coalesce(body, '')), 'B')) stored;
create index "posts_search_index" on "posts" using gin ("search");
alter table "posts" rename column "body" to "content";
