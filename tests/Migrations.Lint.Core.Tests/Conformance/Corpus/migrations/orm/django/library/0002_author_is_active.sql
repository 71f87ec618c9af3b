BEGIN;
--
-- Add field is_active to author
--
ALTER TABLE "library_author" ADD COLUMN "is_active" boolean DEFAULT true NOT NULL;
ALTER TABLE "library_author" ALTER COLUMN "is_active" DROP DEFAULT;
COMMIT;
