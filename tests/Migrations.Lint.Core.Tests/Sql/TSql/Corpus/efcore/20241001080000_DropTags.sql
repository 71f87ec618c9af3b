BEGIN TRANSACTION;
GO

DROP TABLE [PostTag];
GO

DROP TABLE [Tags];
GO

DELETE FROM [__EFMigrationsHistory]
WHERE [MigrationId] = N'20240402110000_SeedTags';
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20241001080000_DropTags', N'8.0.10');
GO

COMMIT;
GO
