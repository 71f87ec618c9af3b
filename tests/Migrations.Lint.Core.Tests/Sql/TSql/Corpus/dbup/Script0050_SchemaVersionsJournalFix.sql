-- DbUp journal: scripts were renamed when the project moved folders.
UPDATE dbo.SchemaVersions
SET ScriptName = REPLACE(ScriptName, 'Shop.Database.Scripts.', 'Shop.Migrations.Scripts.')
WHERE ScriptName LIKE 'Shop.Database.Scripts.%'
