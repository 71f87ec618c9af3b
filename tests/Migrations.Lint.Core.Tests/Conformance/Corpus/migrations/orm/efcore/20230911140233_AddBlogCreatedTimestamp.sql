START TRANSACTION;

ALTER TABLE "Blogs" ADD "CreatedAt" timestamp with time zone NOT NULL DEFAULT TIMESTAMPTZ '-infinity';

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20230911140233_AddBlogCreatedTimestamp', '7.0.10');

COMMIT;

