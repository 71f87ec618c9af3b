BEGIN TRANSACTION;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20240310094500_UniqueBlogName'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Blogs_Name] ON [Blogs] ([Name]) WHERE [Name] IS NOT NULL');
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20240310094500_UniqueBlogName'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20240310094500_UniqueBlogName', N'8.0.2');
END;
GO

COMMIT;
GO
