-- @disable_ddl_transaction true
-- @disable_migration_lock true
CREATE INDEX CONCURRENTLY "messages_body_trgm_index" ON "messages" USING gin (body gin_trgm_ops);
CREATE UNIQUE INDEX CONCURRENTLY "users_lower_email_index" ON "users" (lower(email)) WHERE confirmed_at IS NOT NULL;
