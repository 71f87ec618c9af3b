BEGIN TRANSACTION;
GO

ALTER TABLE [Authors] ADD [Address_City] nvarchar(100) NULL;
GO

ALTER TABLE [Authors] ADD [Address_Street] nvarchar(200) NULL;
GO

ALTER TABLE [Authors] ADD [Address_PostalCode] nvarchar(16) NULL;
GO

ALTER TABLE [Authors] ADD [Address_CountryCode] nchar(2) NULL;
GO

INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
VALUES (N'20240702150000_AddressOwnedType', N'8.0.6');
GO

COMMIT;
GO
