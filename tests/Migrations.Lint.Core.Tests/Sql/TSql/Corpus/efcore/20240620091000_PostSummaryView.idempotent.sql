BEGIN TRANSACTION;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20240620091000_PostSummaryView'
)
BEGIN
    EXEC(N'CREATE VIEW [dbo].[PostSummaries] AS
    SELECT p.[Id], p.[Title], s.[Name] AS [SiteName], p.[Rating]
    FROM [Posts] p
    JOIN [Sites] s ON s.[Id] = p.[SiteId]');
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20240620091000_PostSummaryView'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20240620091000_PostSummaryView', N'8.0.6');
END;
GO

COMMIT;
GO
