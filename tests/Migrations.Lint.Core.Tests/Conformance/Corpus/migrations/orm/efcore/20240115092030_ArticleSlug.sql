START TRANSACTION;

ALTER TABLE "Articles" ADD "Slug" character varying(160) NOT NULL DEFAULT '';

CREATE UNIQUE INDEX "IX_Articles_BlogId_Slug" ON "Articles" ("BlogId", "Slug");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240115092030_ArticleSlug', '8.0.1');

COMMIT;

