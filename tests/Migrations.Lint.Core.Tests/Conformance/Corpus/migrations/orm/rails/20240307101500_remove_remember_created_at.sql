ALTER TABLE "users" DROP COLUMN "remember_created_at";
ALTER TABLE "posts" RENAME COLUMN "body" TO "content";
DELETE FROM "schema_migrations" WHERE "schema_migrations"."version" = '20240117141500';
