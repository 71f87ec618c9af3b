ALTER TABLE "photo" RENAME COLUMN "description" TO "caption";
ALTER TABLE "photo" ALTER COLUMN "caption" SET DEFAULT '';
UPDATE "photo" SET "caption" = '' WHERE "caption" IS NULL;
ALTER TABLE "photo" ALTER COLUMN "caption" SET NOT NULL;
