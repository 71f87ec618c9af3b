CREATE TABLE IF NOT EXISTS "schema_migrations" ("version" bigint, "inserted_at" timestamp(0), PRIMARY KEY ("version"));
INSERT INTO "schema_migrations" ("version","inserted_at") VALUES ($1,$2);
