START TRANSACTION;

ALTER TABLE "AspNetUsers" ADD "CreatedAt" timestamp with time zone NOT NULL DEFAULT (now());

ALTER TABLE "AspNetUsers" ADD "DeletedAt" timestamp with time zone;

ALTER TABLE "AspNetUsers" ADD "LastLoginAt" timestamp with time zone;

ALTER TABLE "AspNetUsers" ADD "DisplayName" character varying(100) NOT NULL;

DROP INDEX "EmailIndex";

CREATE UNIQUE INDEX "IX_AspNetUsers_NormalizedEmail" ON "AspNetUsers" ("NormalizedEmail") WHERE "DeletedAt" IS NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20240207084411_UserAuditColumns', '8.0.2');

COMMIT;

