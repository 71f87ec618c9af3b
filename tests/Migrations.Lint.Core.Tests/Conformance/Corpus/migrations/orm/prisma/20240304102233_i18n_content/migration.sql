-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "nameTranslations" JSONB NOT NULL DEFAULT '{"de": "", "fr": "", "ja": ""}',
ADD COLUMN     "locale" VARCHAR(8) NOT NULL DEFAULT 'en-US';

-- Seed the new column for existing rows (manually added).
-- Beispiel: „Kaffeebecher“ → "Tasse à café" → 「マグカップ」
UPDATE "Product" SET "nameTranslations" = jsonb_build_object('de', "name", 'fr', "name", 'ja', "name")
WHERE "nameTranslations" = '{"de": "", "fr": "", "ja": ""}'::jsonb;
