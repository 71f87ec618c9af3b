-- NVARCHAR(100) -> NVARCHAR(400) only changes metadata; a longer varchar on an index key would not.
ALTER TABLE dbo.Products ALTER COLUMN Title NVARCHAR(400) NOT NULL WITH (ONLINE = ON);
ALTER TABLE dbo.Products ALTER COLUMN Sku VARCHAR(64) NOT NULL;
