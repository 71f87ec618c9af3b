UPDATE dbo.Customers SET Email = CONCAT('unknown+', CustomerId, '@example.invalid') WHERE Email IS NULL
GO
DROP INDEX UX_Customers_Email ON dbo.Customers
GO
ALTER TABLE dbo.Customers ALTER COLUMN Email NVARCHAR(320) NOT NULL
GO
CREATE UNIQUE INDEX UX_Customers_Email ON dbo.Customers (Email)
GO
