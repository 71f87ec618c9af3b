CREATE EXTENSION IF NOT EXISTS "citext";
ALTER TABLE "users" ALTER COLUMN "email" TYPE citext;
ALTER TABLE "users" ALTER COLUMN "email" SET DEFAULT '';
INSERT INTO "schema_migrations" ("version") VALUES ('20240110093000') RETURNING "version";
