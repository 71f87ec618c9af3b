DO 'BEGIN CREATE TYPE "public"."enum_Users_role" AS ENUM(''admin'', ''member'', ''guest''); EXCEPTION WHEN duplicate_object THEN null; END';
CREATE TABLE IF NOT EXISTS "Users" ("id"   SERIAL , "firstName" VARCHAR(255), "lastName" VARCHAR(255), "email" VARCHAR(255) NOT NULL UNIQUE, "role" "public"."enum_Users_role" DEFAULT 'member', "createdAt" TIMESTAMP WITH TIME ZONE NOT NULL, "updatedAt" TIMESTAMP WITH TIME ZONE NOT NULL, PRIMARY KEY ("id"));
INSERT INTO "SequelizeMeta" ("name") VALUES ($1) RETURNING "name";
