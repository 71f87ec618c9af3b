-- disable_ddl_transaction!
CREATE INDEX CONCURRENTLY "index_posts_on_published_at" ON "posts" ("published_at") WHERE published_at IS NOT NULL;
CREATE INDEX CONCURRENTLY IF NOT EXISTS "index_users_on_lower_email" ON "users" (lower(email));
