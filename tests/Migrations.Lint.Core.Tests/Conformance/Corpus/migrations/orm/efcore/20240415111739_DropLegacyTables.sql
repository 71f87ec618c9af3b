START TRANSACTION;

DROP TABLE "AspNetUserTokens";

DROP TABLE "AspNetUserLogins";

DELETE FROM "Roles"
WHERE "Id" = 3;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240415111739_DropLegacyTables', '8.0.4');

COMMIT;

