ALTER TYPE "public"."enum_Users_role" ADD VALUE IF NOT EXISTS 'owner' BEFORE 'admin';
DO 'BEGIN CREATE TYPE "public"."enum_Tasks_priority" AS ENUM(''low'', ''normal'', ''high'', ''urgent''); EXCEPTION WHEN duplicate_object THEN null; END';
ALTER TABLE "public"."Tasks" ADD COLUMN "priority" "public"."enum_Tasks_priority" NOT NULL DEFAULT 'normal';
