START TRANSACTION;

UPDATE "Articles" SET "Slug" = lower(regexp_replace("Title", '[^a-zA-Z0-9]+', '-', 'g'))
WHERE "Slug" = '';

ALTER TABLE "Articles" ALTER COLUMN "Slug" DROP DEFAULT;

ALTER TABLE "Articles" ALTER COLUMN "Title" SET NOT NULL;

ALTER TABLE "Articles" ALTER COLUMN "PublishedOn" SET DEFAULT (now());

ALTER TABLE "Articles" RENAME COLUMN "Content" TO "Body";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240520075512_MakeSlugRequired', '8.0.5');

COMMIT;

