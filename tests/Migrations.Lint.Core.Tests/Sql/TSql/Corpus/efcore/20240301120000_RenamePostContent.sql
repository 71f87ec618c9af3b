BEGIN TRANSACTION;
GO

EXEC sp_rename N'[Posts].[Content]', N'Body', N'COLUMN';
GO

EXEC sp_rename N'[Posts].[IX_Posts_AuthorId]', N'IX_Posts_Author', N'INDEX';
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240301120000_RenamePostContent', N'8.0.2');
GO

COMMIT;
GO
