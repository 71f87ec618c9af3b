START TRANSACTION;

ALTER TABLE "Posts" DROP CONSTRAINT "FK_Posts_Blogs_BlogId";

ALTER TABLE "Posts" DROP CONSTRAINT "PK_Posts";

ALTER TABLE "Posts" RENAME TO "Articles";

ALTER INDEX "IX_Posts_BlogId" RENAME TO "IX_Articles_BlogId";

ALTER TABLE "Articles" ADD CONSTRAINT "PK_Articles" PRIMARY KEY ("Id");

ALTER TABLE "Articles" ADD CONSTRAINT "FK_Articles_Blogs_BlogId" FOREIGN KEY ("BlogId") REFERENCES "Blogs" ("Id") ON DELETE CASCADE;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240108134507_RenamePostsToArticles', '8.0.1');

COMMIT;

