-- Rebuild dbo.Invoices with a BIGINT key without a long outage:
-- copy into a new table, then swap names in one short transaction.
SET NOCOUNT ON;
SET XACT_ABORT ON;

CREATE TABLE dbo.Invoices_New
(
    InvoiceId BIGINT IDENTITY(1, 1) NOT NULL CONSTRAINT PK_Invoices_New PRIMARY KEY,
    CustomerId INT NOT NULL,
    Amount DECIMAL(19, 4) NOT NULL,
    IssuedAt DATETIME2 NOT NULL
);

SET IDENTITY_INSERT dbo.Invoices_New ON;

INSERT INTO dbo.Invoices_New WITH (TABLOCK) (InvoiceId, CustomerId, Amount, IssuedAt)
SELECT InvoiceId, CustomerId, Amount, IssuedAt
FROM dbo.Invoices;

SET IDENTITY_INSERT dbo.Invoices_New OFF;

BEGIN TRANSACTION;
    EXEC sp_rename 'dbo.Invoices', 'Invoices_Old';
    EXEC sp_rename 'dbo.PK_Invoices', 'PK_Invoices_Old';
    EXEC sp_rename 'dbo.Invoices_New', 'Invoices';
    EXEC sp_rename 'dbo.PK_Invoices_New', 'PK_Invoices';
COMMIT TRANSACTION;
