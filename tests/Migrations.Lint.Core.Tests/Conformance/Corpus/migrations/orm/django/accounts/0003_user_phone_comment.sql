BEGIN;
--
-- Add field phone to user
--
ALTER TABLE "accounts_user" ADD COLUMN "phone" varchar(32) DEFAULT '' NOT NULL;
ALTER TABLE "accounts_user" ALTER COLUMN "phone" DROP DEFAULT;
COMMENT ON COLUMN "accounts_user"."phone" IS 'E.164 formatted, e.g. +4930123456';
--
-- Alter field preferences on user
--
COMMENT ON COLUMN "accounts_user"."preferences" IS 'Free-form UI preferences (thème, langue…)';
COMMIT;
