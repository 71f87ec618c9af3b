BEGIN TRANSACTION;
GO

ALTER TABLE [PostTag] DROP CONSTRAINT [FK_PostTag_Posts_PostsId];
GO

ALTER TABLE [Posts] DROP CONSTRAINT [PK_Posts];
GO

DECLARE @var1 sysname;
SELECT @var1 = [d].[name]
FROM [sys].[default_constraints] [d]
INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Posts]') AND [c].[name] = N'Id');
IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Posts] DROP CONSTRAINT [' + @var1 + '];');
ALTER TABLE [Posts] ALTER COLUMN [Id] bigint NOT NULL;
GO

ALTER TABLE [Posts] ADD CONSTRAINT [PK_Posts] PRIMARY KEY ([Id]);
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20250201140000_ChangeKeyType', N'9.0.1');
GO

COMMIT;
GO
