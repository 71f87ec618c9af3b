IF SCHEMA_ID(N'billing') IS NULL
    EXEC (N'CREATE SCHEMA billing');
GO
ALTER SCHEMA billing TRANSFER dbo.Invoices;
ALTER SCHEMA billing TRANSFER dbo.Currency;
CREATE SYNONYM dbo.Invoices FOR billing.Invoices;
GO
