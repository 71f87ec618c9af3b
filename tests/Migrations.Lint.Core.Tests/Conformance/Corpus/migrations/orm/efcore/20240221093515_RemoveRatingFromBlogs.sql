START TRANSACTION;

ALTER TABLE "Blogs" DROP COLUMN "Rating";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240221093515_RemoveRatingFromBlogs', '8.0.2');

COMMIT;

