SET IDENTITY_INSERT dbo.Products ON
INSERT INTO dbo.Products (ProductId, Sku, Title, Price) VALUES (-1, 'UNKNOWN', N'Unknown product', 0)
SET IDENTITY_INSERT dbo.Products OFF
DBCC CHECKIDENT ('dbo.Products', RESEED)
GO
