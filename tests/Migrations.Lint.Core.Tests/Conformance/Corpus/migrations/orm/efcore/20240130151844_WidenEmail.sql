START TRANSACTION;

ALTER TABLE "AspNetUsers" ALTER COLUMN "Email" TYPE character varying(320);

ALTER TABLE "AspNetUsers" ALTER COLUMN "NormalizedEmail" TYPE character varying(320);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240130151844_WidenEmail', '8.0.1');

COMMIT;

