BEGIN TRANSACTION;
GO

ALTER TABLE [Posts] ADD CONSTRAINT [CK_Posts_Rating] CHECK ([Rating] BETWEEN 0 AND 5);
GO

ALTER TABLE [Authors] ADD CONSTRAINT [CK_Authors_Email] CHECK ([Email] LIKE N'%@%');
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240812140000_CheckConstraints', N'8.0.8');
GO

COMMIT;
GO
