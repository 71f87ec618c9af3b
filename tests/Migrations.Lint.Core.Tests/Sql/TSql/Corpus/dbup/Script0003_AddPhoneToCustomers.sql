ALTER TABLE [dbo].[Customers] ADD [Phone] VARCHAR(32) NULL
GO
