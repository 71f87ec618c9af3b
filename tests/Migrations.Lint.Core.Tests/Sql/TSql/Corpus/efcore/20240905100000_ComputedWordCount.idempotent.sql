BEGIN TRANSACTION;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20240905100000_ComputedWordCount'
)
BEGIN
    ALTER TABLE [Posts] ADD [TitleLength] AS LEN([Title]);
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20240905100000_ComputedWordCount'
)
BEGIN
    CREATE INDEX [IX_Posts_PublishedAt] ON [Posts] ([PublishedAt]) INCLUDE ([Title]);
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20240905100000_ComputedWordCount'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20240905100000_ComputedWordCount', N'8.0.8');
END;
GO

COMMIT;
GO
