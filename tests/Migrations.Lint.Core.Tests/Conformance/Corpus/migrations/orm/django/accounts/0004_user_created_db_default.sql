BEGIN;
--
-- Add field created to user
--
ALTER TABLE "accounts_user" ADD COLUMN "created" timestamp with time zone DEFAULT (STATEMENT_TIMESTAMP()) NOT NULL;
--
-- Add field login_count to user
--
ALTER TABLE "accounts_user" ADD COLUMN "login_count" integer DEFAULT 0 NOT NULL CHECK ("login_count" >= 0);
COMMIT;
