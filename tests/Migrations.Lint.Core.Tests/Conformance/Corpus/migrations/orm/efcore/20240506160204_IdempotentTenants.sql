START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240506160204_IdempotentTenants') THEN
    CREATE TABLE "Tenants" (
        "Id" uuid NOT NULL,
        "Slug" character varying(63) NOT NULL,
        "Settings" jsonb NOT NULL DEFAULT '{}'::jsonb,
        "CreatedAt" timestamp with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP,
        CONSTRAINT "PK_Tenants" PRIMARY KEY ("Id"),
        CONSTRAINT "CK_Tenants_Slug" CHECK ("Slug" ~ '^[a-z0-9-]+$')
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240506160204_IdempotentTenants') THEN
    ALTER TABLE "AspNetUsers" ADD "TenantId" uuid NOT NULL DEFAULT '00000000-0000-0000-0000-000000000000';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240506160204_IdempotentTenants') THEN
    CREATE UNIQUE INDEX "IX_Tenants_Slug" ON "Tenants" (lower("Slug"));
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240506160204_IdempotentTenants') THEN
    CREATE INDEX "IX_AspNetUsers_TenantId" ON "AspNetUsers" ("TenantId");
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240506160204_IdempotentTenants') THEN
    ALTER TABLE "AspNetUsers" ADD CONSTRAINT "FK_AspNetUsers_Tenants_TenantId" FOREIGN KEY ("TenantId") REFERENCES "Tenants" ("Id") ON DELETE CASCADE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "MigrationId" = '20240506160204_IdempotentTenants') THEN
    INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
    VALUES ('20240506160204_IdempotentTenants', '8.0.4');
    END IF;
END $EF$;
COMMIT;

