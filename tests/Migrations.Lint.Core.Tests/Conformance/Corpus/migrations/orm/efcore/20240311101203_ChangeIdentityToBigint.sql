START TRANSACTION;

ALTER TABLE "Articles" DROP CONSTRAINT "FK_Articles_Blogs_BlogId";

ALTER TABLE "Blogs" ALTER COLUMN "Id" TYPE bigint;

ALTER TABLE "Articles" ALTER COLUMN "BlogId" TYPE bigint;

ALTER TABLE "Articles" ALTER COLUMN "Id" TYPE bigint;

ALTER TABLE "Articles" ADD CONSTRAINT "FK_Articles_Blogs_BlogId" FOREIGN KEY ("BlogId") REFERENCES "Blogs" ("Id") ON DELETE CASCADE;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240311101203_ChangeIdentityToBigint', '8.0.3');

COMMIT;

