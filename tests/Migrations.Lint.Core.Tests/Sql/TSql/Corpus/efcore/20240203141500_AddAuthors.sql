BEGIN TRANSACTION;
GO

ALTER TABLE [Posts] ADD [AuthorId] int NULL;
GO

CREATE TABLE [Authors] (
    [Id] int NOT NULL IDENTITY,
    [DisplayName] nvarchar(100) NOT NULL,
    [Email] nvarchar(256) NOT NULL,
    CONSTRAINT [PK_Authors] PRIMARY KEY ([Id])
);
GO

CREATE INDEX [IX_Posts_AuthorId] ON [Posts] ([AuthorId]);
GO

CREATE UNIQUE INDEX [IX_Authors_Email] ON [Authors] ([Email]);
GO

ALTER TABLE [Posts] ADD CONSTRAINT [FK_Posts_Authors_AuthorId] FOREIGN KEY ([AuthorId]) REFERENCES [Authors] ([Id]);
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240203141500_AddAuthors', N'8.0.1');
GO

COMMIT;
GO
