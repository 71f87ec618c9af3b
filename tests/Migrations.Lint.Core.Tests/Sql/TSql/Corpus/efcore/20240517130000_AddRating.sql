BEGIN TRANSACTION;
GO

ALTER TABLE [Posts] ADD [Rating] int NOT NULL DEFAULT 0;
GO

ALTER TABLE [Posts] ADD [Slug] nvarchar(400) NOT NULL DEFAULT N'';
GO

CREATE UNIQUE INDEX [IX_Posts_BlogId_Slug] ON [Posts] ([BlogId], [Slug]);
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240517130000_AddRating', N'8.0.4');
GO

COMMIT;
GO
