ALTER TABLE dbo.Invoices ADD InvoiceNumber VARCHAR(20) NULL;
GO
;WITH numbered AS (
    SELECT InvoiceId, ROW_NUMBER() OVER (PARTITION BY YEAR(IssuedAt) ORDER BY IssuedAt, InvoiceId) AS n, YEAR(IssuedAt) AS y
    FROM dbo.Invoices
)
UPDATE i
SET InvoiceNumber = CONCAT(n.y, '-', RIGHT(CONCAT('000000', n.n), 6))
FROM dbo.Invoices i
JOIN numbered n ON n.InvoiceId = i.InvoiceId;
GO
ALTER TABLE dbo.Invoices ALTER COLUMN InvoiceNumber VARCHAR(20) NOT NULL;
CREATE UNIQUE INDEX ux_invoices_number ON dbo.Invoices (InvoiceNumber);
GO
