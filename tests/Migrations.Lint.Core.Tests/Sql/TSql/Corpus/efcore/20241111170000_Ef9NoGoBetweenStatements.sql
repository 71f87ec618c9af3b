BEGIN TRANSACTION;
ALTER TABLE [Authors] ADD [Bio] nvarchar(2000) NULL;

ALTER TABLE [Authors] ADD [AvatarUrl] nvarchar(500) NULL;

CREATE INDEX [IX_Authors_DisplayName] ON [Authors] ([DisplayName]);

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20241111170000_Ef9NoGoBetweenStatements', N'9.0.0');

COMMIT;
GO
