BEGIN TRANSACTION;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20250110101010_SqlWithQuotes'
)
BEGIN
    EXEC(N'UPDATE [Posts] SET [Slug] = REPLACE(LOWER([Title]), N'' '', N''-'') WHERE [Slug] = N''''');
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20250110101010_SqlWithQuotes'
)
BEGIN
    EXEC(N'CREATE OR ALTER PROCEDURE [dbo].[GetPostBySlug] @slug nvarchar(400) AS SELECT * FROM [Posts] WHERE [Slug] = @slug');
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20250110101010_SqlWithQuotes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20250110101010_SqlWithQuotes', N'9.0.1');
END;
GO

COMMIT;
GO
