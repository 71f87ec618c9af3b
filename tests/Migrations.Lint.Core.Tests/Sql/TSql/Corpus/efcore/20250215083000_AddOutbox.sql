BEGIN TRANSACTION;
GO

IF SCHEMA_ID(N'messaging') IS NULL EXEC(N'CREATE SCHEMA [messaging];');
GO

CREATE TABLE [messaging].[OutboxMessages] (
    [Id] uniqueidentifier NOT NULL,
    [Type] nvarchar(500) NOT NULL,
    [Content] nvarchar(max) NOT NULL,
    [OccurredOnUtc] datetime2 NOT NULL,
    [ProcessedOnUtc] datetime2 NULL,
    [Error] nvarchar(max) NULL,
    CONSTRAINT [PK_OutboxMessages] PRIMARY KEY ([Id])
);
GO

CREATE INDEX [IX_OutboxMessages_ProcessedOnUtc] ON [messaging].[OutboxMessages] ([ProcessedOnUtc]) INCLUDE ([OccurredOnUtc]) WHERE [ProcessedOnUtc] IS NULL;
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20250215083000_AddOutbox', N'9.0.2');
GO

COMMIT;
GO
