BEGIN TRANSACTION;
GO

ALTER TABLE [Posts] DROP CONSTRAINT [FK_Posts_Blogs_BlogId];
GO

ALTER TABLE [Blogs] DROP CONSTRAINT [PK_Blogs];
GO

EXEC sp_rename N'[Blogs]', N'Sites';
GO

EXEC sp_rename N'[Posts].[BlogId]', N'SiteId', N'COLUMN';
GO

EXEC sp_rename N'[Posts].[IX_Posts_BlogId]', N'IX_Posts_SiteId', N'INDEX';
GO

ALTER TABLE [Sites] ADD CONSTRAINT [PK_Sites] PRIMARY KEY ([Id]);
GO

ALTER TABLE [Posts] ADD CONSTRAINT [FK_Posts_Sites_SiteId] FOREIGN KEY ([SiteId]) REFERENCES [Sites] ([Id]) ON DELETE CASCADE;
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240603101500_RenameBlogsToSites', N'8.0.5');
GO

COMMIT;
GO
