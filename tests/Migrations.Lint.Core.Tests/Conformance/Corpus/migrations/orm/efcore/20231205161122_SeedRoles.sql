START TRANSACTION;

INSERT INTO "Roles" ("Id", "Name", "Description")
VALUES (1, 'Admin', 'Full access');
INSERT INTO "Roles" ("Id", "Name", "Description")
VALUES (2, 'Editor', 'Can edit content');
INSERT INTO "Roles" ("Id", "Name", "Description")
VALUES (3, 'Viewer', 'Read-only access');

SELECT setval(
    pg_get_serial_sequence('"Roles"', 'Id'),
    GREATEST(
        (SELECT MAX("Id") FROM "Roles") + 1,
        nextval(pg_get_serial_sequence('"Roles"', 'Id'))),
    false);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20231205161122_SeedRoles', '8.0.0');

COMMIT;

