ALTER TABLE dbo.Customers DROP COLUMN Phone
