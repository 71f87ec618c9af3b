BEGIN TRANSACTION;
GO

DECLARE @var0 sysname;
SELECT @var0 = [d].[name]
FROM [sys].[default_constraints] [d]
INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Blogs]') AND [c].[name] = N'Name');
IF @var0 IS NOT NULL EXEC(N'ALTER TABLE [Blogs] DROP CONSTRAINT [' + @var0 + '];');
UPDATE [Blogs] SET [Name] = N'' WHERE [Name] IS NULL;
ALTER TABLE [Blogs] ALTER COLUMN [Name] nvarchar(200) NOT NULL;
ALTER TABLE [Blogs] ADD DEFAULT N'' FOR [Name];
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240501083000_MakeTitleRequired', N'8.0.4');
GO

COMMIT;
GO
