DISABLE TRIGGER dbo.trg_Customers_EmailAudit ON dbo.Customers
GO
UPDATE dbo.Customers SET Email = REPLACE(Email, '@old-domain.example', '@new-domain.example')
WHERE Email LIKE '%@old-domain.example'
GO
ENABLE TRIGGER dbo.trg_Customers_EmailAudit ON dbo.Customers
GO
