BEGIN TRANSACTION;
GO

CREATE TABLE [Tags] (
    [Id] int NOT NULL IDENTITY,
    [Name] nvarchar(50) NOT NULL,
    CONSTRAINT [PK_Tags] PRIMARY KEY ([Id])
);
GO

IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Name') AND [object_id] = OBJECT_ID(N'[Tags]'))
    SET IDENTITY_INSERT [Tags] ON;
INSERT INTO [Tags] ([Id], [Name])
VALUES (1, N'efcore'),
(2, N'sqlserver'),
(3, N'migrations');
IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Name') AND [object_id] = OBJECT_ID(N'[Tags]'))
    SET IDENTITY_INSERT [Tags] OFF;
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240402110000_SeedTags', N'8.0.3');
GO

COMMIT;
GO
