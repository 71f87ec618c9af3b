CREATE TABLE [dbo].[TenantUsers]
(
    [TenantId] INT NOT NULL,
    [UserId] UNIQUEIDENTIFIER NOT NULL,
    [Role] VARCHAR(20) NOT NULL,
    CONSTRAINT [PK_TenantUsers] PRIMARY KEY ([TenantId], [UserId]),
    CONSTRAINT [FK_TenantUsers_Tenants] FOREIGN KEY ([TenantId]) REFERENCES [dbo].[Tenants] ([TenantId])
)
GO

ALTER TABLE [dbo].[TenantUsers] NOCHECK CONSTRAINT [FK_TenantUsers_Tenants]
GO
