IF COL_LENGTH('dbo.Customers', 'DeletedAt') IS NULL
BEGIN
    ALTER TABLE dbo.Customers ADD DeletedAt DATETIME2 NULL
END
GO

IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE object_id = OBJECT_ID('dbo.Customers') AND name = 'IX_Customers_Active')
    CREATE NONCLUSTERED INDEX IX_Customers_Active ON dbo.Customers (CustomerId) WHERE DeletedAt IS NULL
GO
